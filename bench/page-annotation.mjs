// Annotation of the largest saved real-world pages, in Chromium with the built extension.
// For each page: total time from the first slice to the end of the pass, the time the content
// script actually worked (sum of its slices), the number of slices, the longest slice and the
// mentions found. Baseline in the same run and the same page: one synchronous walk that reads
// every text node (what any annotator must at least do), timed in the page.
// Run with: npm run bench:page (builds first).
/* global document -- the callbacks passed to page.evaluate run in the page. */
import { readdirSync, statSync } from 'node:fs';
import { launchWithExtension } from '../scripts/launch-extension.mjs';
import { SERVED, SHARED } from '../scripts/paths.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';

const REPS = 5;
const PAGES = Number(process.env.PAGES ?? 3);
const corpus = `${SHARED}corpus/pages`;
const largest = readdirSync(corpus)
  .filter((name) => name.endsWith('.html'))
  .map((name) => ({ name, bytes: statSync(`${corpus}/${name}`).size }))
  .sort((a, b) => b.bytes - a.bytes)
  .slice(0, PAGES);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startStaticServer(SERVED);
const context = await launchWithExtension();
const rows = [];
try {
  for (const { name, bytes } of largest) {
    const runs = [];
    for (let rep = 0; rep < REPS; rep++) {
      const page = await context.newPage();
      // The page's own scripts are blocked so that both measurements see the same, still DOM.
      await page.goto(`${server.origin}/corpus/${name}?noscript`);
      await page.waitForFunction(
        () => performance.getEntriesByName('context-cards:scan-complete').length > 0,
        undefined,
        { timeout: 60_000 },
      );
      runs.push(
        await page.evaluate(() => {
          const slices = performance.getEntriesByName('context-cards:slice');
          const done = performance.getEntriesByName('context-cards:scan-complete')[0];
          // Baseline: a bare synchronous walk reading every text node of the page.
          const start = performance.now();
          let characters = 0;
          const walk = (node) => {
            for (let child = node.firstChild; child; child = child.nextSibling) {
              if (child.nodeType === 3) characters += child.data.length;
              else walk(child);
            }
          };
          walk(document.body);
          const bareWalk = performance.now() - start;
          return {
            total: done.startTime - slices[0].startTime,
            busy: slices.reduce((sum, slice) => sum + slice.duration, 0),
            slices: slices.length,
            longest: Math.max(...slices.map((slice) => slice.duration)),
            mentions: done.detail.mentions,
            bareWalk,
            characters,
          };
        }),
      );
      await page.close();
    }
    const pick = (key) => median(runs.map((run) => run[key]));
    rows.push({
      page: name,
      'size (KB)': Math.round(bytes / 1024),
      'text (KB)': Math.round(pick('characters') / 1024),
      'total (ms)': pick('total').toFixed(1),
      'busy (ms)': pick('busy').toFixed(1),
      slices: pick('slices'),
      'longest slice (ms)': pick('longest').toFixed(1),
      mentions: pick('mentions'),
      'bare walk (ms)': pick('bareWalk').toFixed(1),
      'busy ÷ bare walk': (pick('busy') / pick('bareWalk')).toFixed(1),
    });
  }
} finally {
  await context.close();
  await server.close();
}
console.log(`Annotation of the ${PAGES} largest corpus pages (medians of ${REPS} loads, Chromium)`);
console.table(rows);
