// The first stage's reading of a page (lib/scout/page-scout.ts) reads every line of text the page
// scan reads, as the scan joins and separates it, and follows the page's changes.

import { afterEach, expect, test, vi } from 'vitest';
import { MATCH_WINDOW } from '../../lib/page/windowed-matches';
import { PageScout } from '../../lib/scout/page-scout';

let scout: PageScout | undefined;
afterEach(() => {
  scout?.stop();
  document.body.innerHTML = '';
});

/** Starts a scout on the document; returns the lines it read and a wait for its idle state. */
function startScout() {
  const lines: string[] = [];
  let idle = false;
  scout = new PageScout(
    window as unknown as ConstructorParameters<typeof PageScout>[0],
    (line) => lines.push(line),
    (done) => (idle = done),
  );
  scout.start();
  const settled = async () => {
    idle = false;
    await vi.waitFor(() => expect(idle).toBe(true));
  };
  return { lines, settled };
}

test('text across inline tags is one line; blocks, line breaks and skipped content are not', async () => {
  document.body.innerHTML =
    '<p>Claudia <b>Shein</b>baum said<br>no</p><div>Second</div>' +
    '<script>var hidden = "Rubio"</script><textarea>Typed Rubio</textarea><p hidden>Gone</p>';
  const { lines, settled } = startScout();
  await settled();
  expect(lines).toEqual(['Claudia Sheinbaum said no', 'Second']);
});

test('open shadow roots are read', async () => {
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).innerHTML = '<p>Inside the shadow</p>';
  document.body.append(host);
  const { lines, settled } = startScout();
  await settled();
  expect(lines).toContain('Inside the shadow');
});

test('what the page adds or edits later is read', async () => {
  document.body.innerHTML = '<p id="p">Start</p>';
  const { lines, settled } = startScout();
  await settled();
  const added = document.createElement('article');
  added.textContent = 'Added later';
  document.body.append(added);
  await settled();
  expect(lines).toContain('Added later');
  document.querySelector('#p')!.append(' and more');
  await settled();
  expect(lines).toContain('Start and more');
});

test('a very long line is read in windows that overlap, so no phrase is cut', async () => {
  const filler = 'lorem ipsum '.repeat(MATCH_WINDOW / 12);
  document.body.innerHTML = `<p>${filler}Claudia Sheinbaum ${filler}</p>`;
  const { lines, settled } = startScout();
  await settled();
  expect(lines.length).toBeGreaterThan(1);
  expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(MATCH_WINDOW + 1024);
  expect(lines.some((line) => line.includes('Claudia Sheinbaum'))).toBe(true);
});

test('once stopped, nothing more is read', async () => {
  document.body.innerHTML = '<p>Before</p>';
  const { lines, settled } = startScout();
  await settled();
  scout!.stop();
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'After' }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(lines).toEqual(['Before']);
});
