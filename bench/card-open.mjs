// Time from the end of the dwell to the card's first paint (the `context-cards:card-open`
// measure), over 20 hovers on the largest saved real page, in Chromium with the built extension.
// Everyday entries are shown there (story pages only turned off), so that it has mentions to
// hover. Run with: npm run bench:card (builds first).
/* global document, CSS, window, scrollY -- the callbacks passed to page.evaluate run in the page. */
import { readdirSync, statSync } from 'node:fs';
import { launchWithExtension } from '../scripts/launch-extension.mjs';
import { SERVED, SHARED } from '../scripts/paths.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';

const HOVERS = 20;
const corpus = `${SHARED}corpus/pages`;
const [largest] = readdirSync(corpus)
  .filter((name) => name.endsWith('.html'))
  .sort((a, b) => statSync(`${corpus}/${b}`).size - statSync(`${corpus}/${a}`).size);

const server = await startStaticServer(SERVED);
const context = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => globalThis.chrome.storage.sync.set({ storyOnly: false }));
  const page = await context.newPage();
  await page.goto(`${server.origin}/corpus/${largest}?noscript`);
  await page.waitForFunction(
    () => performance.getEntriesByName('context-cards:scan-complete').length > 0,
    undefined,
    { timeout: 60_000 },
  );
  // The page offsets of distinct highlighted mentions, in page order.
  const targets = await page.evaluate(() => {
    const found = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('context-cards-')) continue;
      for (const range of highlight) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const box = live.getClientRects()[0];
        if (box && box.width > 4)
          found.push({ x: box.x + box.width / 2, y: box.y + scrollY + box.height / 2 });
      }
    }
    return found.sort((a, b) => a.y - b.y);
  });
  if (targets.length === 0) throw new Error(`${largest} shows no mention to hover`);
  // Hovered in turn, again and again; a mention the pointer cannot reach (under a fixed banner
  // or another element, as several are on this page without its scripts) opens no card and is
  // dropped from the round.
  let reachable = targets;
  let opened = 0;
  let missed = 0;
  for (let i = 0; opened < HOVERS && reachable.length > 0; i++) {
    const target = reachable[i % reachable.length];
    await page.evaluate((y) => window.scrollTo(0, y), Math.max(0, target.y - 300));
    await page.mouse.move(5, 5);
    await page.waitForTimeout(400);
    await page.mouse.move(target.x, target.y - (await page.evaluate(() => scrollY)), { steps: 2 });
    const open = await page
      .waitForFunction(
        (count) => performance.getEntriesByName('context-cards:card-open').length > count,
        opened,
        { timeout: 1500 },
      )
      .then(
        () => true,
        () => false,
      );
    if (open) opened++;
    else {
      missed++;
      reachable = reachable.filter((other) => other !== target);
      i--;
    }
  }
  const times = await page.evaluate(() =>
    performance.getEntriesByName('context-cards:card-open').map((entry) => entry.duration),
  );
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `Card opening on ${largest}: ${times.length} hovers over the ${reachable.length} of its ${targets.length} shown mentions the pointer can reach (${missed} sit under other elements):`,
  );
  console.log(
    `  dwell end → first paint: median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, worst ${sorted.at(-1).toFixed(1)} ms`,
  );
  console.log(`  all: ${times.map((time) => time.toFixed(1)).join(' ')}`);
} finally {
  await context.close();
  await server.close();
}
