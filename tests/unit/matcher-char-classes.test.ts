import { describe, expect, it } from 'vitest';
import {
  APOSTROPHE,
  BARRIER,
  classOf,
  DASH,
  IGNORABLE,
  LINKING,
  OTHER,
  SPACE,
  SURROGATE,
  WORD,
} from '../../lib/matcher/chars';

// The classes as Unicode's properties define them, written independently of lib/matcher/chars.ts,
// whose shortcut for Latin text and General Punctuation must agree with them.
function byProperties(cp: number): number {
  if (cp >= 0xd800 && cp <= 0xdfff) return SURROGATE;
  if (cp === 0x2029) return BARRIER;
  if (cp === 0x2e || cp === 0x40 || cp === 0x3a) return LINKING;
  const ignorable =
    cp === 0xad ||
    cp === 0x34f ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff;
  if (ignorable) return IGNORABLE;
  if ([0x27, 0x60, 0xb4, 0x2bc, 0x2018, 0x2019, 0x201b, 0x2032, 0xff07].includes(cp)) {
    return APOSTROPHE;
  }
  const ch = String.fromCodePoint(cp);
  if (cp === 0x2212 || /\p{Pd}/u.test(ch)) return DASH;
  if (/[\s\p{Zs}\u0085\u2028]/u.test(ch)) return SPACE;
  if (/[\p{L}\p{M}\p{N}]/u.test(ch)) return WORD;
  return OTHER;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('character classes', () => {
  it('agree with Unicode properties on Latin text and General Punctuation', () => {
    const checked = [...range(0, 0x250), ...range(0x2000, 0x2070)];
    const wrong = checked.filter((cp) => classOf(cp) !== byProperties(cp));
    expect(wrong.map((cp) => cp.toString(16))).toEqual([]);
  });

  it('agree with Unicode properties elsewhere too', () => {
    const sample = [
      ...range(0x250, 0x400),
      ...range(0x3000, 0x3010),
      ...range(0xfe00, 0xff20),
      0x1f600,
      0x10400,
    ];
    const wrong = sample.filter((cp) => classOf(cp) !== byProperties(cp));
    expect(wrong.map((cp) => cp.toString(16))).toEqual([]);
  });
});
