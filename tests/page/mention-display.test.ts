import { afterEach, describe, expect, test, vi } from 'vitest';
import { compileMatcher } from '../../lib/matcher';
import type { Annotator } from '../../lib/page/annotator';
import { startAnnotator } from '../../lib/page/annotator';
import { CssHighlightRenderer } from '../../lib/page/css-highlight-renderer';
import type { DisplayRules, EntryGate } from '../../lib/page/mention-display';
import { SHOW_ALL } from '../../lib/page/mention-display';
import { decideRelevance } from '../../lib/relevance/decide-relevance';
import { mentionText } from '../../lib/page/page-mention';
import { MARK_TAG, WrapRenderer } from '../../lib/page/wrap-renderer';

const matcher = compileMatcher([
  { entryId: 'claudia-sheinbaum', alias: 'Sheinbaum' },
  { entryId: 'marco-rubio', alias: 'Marco Rubio' },
  { entryId: 'mexico', alias: 'Mexico' },
  { entryId: 'fifa', alias: 'FIFA' },
]);
const kinds: Record<string, string> = {
  'claudia-sheinbaum': 'person',
  'marco-rubio': 'person',
  mexico: 'place',
  fifa: 'organization',
};

// A stand-in for the page's highlight registry: a Map of Sets, as the API is.
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

let annotator: Annotator | undefined;
afterEach(() => annotator?.stop());

function startWith(rules: DisplayRules, renderer: 'highlights' | 'wrap' = 'highlights') {
  const registry = new Map<string, FakeHighlight>();
  annotator = startAnnotator({
    document,
    matcher,
    kindOf: (id) => kinds[id] ?? 'concept',
    renderer:
      renderer === 'wrap'
        ? new WrapRenderer()
        : new CssHighlightRenderer(
            registry as unknown as HighlightRegistry,
            FakeHighlight as unknown as typeof Highlight,
          ),
    host: window as unknown as Parameters<typeof startAnnotator>[0]['host'],
    rules,
  });
  return { annotator, registry };
}

// What the registry draws: "name: text, text" per registered highlight, sorted.
function drawn(registry: Map<string, FakeHighlight>): string[] {
  return [...registry]
    .map(([name, highlight]) => {
      const texts = [...highlight].map((range) =>
        (range.startContainer as Text).data.slice(range.startOffset, range.endOffset),
      );
      return `${name}: ${texts.sort().join(', ')}`;
    })
    .filter((line) => !line.endsWith(': '))
    .sort();
}

const shown = (current: Annotator) => current.display.inPageOrder().map(mentionText);

// A gate that allows Mexico only on pages that also mention Sheinbaum.
const storyGate: EntryGate = (mentions) => {
  const aboutTheStory = mentions.some((mention) => mention.entryId === 'claudia-sheinbaum');
  return { shows: (id) => id !== 'mexico' || aboutTheStory };
};

test('only the kinds asked for are shown, and a change of kinds applies at once', async () => {
  document.body.innerHTML = '<p>Sheinbaum in Mexico with FIFA</p>';
  const { annotator: current, registry } = startWith({ ...SHOW_ALL, kinds: new Set(['place']) });
  await vi.waitFor(() => expect(current.index.size).toBe(3));
  expect(drawn(registry)).toEqual(['context-cards-place: Mexico']);
  current.setRules({ ...SHOW_ALL, kinds: new Set(['person', 'organization']) });
  expect(drawn(registry)).toEqual([
    'context-cards-organization: FIFA',
    'context-cards-person: Sheinbaum',
  ]);
  expect(current.display.size).toBe(2);
});

test('a style change renames the highlights and keeps every range', async () => {
  document.body.innerHTML = '<p>Sheinbaum in Mexico</p>';
  const { annotator: current, registry } = startWith(SHOW_ALL);
  await vi.waitFor(() => expect(current.index.size).toBe(2));
  current.setRules({ ...SHOW_ALL, style: 'underline' });
  expect(drawn(registry)).toEqual([
    'context-cards-underline-person: Sheinbaum',
    'context-cards-underline-place: Mexico',
  ]);
  // Subtle: nothing is drawn until the pointer is near a mention's text.
  current.setRules({ ...SHOW_ALL, style: 'subtle' });
  expect(drawn(registry)).toEqual([]);
  current.display.setNear(current.display.inPageOrder().slice(0, 1));
  expect(drawn(registry)).toEqual(['context-cards-near-person: Sheinbaum']);
  current.display.setNear([]);
  expect(drawn(registry)).toEqual([]);
  current.setRules(SHOW_ALL);
  expect(drawn(registry)).toEqual([
    'context-cards-person: Sheinbaum',
    'context-cards-place: Mexico',
  ]);
});

test('first mention only shows each entry once, and the next one when the first goes', async () => {
  document.body.innerHTML =
    '<p id="a">Sheinbaum and Marco Rubio</p><p id="b">Sheinbaum again</p><p id="c">Marco Rubio</p>';
  const { annotator: current } = startWith({ ...SHOW_ALL, firstMentionOnly: true });
  await vi.waitFor(() => expect(current.index.size).toBe(4));
  expect(shown(current)).toEqual(['Sheinbaum', 'Marco Rubio']);
  const places = () => current.display.inPageOrder().map((m) => m.nodes[0]!.parentElement!.id);
  expect(places()).toEqual(['a', 'a']);
  document.querySelector('#a')!.remove();
  await vi.waitFor(() => expect(places()).toEqual(['b', 'c']));
  expect(shown(current)).toEqual(['Sheinbaum', 'Marco Rubio']);
  // A mention added before the first becomes the first.
  document.body.insertAdjacentHTML('afterbegin', '<p id="z">Marco Rubio</p>');
  await vi.waitFor(() => expect(places()).toEqual(['z', 'b']));
  current.setRules(SHOW_ALL);
  expect(shown(current)).toEqual(['Marco Rubio', 'Sheinbaum', 'Marco Rubio']);
});

