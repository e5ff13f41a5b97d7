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
