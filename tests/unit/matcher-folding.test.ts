import { describe, expect, test } from 'vitest';
import { compileMatcher, type MatcherTerm } from '../../lib/matcher';
import { slices } from './matcher-helpers';

const term = (alias: string, entryId = 'x'): MatcherTerm => ({ entryId, alias });

describe('case and diacritics', () => {
  test.each([
    ['lowercase text', 'Mexico', 'the mexico team', ['mexico']],
    ['uppercase text', 'Mexico', 'MEXICO WINS', ['MEXICO']],
    ['accent in the text only', 'Lopez Obrador', 'Andrés López Obrador', ['López Obrador']],
    ['accent in the alias only', 'López Obrador', 'said Lopez Obrador', ['Lopez Obrador']],
    ['accent and case together', 'mexico', 'MÉXICO y México', ['MÉXICO', 'México']],
    ['decomposed accent in the text', 'López', 'Lo\u0301pez', ['Lo\u0301pez']],
    ['ñ folds to n', 'Peña Nieto', 'PENA NIETO', ['PENA NIETO']],
    ['ß equals ss', 'Straße', 'STRASSE und strasse', ['STRASSE', 'strasse']],
    ['Greek final sigma', 'Σωκράτης', 'ο σωκρατης είπε', ['σωκρατης']],
    ['Greek tonos', 'Αθήνα', 'ΑΘΗΝΑ', ['ΑΘΗΝΑ']],
    ['dotted capital I', 'Istanbul', 'İstanbul', ['İstanbul']],
    ['ligature in the text', 'fifa', 'the ﬁfa board', ['ﬁfa']],
    ['full-width letters', 'FIFA', 'ＦＩＦＡ', ['ＦＩＦＡ']],
    ['Cyrillic', 'Москва', 'в МОСКВА', ['МОСКВА']],
  ])('%s', (_name, alias, text, expected) => {
    expect(slices([term(alias)], text)).toEqual(expected);
  });

  test('keeps Devanagari vowel signs significant', () => {
    expect(slices([term('दिल्ली')], 'नई दिल्ली में')).toEqual(['दिल्ली']);
    expect(slices([term('दिल्ली')], 'नई दल्ल में')).toEqual([]);
  });
});

describe('offsets point into the original text when folding changes its length', () => {
  test.each([
    ['İ folds to two code units', 'İİİ Sheinbaum', 4],
    ['ﬁ folds to two code units', 'ﬁﬁ Sheinbaum', 3],
    ['ß folds to two code units', 'Straße Sheinbaum', 7],
    ['a decomposed accent folds to one unit', 'Me\u0301xico Sheinbaum', 8],
    ['an astral letter takes two code units', '𝐀𝐁 Sheinbaum', 5],
  ])('%s', (_name, text, start) => {
    expect(compileMatcher([term('Sheinbaum')]).find(text)).toEqual([
      { start, end: start + 9, entryId: 'x', alias: 'Sheinbaum' },
    ]);
  });

  test('maps a match that itself contains length-changing characters', () => {
    const text = 'x İstanbul ﬁnal';
    const found = compileMatcher([term('istanbul final')]).find(text);
    expect(found.map((m) => [m.start, m.end])).toEqual([[2, 15]]);
  });
});

describe('typographic variants', () => {
  test.each([
    ['curly apostrophe in the text', "Trump's first term", 'Trump’s first term'],
    ['straight apostrophe in the text', 'Trump’s first term', "Trump's first term"],
    ['left single quote as apostrophe', "O'Brien", 'O‘Brien'],
    ['modifier letter apostrophe', "O'Brien", 'Oʼbrien'],
    ['hyphen for space', 'intelligence sharing', 'intelligence-sharing'],
    ['space for hyphen', 'non-international armed conflict', 'non international armed conflict'],
    ['non-breaking hyphen', 'non-international armed conflict', 'non‑international armed conflict'],
    ['en dash', 'US-Mexico', 'US–Mexico'],
    ['em dash', 'US-Mexico', 'US—Mexico'],
    ['no-break space', 'Claudia Sheinbaum', 'Claudia\u00a0Sheinbaum'],
    ['thin space', 'Claudia Sheinbaum', 'Claudia\u2009Sheinbaum'],
    ['ideographic space', 'Claudia Sheinbaum', 'Claudia\u3000Sheinbaum'],
    ['run of spaces and line breaks', 'Claudia Sheinbaum', 'Claudia \n\t  \r\nSheinbaum'],
    ['line separator', 'Claudia Sheinbaum', 'Claudia\u2028Sheinbaum'],
  ])('%s', (_name, alias, text) => {
    expect(slices([term(alias)], text)).toEqual([text]);
  });

  test.each([
    ['soft hyphen', 'Shein\u00adbaum'],
    ['zero-width space', 'Shein\u200bbaum'],
    ['zero-width non-joiner', 'Shein\u200cbaum'],
    ['zero-width joiner', 'Shein\u200dbaum'],
    ['word joiner', 'Shein\u2060baum'],
    ['byte order mark', 'Shein\ufeffbaum'],
    ['several of them', '\u00adS\u200bhein\u00ad\u2060baum'],
  ])('ignores a %s inside a word, covering the whole original span', (_name, text) => {
    const found = compileMatcher([term('Sheinbaum')]).find(`(${text})`);
    expect(found).toHaveLength(1);
    const [m] = found;
    const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
    expect(`(${text})`.slice(m?.start, m?.end).replace(invisible, '')).toBe('Sheinbaum');
    // Invisible characters before the first letter are not part of the mention.
    expect(`(${text})`.charAt(m?.start ?? 0)).toBe('S');
  });

  test('ignores invisible characters in the alias too', () => {
    expect(slices([term('Shein\u00adbaum')], 'Sheinbaum')).toEqual(['Sheinbaum']);
  });
});
