import { expect, test } from './fixtures';
import { MATCHING_FIXTURE_HIGHLIGHTS } from './expectations';
import { highlighted, pageMentions, waitForScan } from './page-helpers';

test('highlights exactly the mentions of the matching fixture', async ({
  context,
  page,
  server,
}) => {
  await page.goto(`${server}/fixtures/matching.html`);
  await waitForScan(page);
  expect(await highlighted(page)).toEqual(MATCHING_FIXTURE_HIGHLIGHTS);
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
    () =>
      (window as { seenHighlighted?: { scanComplete: boolean; slices: number } }).seenHighlighted,
  );
  const slices = await page.evaluate(
    () => performance.getEntriesByName('context-cards:slice').length,
  );
  // The page takes many slices; the paragraph on screen, near the end of the page, was drawn in
  // the page stage's first ones, long before the pass reached it in page order.
  expect(slices).toBeGreaterThan(5);
  expect(seenHighlighted?.scanComplete).toBe(false);
  expect(seenHighlighted!.slices).toBeLessThanOrEqual(2);
  expect((await highlighted(page)).map((item) => item.text)).toEqual([
    'Gianni Infantino',
    'Marco Rubio',
  ]);
});
