import { describe, expect, test } from 'vitest';
import { BlockWalker } from '../../lib/page/block-walker';
import { BLOCK_SEPARATOR, TextChunk } from '../../lib/page/text-chunk';

/** Walks `root` in steps of `budget` nodes and returns the text read, with ¶ for block breaks. */
function readText(walker: BlockWalker, budget = 1_000_000): string {
  const chunk = new TextChunk();
  const sink = {
    text: (node: Text) => chunk.addText(node),
    lineBreak: () => chunk.addLineBreak(),
    blockBreak: () => chunk.addBlockBreak(),
    shadowRoot() {},
    customElement() {},
  };
  while (!walker.step(sink, budget));
  chunk.addBlockBreak();
  return chunk.takeCompleteBlocks().text().replaceAll(BLOCK_SEPARATOR, '¶');
}

/** Puts `html` in the body and reads it. */
function walkText(html: string, budget?: number): { text: string } {
  document.body.innerHTML = html;
  return { text: readText(new BlockWalker(document.body), budget) };
}

test('a shallow walk reads only the lines of its root, not the blocks nested in it', () => {
  document.body.innerHTML =
    '<div id="feed">Claudia <b>Sheinbaum</b><article>Rubio</article>tail</div>';
  const walker = new BlockWalker(document.getElementById('feed')!, { shallow: true });
  expect(readText(walker)).toBe('Claudia Sheinbaum¶tail¶');
});

describe('BlockWalker', () => {
  test.each([
    [
      'inline tags join',
      '<p>foreign <em>terrorist</em> organization</p>',
      'foreign terrorist organization¶',
    ],
    ['links join', '<p>Claudia <a href="#">Sheinbaum</a> said</p>', 'Claudia Sheinbaum said¶'],
    ['paragraphs split', '<p>Claudia</p><p>Sheinbaum</p>', 'Claudia¶Sheinbaum¶'],
    ['list items split', '<ul><li>Marco</li><li>Rubio</li></ul>', 'Marco¶Rubio¶'],
    ['table cells split', '<table><tr><td>Ron</td><td>DeSantis</td></tr></table>', 'Ron¶DeSantis¶'],
    ['divs split', '<div>a<div>b</div>c</div>', 'a¶b¶c¶'],
    ['custom elements split', '<p>Marco<x-name>Rubio</x-name></p>', 'Marco¶Rubio¶'],
    ['br is a line break', '<p>Claudia<br>Sheinbaum</p>', 'Claudia\nSheinbaum¶'],
    ['scripts skipped', '<p>a<script>Trump()</script>b</p>', 'ab¶'],
    ['styles skipped', '<style>.Trump{}</style><p>x</p>', 'x¶'],
    ['code and pre skipped', '<p>a<code>Trump</code></p><pre>Trump</pre>', 'a¶'],
    [
      'visible skipped content ends a line',
      '<p>Claudia <code>x</code> Sheinbaum</p>',
      'Claudia ¶ Sheinbaum¶',
    ],
    [
      'hidden content does not',
      '<p>Claudia <span hidden>x</span>Sheinbaum</p>',
      'Claudia Sheinbaum¶',
    ],
    [
      'form fields skipped',
      '<textarea>Trump</textarea><select><option>Trump</option></select>',
      '',
    ],
    [
      'contenteditable skipped',
      '<div contenteditable>Trump</div><div contenteditable="false">ok</div>',
      'ok¶',
    ],
    ['hidden skipped', '<p hidden>Trump</p><p>ok</p>', 'ok¶'],
    ['svg skipped', '<svg><text>Trump</text></svg><p>ok</p>', 'ok¶'],
    ['our UI skipped', '<context-cards-ui>Trump</context-cards-ui><p>ok</p>', 'ok¶'],
  ])('%s', (_name, html, expected) => {
    expect(walkText(html).text).toBe(expected);
  });

  test('resumes across any number of steps with the same result', () => {
    const html = '<p>one <b>two</b></p><ul><li>three</li><li>four <i>five</i></li></ul><p>six</p>';
    const whole = walkText(html).text;
    expect(walkText(html, 1).text).toBe(whole);
    expect(walkText(html, 2).text).toBe(whole);
  });

  test('reports open shadow roots', () => {
    document.body.innerHTML = '<div id="host"></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Rubio</p>';
    let roots = 0;
    const walker = new BlockWalker(document.body);
    const sink = {
      text() {},
      lineBreak() {},
      blockBreak() {},
      customElement() {},
      shadowRoot: () => void roots++,
    };
    while (!walker.step(sink, 100));
    expect(roots).toBe(1);
  });

  test('stops and says so when the node it was at is removed', () => {
    document.body.innerHTML = '<p>a</p><p>b</p><p>c</p>';
    const walker = new BlockWalker(document.body);
    const sink = {
      text() {},
      lineBreak() {},
      blockBreak() {},
      shadowRoot() {},
      customElement() {},
    };
    walker.step(sink, 3); // body, p, "a": now at the second paragraph
    document.body.children[1]!.remove();
    expect(walker.step(sink, 100)).toBe(true);
    expect(walker.interrupted).toBe(true);
  });

  // Last: happy-dom itself recurses when such a tree is later replaced.
  test('walks 10,000-deep nesting without recursion', () => {
    const html = '<span>'.repeat(10_000) + 'Sheinbaum' + '</span>'.repeat(10_000);
    expect(walkText(html).text).toBe('Sheinbaum¶');
  });
});
