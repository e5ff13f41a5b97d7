import { afterEach, describe, expect, test, vi } from 'vitest';
import { compileMatcher } from '../../lib/matcher';
import type { Annotator } from '../../lib/page/annotator';
import { startAnnotator } from '../../lib/page/annotator';
import { CssHighlightRenderer } from '../../lib/page/css-highlight-renderer';
import type { MentionRenderer } from '../../lib/page/mention-renderer';
import { mentionText } from '../../lib/page/page-mention';
import { MARK_TAG, WrapRenderer } from '../../lib/page/wrap-renderer';

const matcher = compileMatcher([
  { entryId: 'claudia-sheinbaum', alias: 'Claudia Sheinbaum' },
  { entryId: 'claudia-sheinbaum', alias: 'Sheinbaum' },
  { entryId: 'marco-rubio', alias: 'Marco Rubio' },
  { entryId: 'donald-trump', alias: 'Trump', caseSensitive: true },
]);
const kinds: Record<string, string> = { 'donald-trump': 'person', 'marco-rubio': 'person' };

// A stand-in for the page's highlight registry: a Map of Sets, as the API is.
class FakeHighlight extends Set<AbstractRange> {}

let annotator: Annotator | undefined;
afterEach(() => annotator?.stop());

function start(renderer: MentionRenderer): Annotator {
  annotator = startAnnotator({
    document,
    matcher,
    kindOf: (id) => kinds[id] ?? 'person',
    renderer,
    host: window as unknown as Parameters<typeof startAnnotator>[0]['host'],
  });
  return annotator;
}

function texts(current: Annotator): string[] {
  return current.index.inPageOrder().map(mentionText);
}

describe.each([
  [
    'CSS highlights',
    () =>
      new CssHighlightRenderer(
        new Map() as unknown as HighlightRegistry,
        FakeHighlight as unknown as typeof Highlight,
      ),
  ],
  ['wrapping fallback', () => new WrapRenderer()],
])('annotator with %s', (_name, makeRenderer) => {
  test('finds mentions across inline tags, in page order, and not in skipped content', async () => {
    document.body.innerHTML =
      '<h1>Claudia <em>Sheinbaum</em></h1><p>Marco Rubio met Trump; a trump card.</p>' +
      '<textarea>Trump</textarea><div contenteditable>Sheinbaum</div><code>Trump</code>';
    const current = start(makeRenderer());
    await vi.waitFor(() =>
      expect(texts(current)).toEqual(['Claudia Sheinbaum', 'Marco Rubio', 'Trump']),
    );
  });

  test('follows added, edited and removed text', async () => {
    document.body.innerHTML = '<main><p id="a">Sheinbaum</p></main>';
    const current = start(makeRenderer());
    await vi.waitFor(() => expect(texts(current)).toEqual(['Sheinbaum']));

    const added = document.createElement('p');
    added.textContent = 'Marco Rubio';
    document.querySelector('main')!.append(added);
    await vi.waitFor(() => expect(texts(current)).toEqual(['Sheinbaum', 'Marco Rubio']));

    added.firstChild!.textContent = 'Trump';
    await vi.waitFor(() => expect(texts(current)).toEqual(['Sheinbaum', 'Trump']));

    document.querySelector('#a')!.remove();
    await vi.waitFor(() => expect(texts(current)).toEqual(['Trump']));
    expect(current.index.countsByEntry()).toEqual(new Map([['donald-trump', 1]]));
  });

  test('stop() leaves the page exactly as it was', async () => {
    const html = '<p>Claudia <b>Sheinbaum</b> and Marco Rubio</p><p>Trump</p>';
    document.body.innerHTML = html;
    const current = start(makeRenderer());
    await vi.waitFor(() => expect(current.index.size).toBe(3));
    current.stop();
    expect(document.body.innerHTML).toBe(html);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(current.index.size).toBe(0);
  });
});

