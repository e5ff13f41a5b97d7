// Time from the end of the dwell to the card's first paint (the `context-cards:card-open`
// measure), over 20 hovers on the largest saved real page, in Chromium with the built extension,
// side by side with a baseline in the same run: a bare popover of the card's size shown at the
// same place and measured the same way (what any overlay costs to paint on this page here).
// Everyday entries are shown there (story pages only turned off), so that it has mentions to
// hover. Run with: npm run bench:card (builds first).
/* global document, CSS, window, scrollY, requestAnimationFrame, MessageChannel -- the callbacks passed to page.evaluate run in the page. */
import { readdirSync, statSync } from 'node:fs';
import { launchWithExtension } from '../scripts/launch-extension.mjs';
import { SERVED, SHARED } from '../scripts/paths.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';

const HOVERS = 20;

// Runs in the page: shows a plain top-layer box of `box`'s size and text and resolves with the
// time to its first paint, measured as card-timing.ts measures the card.
function bareOverlayOpen(box) {
  return new Promise((resolve) => {
    const overlay = document.createElement('div');
    overlay.popover = 'manual';
    overlay.textContent = box.text;
    overlay.style.cssText = `position:fixed;inset:auto;margin:0;left:${box.x}px;top:${box.y}px;width:${box.width}px;height:${box.height}px;overflow:auto;padding:12px;font:14px/1.4 system-ui;background:#fff;color:#222;border:1px solid #ccc;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.2)`;
    document.body.append(overlay);
    const start = performance.now();
    overlay.showPopover();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const time = performance.now() - start;
        overlay.remove();
        resolve(time);
      };
      channel.port2.postMessage(null);
    });
  });
}

// Runs in the page: where the open card is and what it says (read through its open shadow root).
function openCardBox() {
  const dialog = document
    .querySelector('context-cards-ui')
    ?.shadowRoot?.querySelector('[role=dialog]');
  if (!dialog) return null;
  const { x, y, width, height } = dialog.getBoundingClientRect();
  return { x, y, width, height, text: dialog.textContent ?? '' };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
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
  const baseline = [];
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
    if (open) {
      opened++;
      const box = await page.evaluate(openCardBox);
      await page.keyboard.press('Escape');
      if (box) baseline.push(await page.evaluate(bareOverlayOpen, box));
    } else {
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
  console.log(
    `  baseline, a bare popover of the same size and text at the same place: median ${median(baseline).toFixed(1)} ms over ${baseline.length}`,
  );
  console.log(
    `  card ÷ bare popover: ${(median(times) / median(baseline)).toFixed(2)}× (medians; both include waiting for the next frame)`,
  );
} finally {
  await context.close();
  await server.close();
}
