import { describe, expect, test } from 'vitest';
import { validateDataset } from '../../lib/dataset/validate';
import { entryAt, expectError, fixtureDataset } from './dataset-fixtures';

// The fixture's entry 1 is Donald Trump, with the aliases "Donald Trump" and "Trump" (case-sensitive).
const withStopPhrases = (...phrases: unknown[]) =>
  fixtureDataset((d) => (entryAt(d, 1).stopPhrases = phrases));

describe('stop phrases', () => {
  test('are optional, and kept as written when valid', () => {
    expect(validateDataset(fixtureDataset()).ok).toBe(true);
    const input = withStopPhrases(
      { text: 'trump card', lang: 'en' },
      { text: 'Melania Trump' },
      { text: 'Donald Trump Jr.', caseSensitive: true },
    );
    const result = validateDataset(input);
    expect(result.ok ? result.dataset.entries[1]?.stopPhrases : result.errors).toEqual([
      { text: 'trump card', lang: 'en' },
      { text: 'Melania Trump' },
      { text: 'Donald Trump Jr.', caseSensitive: true },
    ]);
  });

  test('are written like aliases', () => {
    const at = 'entries[1].stopPhrases[0]';
    expectError(withStopPhrases({ text: 'T' }), `${at}.text`, /^Must be at least 2 characters/);
    expectError(withStopPhrases({ text: '—…' }), `${at}.text`, /^Must contain at least one letter/);
    expectError(withStopPhrases({ text: ' trump card' }), `${at}.text`, /^Must not start or end/);
    expectError(
      withStopPhrases({ text: 'trump card', caseSensitive: 1 }),
      `${at}.caseSensitive`,
      /^Must be true or false, but this is the number 1\.$/,
    );
    expectError(
      withStopPhrases({ text: 'trump card', lang: 'fr' }),
      `${at}.lang`,
      /^Must be one of "en", "es"/,
    );
    expectError(
      withStopPhrases({ txt: 'trump card' }),
      `${at}.txt`,
      /^Unknown field "txt"\. Check its spelling; a stop phrase has the fields text, caseSensitive, lang\.$/,
    );
    expectError(withStopPhrases('trump card'), at, /^Must be a stop phrase: an object/);
    expectError(
      fixtureDataset((d) => (entryAt(d, 1).stopPhrases = 'trump card')),
      'entries[1].stopPhrases',
      /^Must be a list/,
    );
    const many = Array.from({ length: 51 }, (_, i) => ({ text: `Trump ${i + 1}` }));
    expectError(
      withStopPhrases(...many),
      'entries[1].stopPhrases',
      /^Has 51 stop phrases; the limit is 50\.$/,
    );
  });

  test('are listed once per entry', () => {
    expectError(
      withStopPhrases({ text: 'trump card' }, { text: 'Melania Trump' }, { text: 'trump card' }),
      'entries[1].stopPhrases[2].text',
      /^This stop phrase is already listed in this entry, as stopPhrases\[0\]\.$/,
    );
  });

  test('are never an alias, of this entry or another', () => {
    expectError(
      withStopPhrases({ text: 'donald  TRUMP' }),
      'entries[1].stopPhrases[0].text',
      /^This is also an alias of "donald-trump" \(aliases\[0\]\): as a stop phrase it would keep that alias from ever being highlighted\./,
    );
    expectError(
      fixtureDataset((d) => (entryAt(d, 2).stopPhrases = [{ text: 'Trump' }])),
      'entries[2].stopPhrases[0].text',
      /^This is also an alias of "donald-trump" \(aliases\[1\]\)/,
    );
  });

  test('contain one of their entry’s aliases, as whole words', () => {
    const message =
      /^A stop phrase keeps one of this entry's aliases \(such as "Donald Trump"\) from being highlighted inside a longer phrase that names something else, so it must contain one of them; this one contains none\.$/;
    expectError(
      withStopPhrases({ text: 'Washington Post' }),
      'entries[1].stopPhrases[0].text',
      message,
    );
    expectError(
      withStopPhrases({ text: 'Trumpeter swan' }),
      'entries[1].stopPhrases[0].text',
      message,
    );
    // An alias of another entry does not count.
    expectError(
      withStopPhrases({ text: 'Sheinbaum Street' }),
      'entries[1].stopPhrases[0].text',
      message,
    );
    // Case, accents and a plural ending do not matter.
    const loose = withStopPhrases({ text: 'TRUMP CARD' }, { text: 'the Trumps of Queens' });
    expect(validateDataset(loose).ok).toBe(true);
  });
});
