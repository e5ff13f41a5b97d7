// Properties of the hostname parser and of how names are shown, over generated input.

import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { canonicalHost, displayHost, parseHostInput } from '../../lib/sites/host';
import { decodeAceLabel } from '../../lib/sites/idn-label';

// Letters of a few scripts, so that generated names cover accented Latin, Cyrillic, Greek and
// Japanese, and their mixes.
const LETTERS = [
  ...'abcdefghijklmnopqrstuvwxyz0123456789',
  ...'éüñçø',
  ...'аеорсухяндк',
  ...'αβεικνορ',
  ...'例えひらカタ',
];
const label = fc
  .array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(''));
/** A hostname as a reader might type it: two to four labels, some of them international. */
const typedHost = fc
  .tuple(
    fc.array(label, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('com', 'de', 'рф', 'jp', 'org'),
  )
  .map(([labels, tld]) => [...labels, tld].join('.'));

describe('parseHostInput', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 80 })])(
    'never throws, whatever the text',
    (text) => {
      expect(() => parseHostInput(text)).not.toThrow();
    },
  );

  test.prop([fc.oneof(typedHost, fc.domain(), fc.webUrl(), fc.string({ maxLength: 40 }))])(
    'gives a canonical host, never with an empty or undecodable label',
    (text) => {
      const host = parseHostInput(text);
      if (host === null) return;
      expect(host).toBe(host.toLowerCase());
      expect(canonicalHost(host)).toBe(host);
      for (const part of host.startsWith('[') ? [] : host.split('.')) {
        expect(part).not.toBe('');
        if (part.startsWith('xn--')) expect(decodeAceLabel(part)).not.toBeNull();
      }
    },
  );

  test.prop([fc.oneof(typedHost, fc.domain())])(
    'round trip: a host read back from how it is shown is the same host',
    (text) => {
      const host = parseHostInput(text);
      if (host === null) return;
      expect(parseHostInput(host)).toBe(host);
      expect(parseHostInput(displayHost(host))).toBe(host);
    },
  );
});

describe('displayHost', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 80 })])('never throws', (text) => {
    expect(() => displayHost(text)).not.toThrow();
  });

  test.prop([typedHost])(
    'shows each label in Unicode or as it is stored, never anything else',
    (text) => {
      const host = parseHostInput(text);
      if (host === null) return;
      const shown = displayHost(host).split('.');
      host.split('.').forEach((stored, i) => {
        expect([stored, decodeAceLabel(stored)]).toContain(shown[i]);
      });
    },
  );
});
