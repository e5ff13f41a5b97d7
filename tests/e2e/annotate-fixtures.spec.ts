import { expect, test } from './fixtures';
import type { Highlighted } from './page-helpers';
import { highlighted, pageMentions, waitForScan } from './page-helpers';

const sorted = (items: Highlighted[]) =>
  [...items].sort((a, b) => a.text.localeCompare(b.text) || a.kind.localeCompare(b.kind));

test('highlights exactly the mentions of the matching fixture', async ({
  context,
  page,
  server,
}) => {
  await page.goto(`${server}/fixtures/matching.html`);
  await waitForScan(page);
  expect(await highlighted(page)).toEqual(
    sorted([
      { kind: 'person', text: 'Claudia Sheinbaum' }, // heading
      { kind: 'concept', text: 'foreign terrorist organization' }, // across <em>
      { kind: 'person', text: 'Claudia Sheinbaum' }, // across <a>
      { kind: 'person', text: 'Marco\n      Rubio' }, // line break inside the name
      { kind: 'person', text: 'Ron\u00a0DeSantis' }, // &nbsp;
      { kind: 'person', text: 'Sheinbaum' }, // Sheinbaum’s
      { kind: 'person', text: 'Infantino' }, // Infantino's
      { kind: 'person', text: 'Claudia Sheinbaum' }, // Spanish paragraph
      { kind: 'person', text: 'Andrés Manuel López Obrador' },
      { kind: 'person', text: 'Marco Rubio' }, // list
      { kind: 'organization', text: 'FIFA' },
      { kind: 'person', text: 'Gianni Infantino' }, // table
      { kind: 'person', text: 'Ron DeSantis' },
      { kind: 'person', text: 'Sheinbaum' }, // its own paragraph: "Claudia" above does not join it
      { kind: 'place', text: 'Pacific Ocean' }, // a place of the story, not the strike campaign
    ]),
  );
  const report = await pageMentions(context, page);
  const ids = report.entries.map((entry) => entry.entryId);
  expect(ids).toEqual(
    expect.arrayContaining([
      'claudia-sheinbaum',
      'marco-rubio',
      'ron-desantis',
      'gianni-infantino',
      'andres-manuel-lopez-obrador',
      'fifa',
    ]),
  );
  expect(ids).not.toContain('donald-trump');
});

test('annotates open shadow roots but not closed ones', async ({ page, server }) => {
  await page.goto(`${server}/fixtures/shadow.html`);
  await waitForScan(page);
  await expect
    .poll(async () => (await highlighted(page)).map((item) => item.text))
    .toEqual(['Claudia Sheinbaum', 'Marco Rubio']);
});

test('annotates same- and cross-origin frames, each by itself', async ({ page, server }) => {
  await page.goto(`${server}/fixtures/frames.html`);
  await waitForScan(page);
  expect((await highlighted(page)).map((item) => item.text)).toEqual(['Claudia Sheinbaum']);
  const frameUrls = ['/fixtures/frame-child.html', `localhost:`];
  for (const part of frameUrls) {
    const frame = page
      .frames()
      .find((candidate) => candidate.url().includes(part) && candidate !== page.mainFrame());
    expect(frame, `frame ${part}`).toBeDefined();
    await waitForScan(frame!);
    expect((await highlighted(frame!)).map((item) => item.text)).toEqual([
      'Gianni Infantino',
      'Marco Rubio',
    ]);
  }
});

test('annotates what is in the viewport first', async ({ page, server }) => {
  await page.goto(`${server}/fixtures/long-page.html`);
  await waitForScan(page, 30_000);
  const seenHighlighted = await page.evaluate(
    () => (window as { seenHighlighted?: { scanComplete: boolean; slices: number } }).seenHighlighted,
  );
  const slices = await page.evaluate(
    () => performance.getEntriesByName('context-cards:slice').length,
  );
  // The page takes many slices; the paragraph on screen, near the end of the page, was drawn in
  // the first ones, long before the pass reached it in page order.
  expect(slices).toBeGreaterThan(5);
  expect(seenHighlighted?.scanComplete).toBe(false);
  expect(seenHighlighted!.slices).toBeLessThanOrEqual(2);
  expect((await highlighted(page)).map((item) => item.text)).toEqual([
    'Gianni Infantino',
    'Marco Rubio',
  ]);
});
