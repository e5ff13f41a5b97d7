// What Context Cards costs a page, side by side in one run, in Chromium with page scripts
// blocked: a browser without extensions, one whose extension has an empty content script (built
// here), and one with ours. Fresh loads alternate between the three, REPS times (medians).
// Chromium's own counters (CDP Performance.getMetrics: TaskDuration, JSHeapUsedSize after a
// garbage collection) are read once the page has settled. Pages: the 10 largest and 10
// smallest saved corpus pages (none is about the story), the demo page (the story), and a
// small page with 10 same-site frames of one advert-like line each. Prints what ours adds
// beyond the empty content script, our own slices and longest slice, whether the second stage
// loaded, the first stage's gzipped size, and the budgets; writes bench/results/cost.json.
// Run with: npm run bench:cost (builds first). REPS=n and PAGES=n shorten it. REFERENCES=1 also
// loads two reference content scripts (bench/reference/reader.js) that read the page and do
// nothing else, and prints their heap beside ours: how low any first stage can go here.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { launchWithExtension } from '../scripts/launch-extension.mjs';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT, SERVED, SHARED } from '../scripts/paths.mjs';

const FIREFOX_FIRST_STAGE = `${FIREFOX_BUILD}/content-scripts/content.js`;
import { startStaticServer } from '../scripts/static-server.mjs';

const REPS = Number(process.env.REPS ?? 3);
const PAGES = Number(process.env.PAGES ?? 10);
// Long enough for idle slices, the second stage's import and the card's entries to be done.
const SETTLE_MS = 1500;
const BUDGETS = {
  quietMs: 5,
  quietHeapMb: 0.3,
  framesMs: 20,
  framesHeapMb: 1.5,
  demoMs: 25,
  firstStageKb: 15,
};

const corpus = `${SHARED}corpus/pages`;
const bySize = readdirSync(corpus)
  .filter((name) => name.endsWith('.html'))
  .map((name) => ({ name, bytes: statSync(`${corpus}/${name}`).size }))
  .sort((a, b) => b.bytes - a.bytes);
const corpusPages = [...bySize.slice(0, PAGES), ...bySize.slice(-PAGES)].map(({ name }) => ({
  name,
  path: `/corpus/${name}?noscript`,
  quiet: true,
}));
const FRAMES_PAGE = `<!doctype html><meta charset="utf-8"><title>Ten frames</title>
<p>A small page with ten advert frames.</p>
${Array.from({ length: 10 }, (_, i) => `<iframe src="/generated/advert-${i}.html" width="300" height="60"></iframe>`).join('\n')}`;
const ADVERT = (i) =>
  `<!doctype html><meta charset="utf-8"><p>Offer ${i}: flights to Cancún from $199.</p>`;
const pages = [
  ...corpusPages,
  { name: 'demo (the story)', path: '/demo/', demo: true },
  { name: '10 same-site frames', path: '/generated/frames.html', frames: true },
];

// An extension whose one content script is `code`, in every page and frame.
function buildScriptExtension(name, code) {
  const dir = mkdtempSync(join(tmpdir(), 'cc-bench-extension-'));
  const manifest = {
    manifest_version: 3,
    name,
    version: '1.0',
    permissions: ['storage'],
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: ['script.js'],
        all_frames: true,
        run_at: 'document_idle',
      },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'script.js'), code);
  return dir;
}

// The reference readers: text nodes only (NodeFilter.SHOW_TEXT), or every node (SHOW_ALL).
const referenceReader = (whatToShow) =>
  readFileSync(`${ROOT}bench/reference/reader.js`, 'utf8').replace(
    'const WHAT_TO_SHOW = 0;',
    `const WHAT_TO_SHOW = ${whatToShow};`,
  );
const REFERENCES = process.env.REFERENCES
  ? { readsText: referenceReader(0x4), walksNodes: referenceReader(0xffffffff) }
  : {};

async function serveGenerated(context) {
  await context.route('**/generated/frames.html', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: FRAMES_PAGE }),
  );
  await context.route(/\/generated\/advert-(\d+)\.html$/, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: ADVERT(
        route
          .request()
          .url()
          .match(/advert-(\d+)/)[1],
      ),
    }),
  );
}

