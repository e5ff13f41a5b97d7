import { describe, expect, test } from 'vitest';
import { compileMatcher, type MatcherTerm, type Mention } from '../../lib/matcher';

const TERMS: MatcherTerm[] = [
  { entryId: 'sheinbaum', alias: 'Claudia Sheinbaum' },
  { entryId: 'sheinbaum', alias: 'Sheinbaum' },
  { entryId: 'amlo', alias: 'Andrés Manuel López Obrador' },
  { entryId: 'trump', alias: 'Trump', caseSensitive: true },
  { entryId: 'usa', alias: 'EE. UU.' },
  { entryId: 'strasse', alias: 'Straße' },
  { entryId: 'math', alias: '𝐀𝐁𝐂' },
  { entryId: 'site', alias: 'cartels-r-us.com' },
  { entryId: 'fto', alias: 'foreign terrorist organization' },
];
const matcher = compileMatcher(TERMS);

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces mixing everything that changes length or needs special handling.
const PIECES = [
  'Claudia Sheinbaum',
  'Shein\u00adbaum’s',
  'ANDRES MANUEL LOPEZ OBRADOR',
  'Andre\u0301s Manuel López\u00a0Obrador',
  'Trump',
  'trump',
  'EE.UU.',
  'EE. UU.',
  'STRASSE',
  'İstanbul',
  'ﬁnal',
  '𝐀𝐁𝐂',
  '😀',
  'cartels-r-us.com',
  'https://example.org/Trump',
  'foreign terrorist organizations',
  'México',
  '\u2029',
  '\n',
  ',',
  '—',
];

/** A long text of random pieces separated by spaces. */
function randomText(seed: number, pieces: number): string {
  const next = random(seed);
  const parts: string[] = [];
  for (let i = 0; i < pieces; i++) parts.push(PIECES[Math.floor(next() * PIECES.length)] ?? '');
  return parts.join(' ');
}

/** Mentions shifted left by `by`. */
function shifted(mentions: Mention[], by: number): Mention[] {
  return mentions.map((m) => ({ ...m, start: m.start - by, end: m.end - by }));
}

describe('the result does not depend on where or how the text is stored', () => {
  const text = randomText(1, 6000);
  const expected = matcher.find(text);

  test('the text is long and has many mentions', () => {
    expect(text.length).toBeGreaterThan(60_000);
    expect(expected.length).toBeGreaterThan(2000);
  });

  test('padding the start moves every mention and changes nothing else', () => {
    for (let pad = 1; pad <= 48; pad++) {
      const found = matcher.find(`${' '.repeat(pad)}${text}`);
      expect(shifted(found, pad)).toEqual(expected);
    }
  });

  test('a slice or a concatenation gives the same mentions as a flat string', () => {
    const sliced = `xx${text}`.slice(2);
    const joined = [text.slice(0, 30_000), text.slice(30_000)].join('');
    expect(matcher.find(sliced)).toEqual(expected);
    expect(matcher.find(joined)).toEqual(expected);
  });

  test('cutting the text at a space between mentions keeps the mentions before the cut', () => {
    let cut = text.indexOf(' ', 20_000);
    while (expected.some((m) => m.start < cut && m.end > cut)) cut = text.indexOf(' ', cut + 1);
    expect(matcher.find(text.slice(0, cut))).toEqual(expected.filter((m) => m.end <= cut));
  });
});

describe('random text never breaks the matcher', () => {
  const ALPHABET = [
    'a',
    'é',
    'İ',
    'ß',
    'ﬁ',
    'S',
    'T',
    '\u0301',
    '\u00ad',
    '\u200b',
    '\ufeff',
    ' ',
    '\u00a0',
    '\n',
    '\u2029',
    '.',
    '@',
    ':',
    '/',
    '-',
    '’',
    "'",
    '\ud800',
    '\udc00',
    '😀',
    '𝐀',
    'ñ',
    'x',
  ];

  test.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i', (seed) => {
    const next = random(seed);
    const fuzzTerms: MatcherTerm[] = [];
    const word = (length: number): string => {
      let s = '';
      for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
      return s;
    };
    for (let i = 0; i < 40; i++) fuzzTerms.push({ entryId: `e${i}`, alias: word(1 + (i % 6)) });
    const fuzz = compileMatcher(fuzzTerms);
    const text = word(20_000);
    const mentions = fuzz.find(text);
    let previousEnd = 0;
    for (const m of mentions) {
      expect(m.start).toBeGreaterThanOrEqual(previousEnd);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(text.length);
      previousEnd = m.end;
    }
    expect(shifted(fuzz.find(`  ${text}`), 2)).toEqual(mentions);
  });
});
