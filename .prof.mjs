import { chromium } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';
import { resolveChromium } from '/work/main/scripts/browser-path.mjs';
import { CHROME_BUILD, SERVED } from '/work/main/scripts/paths.mjs';
import { startStaticServer } from '/work/main/scripts/static-server.mjs';
const server = await startStaticServer(SERVED);
const ctx = await chromium.launchPersistentContext('', { executablePath: resolveChromium(), headless: true, args: [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await ctx.newPage();
await page.goto('about:blank');
const s = await ctx.newCDPSession(page);
const url = process.argv[2];
// warm: one load first
await page.goto(`${server.origin}${url}`); await sleep(1500);
await page.goto('about:blank');
await s.send('Profiler.enable'); await s.send('Profiler.setSamplingInterval', { interval: 50 });
await s.send('Profiler.start');
await page.goto(`${server.origin}${url}`); await sleep(1500);
const { profile } = await s.send('Profiler.stop');
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; const self = new Map();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) || 0) + (dt[i] || 0)));
const agg = new Map(); let ours = 0;
for (const [id, us] of self) { const n = byId.get(id); const cf = n.callFrame; const key = `${cf.functionName || '(anon)'} ${cf.url.replace(/.*\//,'')}:${cf.lineNumber}:${cf.columnNumber}`; if (cf.url.includes('chrome-extension')) ours += us; agg.set(key, (agg.get(key)||0)+us); }
console.log('ours self ms', (ours/1000).toFixed(1));
console.log([...agg].sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,v])=>`${(v/1000).toFixed(2)}\t${k}`).join('\n'));
await ctx.close(); await server.close();
