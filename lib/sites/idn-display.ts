// Which international labels are shown in Unicode, following the rules the address bars of
// Chromium and Firefox apply (Chromium's IDNSpoofChecker, Firefox's "moderately restrictive"
// network.IDN.restriction_profile), so that a name never looks more trustworthy here than in
// the browser. A label stays in punycode unless all of these hold:
//
// 1. It is a valid international label (`idn-label.ts`).
// 2. Every character is a letter, a combining mark, a decimal digit or a hyphen: no symbols,
//    emoji or punctuation (UTS 39 identifier characters, simplified).
// 3. Its letters come from one script, or from one of the combinations UTS 39's "highly
//    restrictive" level allows: Latin + Han + Hiragana + Katakana (Japanese), Latin + Han +
//    Bopomofo (Chinese), Latin + Han + Hangul (Korean). Digits, hyphens and marks belong to
//    no script. Latin mixed with Cyrillic or Greek, the usual spoof, fails here.
// 4. It is not a whole-script confusable: a label written only with the Cyrillic (or Greek)
//    letters that look like Latin ones (`аррӏе`, xn--80ak6aa92e) stays in punycode, unless the
//    top-level domain is written in that script (`.рф`, `.ελ`) or is a country code where the
//    script is at home (Chromium's list: bg, by, kz, mk, mn, rs, ru, su, ua, uz for Cyrillic;
//    gr and cy for Greek).
//
// Not followed: Chromium's comparison against its list of top domains and its per-character
// rules for look-alike Latin letters (dotless i, thorn). Pure logic.

import { decodeAceLabel } from './idn-label';

const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Hebrew',
  'Arabic',
  'Syriac',
  'Thaana',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Tibetan',
  'Myanmar',
  'Georgian',
  'Hangul',
  'Ethiopic',
  'Khmer',
  'Mongolian',
  'Hiragana',
  'Katakana',
  'Bopomofo',
  'Han',
] as const;
type Script = (typeof SCRIPTS)[number];

// Built on first use: the content script reads hosts in every page but never displays them, and
// each Unicode script class costs a table to build.
let builtPatterns: (readonly [Script, RegExp])[] | null = null;
const scriptPatterns = () =>
  (builtPatterns ??= SCRIPTS.map(
    (script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const,
  ));
const IDENTIFIER_CHAR = /^[\p{L}\p{M}\p{Nd}-]$/u;
// Characters of no script of their own: digits, the hyphen, combining marks, the Japanese
// prolonged sound mark.
const NO_SCRIPT = /^[\p{Script=Common}\p{Script=Inherited}]$/u;

const ALLOWED_MIXES: readonly (readonly Script[])[] = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];

/** Letters of a script that, on their own, can spell what reads as a Latin word. */
const LATIN_LOOKALIKES: Partial<Record<Script, RegExp>> = {
  Cyrillic: /^[асԁеһіјӏорԛѕԝхуъьҽпгѵѡ\p{M}\p{Nd}-]+$/u,
  Greek: /^[αβεικνορτυχϲ\p{M}\p{Nd}-]+$/u,
};
const HOME_TLDS: Partial<Record<Script, readonly string[]>> = {
  Cyrillic: ['bg', 'by', 'kz', 'mk', 'mn', 'rs', 'ru', 'su', 'ua', 'uz'],
  Greek: ['gr', 'cy'],
};

/** The labels of a host as shown: each in Unicode where that is safe, else as it was. */
export function displayLabels(labels: readonly string[]): string[] {
  const tld = labels[labels.length - 1] ?? '';
  const tldText = decodeAceLabel(tld) ?? tld;
  return labels.map((label) => {
    const text = decodeAceLabel(label);
    return text !== null && safeToShow(text, tldText) ? text : label;
  });
}

function safeToShow(text: string, tld: string): boolean {
  const chars = [...text];
  if (!chars.every((char) => IDENTIFIER_CHAR.test(char))) return false;
  const scripts = new Set<Script>();
  for (const char of chars) {
    if (NO_SCRIPT.test(char)) continue;
    const script = scriptOf(char);
    if (!script) return false;
    scripts.add(script);
  }
  if (
    scripts.size > 1 &&
    !ALLOWED_MIXES.some((mix) => [...scripts].every((s) => mix.includes(s)))
  ) {
    return false;
  }
  const [only] = scripts;
  if (scripts.size !== 1 || !only) return scripts.size > 0;
  return !LATIN_LOOKALIKES[only]?.test(text) || scriptAtHome(only, tld);
}

function scriptOf(char: string): Script | null {
  return scriptPatterns().find(([, pattern]) => pattern.test(char))?.[0] ?? null;
}

function scriptAtHome(script: Script, tld: string): boolean {
  if (HOME_TLDS[script]?.includes(tld)) return true;
  const letters = [...tld].filter((char) => !NO_SCRIPT.test(char));
  return letters.length > 0 && letters.every((char) => scriptOf(char) === script);
}