test('the gate shows common entries only while the page mentions a distinctive one', async () => {
  document.body.innerHTML = '<main><p>Mexico and FIFA</p></main>';
  const { annotator: current, registry } = startWith({ ...SHOW_ALL, gate: storyGate });
  await vi.waitFor(() => expect(current.index.size).toBe(2));
  expect(shown(current)).toEqual(['FIFA']);
  document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p id="s">Sheinbaum</p>');
  await vi.waitFor(() => expect(shown(current)).toEqual(['Mexico', 'FIFA', 'Sheinbaum']));
  expect(drawn(registry)).toContain('context-cards-place: Mexico');
  document.querySelector('#s')!.remove();
  await vi.waitFor(() => expect(shown(current)).toEqual(['FIFA']));
  expect(drawn(registry)).not.toContain('context-cards-place: Mexico');
});

// The relevance decision over one story where Sheinbaum is enough and Mexico and FIFA are not.
function relevanceGate(): EntryGate {
  const weights: Record<string, number> = { 'claudia-sheinbaum': 1, mexico: 0.2, fifa: 0.2 };
  const model = {
    threshold: 1,
    weightOf: (id: string) => weights[id] ?? 0,
    storyOf: () => 's',
    showsAlone: () => false,
  };
  return (mentions, parentOf) => decideRelevance(mentions, model, parentOf);
}

test('under the relevance decision, a feed lights only its item about the story', async () => {
  const gate = relevanceGate();
  document.body.innerHTML =
    '<main><article id="a"><p>Mexico and FIFA</p></article><article id="b"><p>Mexico</p></article></main>';
  const { annotator: current } = startWith({ ...SHOW_ALL, gate });
  await vi.waitFor(() => expect(current.index.size).toBe(3));
  expect(shown(current)).toEqual([]);
  // A live edit adds the story to the second item: that item lights up, the first stays dark.
  document.querySelector('#b')!.insertAdjacentHTML('beforeend', '<p id="s">Sheinbaum</p>');
  await vi.waitFor(() => expect(shown(current)).toEqual(['Mexico', 'Sheinbaum']));
  const items = () =>
    current.display.inPageOrder().map((m) => m.nodes[0]!.parentElement!.closest('article')!.id);
  expect(items()).toEqual(['b', 'b']);
  // And says why: the story's entries the page names, strongest first, and one part of two lit.
  expect(current.display.reasons).toEqual([
    {
      story: 's',
      entries: [
        { entryId: 'claudia-sheinbaum', weight: 1 },
        { entryId: 'fifa', weight: 0.2 },
        { entryId: 'mexico', weight: 0.2 },
      ],
      score: 1.4,
      threshold: 1,
      litParts: 1,
      parts: 2,
    },
  ]);
  // And takes it away again.
  document.querySelector('#s')!.remove();
  await vi.waitFor(() => expect(shown(current)).toEqual([]));
});

test('first mention only shows, in a feed, the first mention in the item about the story', async () => {
  const gate = relevanceGate();
  document.body.innerHTML =
    '<article id="a"><p>Mexico</p></article><article id="b"><p>Sheinbaum in Mexico</p></article>';
  const { annotator: current } = startWith({ ...SHOW_ALL, gate, firstMentionOnly: true });
  await vi.waitFor(() => expect(current.index.size).toBe(3));
  const places = () =>
    current.display
      .inPageOrder()
      .map((m) => `${mentionText(m)} in ${m.nodes[0]!.parentElement!.closest('article')!.id}`);
  expect(places()).toEqual(['Sheinbaum in b', 'Mexico in b']);
  // The story leaves: nothing is shown; it comes back: the same first mentions are.
  const story = document.querySelector('#b')!;
  story.remove();
  await vi.waitFor(() => expect(places()).toEqual([]));
  document.body.append(story);
  await vi.waitFor(() => expect(places()).toEqual(['Sheinbaum in b', 'Mexico in b']));
});

test('hover finds only shown mentions', async () => {
  document.body.innerHTML = '<p>Mexico</p>';
  const { annotator: current } = startWith({ ...SHOW_ALL, kinds: new Set(['person']) });
  await vi.waitFor(() => expect(current.index.size).toBe(1));
  const mention = current.index.inPageOrder()[0]!;
  expect(current.display.isShown(mention)).toBe(false);
  current.display.setActive(mention);
  current.setRules(SHOW_ALL);
  expect(current.display.isShown(mention)).toBe(true);
});

describe('the wrapping fallback', () => {
  test('wraps what it finds, styles only what is shown, and follows the rules', async () => {
    document.body.innerHTML = '<p>Sheinbaum in Mexico</p>';
    const { annotator: current } = startWith({ ...SHOW_ALL, kinds: new Set(['person']) }, 'wrap');
    await vi.waitFor(() => expect(current.index.size).toBe(2));
    const marks = () =>
      [...document.querySelectorAll(MARK_TAG)].map(
        (mark) => `${mark.textContent} ${mark.getAttribute('data-style') ?? '-'}`,
      );
    expect(marks()).toEqual(['Sheinbaum background', 'Mexico -']);
    current.setRules({ ...SHOW_ALL, style: 'underline' });
    expect(marks()).toEqual(['Sheinbaum underline', 'Mexico underline']);
    current.display.setActive(current.display.inPageOrder()[1]!);
    expect(document.querySelector('[data-active]')?.textContent).toBe('Mexico');
    current.stop();
    expect(document.body.innerHTML).toBe('<p>Sheinbaum in Mexico</p>');
  });
});