describe('changes on a live page', () => {
  const renderer = () =>
    new CssHighlightRenderer(
      new Map() as unknown as HighlightRegistry,
      FakeHighlight as unknown as typeof Highlight,
    );

  test('a feed that grows does not rescan the items it already had', async () => {
    document.body.innerHTML = '<div id="feed">\n  <article><p>Marco Rubio</p></article>\n</div>';
    const current = start(renderer());
    await vi.waitFor(() => expect(texts(current)).toEqual(['Marco Rubio']));
    const first = current.index.inPageOrder()[0];
    document
      .getElementById('feed')!
      .insertAdjacentHTML('beforeend', '\n<article><p>Trump</p></article>\n');
    await vi.waitFor(() => expect(texts(current)).toEqual(['Marco Rubio', 'Trump']));
    // The first item's mention is the very same object: it was not dropped and found again.
    expect(current.index.inPageOrder()[0]).toBe(first);
  });

  test('an inline element shown or hidden joins or splits the line around it', async () => {
    document.body.innerHTML = '<p>Marco <span hidden>Rubio</span></p>';
    const current = start(renderer());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(texts(current)).toEqual([]);
    document.querySelector('span')!.hidden = false;
    await vi.waitFor(() => expect(texts(current)).toEqual(['Marco Rubio']));
    document.querySelector('span')!.hidden = true;
    await vi.waitFor(() => expect(texts(current)).toEqual([]));
  });

  test('text moved into an editor takes no mention along', async () => {
    document.body.innerHTML = '<p id="p">Claudia Sheinbaum</p><div contenteditable="true"></div>';
    const current = start(renderer());
    await vi.waitFor(() => expect(texts(current)).toEqual(['Claudia Sheinbaum']));
    document.querySelector('[contenteditable]')!.append(document.getElementById('p')!);
    await vi.waitFor(() => expect(texts(current)).toEqual([]));
  });

  test('rows hidden by a filter lose their mentions, and get them back when shown', async () => {
    document.body.innerHTML = `<table>${'<tr><td>Trump</td><td>Marco Rubio</td></tr>'.repeat(50)}</table>`;
    const current = start(renderer());
    await vi.waitFor(() => expect(current.index.size).toBe(100));
    const rows = [...document.querySelectorAll('tr')];
    for (const row of rows.slice(10)) row.hidden = true;
    await vi.waitFor(() => expect(current.index.size).toBe(20));
    for (const row of rows) row.hidden = false;
    await vi.waitFor(() => expect(current.index.size).toBe(100));
  });
});

test('the CSS renderer draws one highlight per kind and restores them when the page clears them', async () => {
  document.body.innerHTML = '<p>Claudia Sheinbaum and Trump</p>';
  const registry = new Map<string, FakeHighlight>();
  const renderer = new CssHighlightRenderer(
    registry as unknown as HighlightRegistry,
    FakeHighlight as unknown as typeof Highlight,
  );
  const current = start(renderer);
  await vi.waitFor(() => expect(current.index.size).toBe(2));
  expect([...registry.keys()]).toEqual(['context-cards-person']);
  expect(registry.get('context-cards-person')!.size).toBe(2);
  registry.clear();
  renderer.repair();
  expect(registry.get('context-cards-person')!.size).toBe(2);
  current.stop();
  expect(registry.size).toBe(0);
});

test('keeps at most maxMentions mentions on a pathological page', async () => {
  document.body.innerHTML = `<p>${'Sheinbaum '.repeat(50)}</p>`;
  annotator = startAnnotator({
    document,
    matcher,
    kindOf: () => 'person',
    renderer: new WrapRenderer(),
    host: window as unknown as Parameters<typeof startAnnotator>[0]['host'],
    maxMentions: 10,
  });
  const current = annotator;
  await vi.waitFor(() => expect(current.index.size).toBe(10));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(current.index.size).toBe(10);
});

test('finds a mention in a block too long to gather at once, in pieces', async () => {
  const filler = 'word '.repeat(60_000); // 300,000 characters in one block
  document.body.innerHTML = `<div>${'<span>x </span>'.repeat(10)}${filler}<b>Marco Rubio</b> ${filler}Trump</div>`;
  const current = start(new WrapRenderer());
  await vi.waitFor(() => expect(texts(current)).toEqual(['Marco Rubio', 'Trump']), {
    timeout: 5000,
  });
});
