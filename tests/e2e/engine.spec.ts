import type { Page } from '@playwright/test';
import { engineBundle } from './engine/bundle';
import type { LiveWork } from './engine/tracked-host';
import { expect, test } from './fixtures';

// These pages are set on about:blank, where the extension's content script does not run: the
// engine under test is the only one on the page.
let bundle = '';
test.beforeAll(async () => {
  bundle = await engineBundle();
});

interface Engine {
  start(renderer: 'highlights' | 'wrap'): void;
  stop(): void;
  mentionsInOrder(): string[];
  liveWork(): LiveWork;
  entryAt(x: number, y: number): { entryId: string; text: string } | null;
}

async function load(page: Page, html: string, renderer: 'highlights' | 'wrap' = 'highlights') {
  await page.setContent(`<!doctype html><body style="font: 20px/1.5 sans-serif">${html}</body>`);
  // The page's own text nodes, kept before the engine starts, to compare by identity later.
  await page.evaluate(() => {
    const nodes: Node[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    (window as unknown as { textNodesBefore: Node[] }).textNodesBefore = nodes;
  });
  await page.addScriptTag({ content: bundle });
  await page.evaluate(
    (which) => (window as unknown as { engine: Engine }).engine.start(which),
    renderer,
  );
  await page.waitForFunction(
    () => performance.getEntriesByName('context-cards:scan-complete').length > 0,
  );
}

// Calls one of the engine's methods that take no argument, in the page.
function call<K extends 'stop' | 'liveWork' | 'mentionsInOrder'>(page: Page, method: K) {
  return page.evaluate(
    (name) => (window as unknown as { engine: Engine }).engine[name]() as ReturnType<Engine[K]>,
    method,
  );
}

// The centre of the `occurrence`-th box of `text` inside the element matched by `selector`.
async function pointOn(page: Page, selector: string, text: string, occurrence = 0) {
  return page.evaluate(
    ({ selector, text, occurrence }) => {
      const element = document.querySelector(selector)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const rect = range.getClientRects()[occurrence]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`${text} not found`);
    },
    { selector, text, occurrence },
  );
}

const entryAt = (page: Page, x: number, y: number) =>
  page.evaluate(
    ([x, y]) => (window as unknown as { engine: Engine }).engine.entryAt(x!, y!),
    [x, y],
  );

test('finds the mention under the pointer, and nothing beside it', async ({ page }) => {
  await load(
    page,
    '<p id="a">Yesterday Claudia <b>Sheinbaum</b> spoke.</p><p id="b" style="width:9em">Secretary of State Marco Rubio listened</p>',
  );
  const onSurname = await pointOn(page, '#a b', 'Sheinbaum');
  expect(await entryAt(page, onSurname.x, onSurname.y)).toEqual({
    entryId: 'claudia-sheinbaum',
    text: 'Claudia Sheinbaum',
  });
  const onYesterday = await pointOn(page, '#a', 'Yesterday');
  expect(await entryAt(page, onYesterday.x, onYesterday.y)).toBeNull();
  // Far to the right of the paragraph's text: the caret snaps to the line's end, but no mention.
  expect(await entryAt(page, 700, onSurname.y)).toBeNull();
  // A mention wrapped over two lines is found from either line.
  const rubio = await pointOn(page, '#b', 'Rubio');
  expect((await entryAt(page, rubio.x, rubio.y))?.entryId).toBe('marco-rubio');
});

test('finds mentions in a shadow root attached after the scan', async ({ page }) => {
  await load(page, '<late-quote id="host"></late-quote>');
  // The component's definition arrives late: the upgrade attaches its shadow root.
  await page.evaluate(() => {
    customElements.define(
      'late-quote',
      class extends HTMLElement {
        connectedCallback() {
          this.attachShadow({ mode: 'open' }).innerHTML = '<p>Gianni Infantino</p>';
        }
      },
    );
  });
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { engine: Engine }).engine.mentionsInOrder()),
    )
    .toEqual(['Gianni Infantino']);
  const point = await page.evaluate(() => {
    const text = document.querySelector('#host')!.shadowRoot!.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.selectNodeContents(text);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + 10, y: rect.top + rect.height / 2 };
  });
  expect((await entryAt(page, point.x, point.y))?.entryId).toBe('gianni-infantino');
});

test('lists mentions in page order', async ({ page }) => {
  await load(
    page,
    '<p>Marco Rubio</p><ul><li>FIFA</li><li>Ron DeSantis</li></ul><p>Claudia Sheinbaum</p>',
  );
  expect(
    await page.evaluate(() => (window as unknown as { engine: Engine }).engine.mentionsInOrder()),
  ).toEqual(['Marco Rubio', 'FIFA', 'Ron DeSantis', 'Claudia Sheinbaum']);
});

test('the wrapping fallback draws in Chromium and leaves the page as it was', async ({ page }) => {
  const html = '<p>Claudia <a href="#">Sheinbaum</a> told Marco Rubio no.</p><p>Trump and FIFA</p>';
  await load(page, html, 'wrap');
  const marks = await page.evaluate(() =>
    [...document.querySelectorAll('context-cards-mark')].map((mark) => mark.textContent),
  );
  expect(marks).toEqual(['Claudia ', 'Sheinbaum', 'Marco Rubio', 'Trump', 'FIFA']);
  const background = await page.evaluate(
    () => getComputedStyle(document.querySelector('context-cards-mark')!).display,
  );
  expect(background).toBe('inline');
  await page.evaluate(() => (window as unknown as { engine: Engine }).engine.stop());
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(html);
  expect(await page.evaluate(() => document.querySelector('p')!.childNodes.length)).toBe(3);
  // The very nodes the page had, not copies of them.
  const sameNodes = await page.evaluate(() => {
    const before = (window as unknown as { textNodesBefore: Node[] }).textNodesBefore;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const now: boolean[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      now.push(node === before[now.length]);
    }
    return { before: before.length, now };
  });
  expect(sameNodes.now).toEqual(new Array(sameNodes.before).fill(true));
});

test('stop() removes every highlight and leaves nothing that could wake it', async ({ page }) => {
  await load(page, '<p id="p">Claudia Sheinbaum and FIFA</p>');
  const ours = () =>
    page.evaluate(() =>
      [...CSS.highlights.keys()].filter((name) => name.startsWith('context-cards-')),
    );
  expect(await ours()).toEqual(['context-cards-person', 'context-cards-organization']);
  expect(await call(page, 'liveWork')).toMatchObject({ intervals: 1, observers: 1 });
  await call(page, 'stop');
  expect(await ours()).toEqual([]);
  // No timer, frame or idle callback pending and no observer observing: nothing can run again.
  expect(await call(page, 'liveWork')).toEqual({
    timeouts: 0,
    intervals: 0,
    frames: 0,
    idleCallbacks: 0,
    observers: 0,
  });
  const slicesAtStop = await page.evaluate(
    () => performance.getEntriesByName('context-cards:slice').length,
  );
  // And so the page's changes after stop() wake nothing, once the page has run its own
  // observers and a rendered frame and a task have passed.
  await page.evaluate(async () => {
    document.querySelector('#p')!.textContent = 'Marco Rubio';
    document.body.append(
      Object.assign(document.createElement('p'), { textContent: 'Ron DeSantis' }),
    );
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  });
  expect(await ours()).toEqual([]);
  expect(
    await page.evaluate(() => performance.getEntriesByName('context-cards:slice').length),
  ).toBe(slicesAtStop);
});
