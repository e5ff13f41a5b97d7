import { expect, test } from 'vitest';
import type { PageMention } from '../../lib/page/page-mention';
import { MARK_TAG, WrapRenderer } from '../../lib/page/wrap-renderer';

function mention(
  start: [Text, number],
  end: [Text, number],
  nodes: Text[],
  kind = 'person',
): PageMention {
  const range = {
    startContainer: start[0],
    startOffset: start[1],
    endContainer: end[0],
    endOffset: end[1],
    collapsed: false,
  } as StaticRange;
  return { entryId: 'x', alias: 'x', kind, range, nodes };
}

test('wraps mentions, including one across an inline tag, and unwraps them to the same nodes', () => {
  document.body.innerHTML = '<p>Then Claudia <a href="#">Sheinbaum</a> met Rubio and Rubio.</p>';
  const paragraph = document.querySelector('p')!;
  const before = paragraph.innerHTML;
  const first = paragraph.firstChild as Text; // "Then Claudia "
  const link = paragraph.querySelector('a')!.firstChild as Text; // "Sheinbaum"
  const last = paragraph.lastChild as Text; // " met Rubio and Rubio."
  const nodesBefore = [first, link, last];
  const renderer = new WrapRenderer();
  const mentions = [
    mention([first, 5], [link, 9], [first, link]),
    mention([last, 5], [last, 10], [last]),
    mention([last, 15], [last, 20], [last]),
  ];
  renderer.adopt(mentions);

  const marks = [...paragraph.querySelectorAll(MARK_TAG)].map((mark) => mark.textContent);
  expect(marks).toEqual(['Claudia ', 'Sheinbaum', 'Rubio', 'Rubio']);
  expect(paragraph.textContent).toBe('Then Claudia Sheinbaum met Rubio and Rubio.');

  renderer.clear();
  expect(paragraph.innerHTML).toBe(before);
  expect(paragraph.querySelectorAll(MARK_TAG)).toHaveLength(0);
  // The page keeps its own text nodes: the same objects (`toBe`: `toEqual` would accept copies
  // with the same text), and as many.
  expect(paragraph.childNodes).toHaveLength(3);
  expect(paragraph.firstChild).toBe(nodesBefore[0]);
  expect(paragraph.querySelector('a')!.firstChild).toBe(nodesBefore[1]);
  expect(paragraph.lastChild).toBe(nodesBefore[2]);
});

test('releases only the mentions inside a region', () => {
  document.body.innerHTML = '<p id="a">Rubio</p><p id="b">Rubio</p>';
  const a = document.querySelector('#a')!.firstChild as Text;
  const b = document.querySelector('#b')!.firstChild as Text;
  const renderer = new WrapRenderer();
  const inA = mention([a, 0], [a, 5], [a]);
  const inB = mention([b, 0], [b, 5], [b]);
  renderer.adopt([inA, inB]);
  const released = renderer.releaseWithin(document.querySelector('#a')!);
  // `toBe`: the two mentions differ only in nodes of the same text, which `toEqual` equates.
  expect(released).toHaveLength(1);
  expect(released[0]).toBe(inA);
  expect(document.querySelectorAll(MARK_TAG)).toHaveLength(1);
  expect(document.querySelector('#a')!.innerHTML).toBe('Rubio');
});