async function load(context, url) {
  const page = await context.newPage();
  await page.goto(url, { timeout: 120_000 });
  await sleep(SETTLE_MS);
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  // A frame that never loads (an advert blocked by the page's policy) would never answer.
  const none = { slices: [], page: false, second: false };
  const ours = await Promise.all(
    page.frames().map((frame) =>
      Promise.race([
        frame
          .evaluate(() => ({
            slices: performance.getEntriesByName('context-cards:slice').map((s) => s.duration),
            page: performance.getEntriesByName('context-cards:page-stage').length > 0,
            second: performance.getEntriesByName('context-cards:second-stage').length > 0,
          }))
          .catch(() => none),
        sleep(2000).then(() => none),
      ]),
    ),
  );
  await session.detach();
  await page.close();
  const slices = ours.flatMap((frame) => frame.slices);
  return {
    taskMs: metric('TaskDuration') * 1000,
    heapMb: metric('JSHeapUsedSize') / 1024 / 1024,
    slicesMs: slices.reduce((sum, d) => sum + d, 0),
    longestSliceMs: Math.max(0, ...slices),
    pageStageFrames: ours.filter((frame) => frame.page).length,
    secondStageFrames: ours.filter((frame) => frame.second).length,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value, digits = 1) => Number(value.toFixed(digits));

const server = await startStaticServer(SERVED);
// The empty content script's extension: the floor any content script costs.
const emptyDir = buildScriptExtension('Empty content script', 'void 0;\n');
const contexts = {
  none: await launchWithExtension({ extensionDir: null }),
  empty: await launchWithExtension({ extensionDir: emptyDir }),
  ours: await launchWithExtension(),
};
for (const [name, code] of Object.entries(REFERENCES)) {
  const extensionDir = buildScriptExtension(`Reference: ${name}`, code);
  contexts[name] = await launchWithExtension({ extensionDir });
}
const variants = Object.keys(contexts);
for (const context of Object.values(contexts)) await serveGenerated(context);

const runs = new Map(
  pages.map((page) => [page.name, Object.fromEntries(variants.map((variant) => [variant, []]))]),
);
for (let rep = 0; rep < REPS; rep++) {
  for (const page of pages) {
    if (process.env.VERBOSE) console.log(`  ${page.name}`);
    // Alternating, in a different order each repetition.
    const order = [...variants];
    for (let i = 0; i < rep; i++) order.push(order.shift());
    const pageRuns = runs.get(page.name);
    for (const variant of order) {
      pageRuns[variant].push(await load(contexts[variant], `${server.origin}${page.path}`));
    }
  }
  console.log(`repetition ${rep + 1} of ${REPS} done`);
}
for (const context of Object.values(contexts)) await context.close();
await server.close?.();

const rows = pages.map((page) => {
  const run = runs.get(page.name);
  const m = (variant, key) => median(run[variant].map((r) => r[key]));
  return {
    page: page.name,
    kind: page.demo ? 'demo' : page.frames ? 'frames' : 'quiet',
    pageMs: round(m('none', 'taskMs')),
    emptyAddsMs: round(m('empty', 'taskMs') - m('none', 'taskMs')),
    oursAddsMs: round(m('ours', 'taskMs') - m('empty', 'taskMs')),
    emptyAddsHeapMb: round(m('empty', 'heapMb') - m('none', 'heapMb'), 2),
    oursAddsHeapMb: round(m('ours', 'heapMb') - m('empty', 'heapMb'), 2),
    slicesMs: round(m('ours', 'slicesMs')),
    longestSliceMs: round(m('ours', 'longestSliceMs')),
    pageStageFrames: m('ours', 'pageStageFrames'),
    secondStageFrames: m('ours', 'secondStageFrames'),
    references: Object.fromEntries(
      Object.keys(REFERENCES).map((name) => [
        name,
        round(m(name, 'heapMb') - m('empty', 'heapMb'), 2),
      ]),
    ),
  };
});

const firstStage = readFileSync(`${CHROME_BUILD}/content-scripts/content.js`);
const pageStage = readFileSync(`${CHROME_BUILD}/content-scripts/page-stage/page-stage.js`);
const secondStage = readFileSync(`${CHROME_BUILD}/content-scripts/second-stage/second-stage.js`);
const gzippedKb = (path) => round(gzipSync(readFileSync(path)).length / 1024);
const sizes = {
  firstStageKb: round(gzipSync(firstStage).length / 1024),
  pageStageKb: round(gzipSync(pageStage).length / 1024),
  secondStageKb: round(gzipSync(secondStage).length / 1024),
  // Firefox (MV2) runs the same stages; its build is measured when it is there.
  firefoxFirstStageKb: existsSync(FIREFOX_FIRST_STAGE) ? gzippedKb(FIREFOX_FIRST_STAGE) : null,
};
const quiet = rows.filter((row) => row.kind === 'quiet');
const frames = rows.find((row) => row.kind === 'frames');
const demo = rows.find((row) => row.kind === 'demo');
const budgets = [
  [
    'main thread added, pages without the story (median)',
    median(quiet.map((r) => r.oursAddsMs)),
    BUDGETS.quietMs,
    'ms',
  ],
  [
    'JS heap added, pages without the story (median)',
    median(quiet.map((r) => r.oursAddsHeapMb)),
    BUDGETS.quietHeapMb,
    'MB',
  ],
  ['main thread added, 10-frame page', frames.oursAddsMs, BUDGETS.framesMs, 'ms'],
  ['JS heap added, 10-frame page', frames.oursAddsHeapMb, BUDGETS.framesHeapMb, 'MB'],
  ['main thread added, demo page (with the second stage)', demo.oursAddsMs, BUDGETS.demoMs, 'ms'],
  ['first stage, gzipped', sizes.firstStageKb, BUDGETS.firstStageKb, 'KB'],
].map(([what, value, budget, unit]) => ({
  what,
  value: round(value, 2),
  budget,
  unit,
  under: value <= budget,
}));

const header =
  '| page | page’s own work | empty script adds | ours adds (beyond empty) | heap: empty adds | heap: ours adds (beyond empty) | our slices | longest slice | frames with page stage | frames with 2nd stage |';
console.log(
  `\nbench:cost, ${new Date().toISOString().slice(0, 10)}, ${REPS} loads each, medians\n`,
);
console.log(header);
console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
for (const r of rows) {
  console.log(
    `| ${r.page} | ${r.pageMs} ms | ${r.emptyAddsMs} ms | ${r.oursAddsMs} ms | ${r.emptyAddsHeapMb} MB | ${r.oursAddsHeapMb} MB | ${r.slicesMs} ms | ${r.longestSliceMs} ms | ${r.pageStageFrames} | ${r.secondStageFrames} |`,
  );
}
console.log(
  `\nFirst stage ${sizes.firstStageKb} KB gzipped (Firefox: ${sizes.firefoxFirstStageKb ?? 'not built'} KB); page stage ${sizes.pageStageKb} KB and second stage ${sizes.secondStageKb} KB gzipped, loaded on demand.\n`,
);
for (const b of budgets) {
  console.log(
    `${b.under ? 'under' : 'OVER '}  ${b.what}: ${b.value} ${b.unit} (budget ${b.budget} ${b.unit})`,
  );
}
// The reference readers beside ours, heap beyond the empty script, on pages without the story.
const referenceHeap = Object.fromEntries(
  Object.keys(REFERENCES).map((name) => [
    name,
    round(median(quiet.map((r) => r.references[name])), 2),
  ]),
);
if (Object.keys(referenceHeap).length > 0) {
  console.log('\nJS heap added beyond the empty script, pages without the story (median):');
  console.log(`  ours ${round(median(quiet.map((r) => r.oursAddsHeapMb)), 2)} MB`);
  for (const [name, heap] of Object.entries(referenceHeap)) {
    console.log(`  reference reader, ${name}: ${heap} MB`);
  }
}
mkdirSync(`${ROOT}bench/results`, { recursive: true });
writeFileSync(
  `${ROOT}bench/results/cost.json`,
  `${JSON.stringify({ date: new Date().toISOString(), reps: REPS, rows, sizes, budgets, referenceHeap }, null, 2)}\n`,
);
