import { expect, test } from 'vitest';
import { BLOCK_SEPARATOR, TextChunk } from '../../lib/page/text-chunk';

function textNodes(...parts: string[]): Text[] {
  return parts.map((part) => document.createTextNode(part));
}

// Nodes are compared by identity: `toEqual` would accept any node with the same text.
function expectPosition(position: { node: Node; offset: number }, node: Node, offset: number) {
  expect(position.node).toBe(node);
  expect(position.offset).toBe(offset);
}

function expectSameNodes(actual: readonly Node[], expected: readonly Node[]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((node, i) => expect(node).toBe(expected[i]));
}

test('maps offsets in the joined text back to nodes', () => {
  const [a, b, c] = textNodes('Claudia ', 'Shein', 'baum said');
  const chunk = new TextChunk();
  chunk.addText(a!);
  chunk.addText(b!);
  chunk.addText(c!);
  expect(chunk.text()).toBe('Claudia Sheinbaum said');
  expectPosition(chunk.startPosition(8), b!, 0);
  expectPosition(chunk.endPosition(17), c!, 4);
  expectSameNodes(chunk.nodesBetween(0, 17), [a!, b!, c!]);
  expectSameNodes(chunk.nodesBetween(8, 13), [b!]);
});

test('takes complete blocks and keeps the block in progress', () => {
  const [a, b, c] = textNodes('first', 'second', 'third');
  const chunk = new TextChunk();
  chunk.addText(a!);
  chunk.addBlockBreak();
  chunk.addText(b!);
  chunk.addBlockBreak();
  chunk.addText(c!);
  const taken = chunk.takeCompleteBlocks();
  expect(taken.text()).toBe(`first${BLOCK_SEPARATOR}second${BLOCK_SEPARATOR}`);
  expect(chunk.text()).toBe('third');
  expectPosition(chunk.startPosition(0), c!, 0);
});

test('does not start a block with a separator or a line break', () => {
  const chunk = new TextChunk();
  chunk.addBlockBreak();
  chunk.addLineBreak();
  chunk.addText(textNodes('x')[0]!);
  expect(chunk.text()).toBe('x');
});

test('reads a node only once, even when the page moves it ahead of the walk', () => {
  const [a, b] = textNodes('Marco ', 'Rubio');
  const chunk = new TextChunk();
  chunk.addText(a!);
  chunk.addText(b!);
  chunk.addText(a!);
  expect(chunk.text()).toBe('Marco Rubio');
});

test('a node read in an earlier chunk can be read again in a later one', () => {
  const [a] = textNodes('Rubio');
  const chunk = new TextChunk();
  chunk.addText(a!);
  chunk.addBlockBreak();
  expect(chunk.takeCompleteBlocks().text()).toBe(`Rubio${BLOCK_SEPARATOR}`);
  chunk.addText(a!);
  expect(chunk.text()).toBe('Rubio');
});
