// Deterministic material for the matcher benchmark: a seeded generator of mixed English and
// Spanish news-like text and of realistic dictionaries of any size.

import type { MatcherTerm } from '../lib/matcher/index';

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENGLISH = (
  'the of and to in a is that for on was with as by at from his her they have has had ' +
  'said government president military officials would could security border drug cartel ' +
  'operations strikes country policy minister foreign national state public report week ' +
  'people leaders pressure talks trade migration economy support against after during ' +
  'under between federal agency campaign election court legal evidence statement former'
).split(' ');

const SPANISH = (
  'el la de que y en los las del por con para una un se su al como más pero sus ' +
  'gobierno presidenta militar frontera política seguridad acción país también según ' +
  'organización terrorista extranjera cárteles soberanía intervención cooperación ' +
  'información mañanera declaró afirmó secretaría relación económica migración después'
).split(' ');

const FIRST = (
  'Maria Jose Juan Ana Luis Carmen Carlos Elena Miguel Laura John Mary James Sarah Robert ' +
  'Linda Michael Karen David Susan Pedro Lucia Jorge Sofia Andres Paula Diego Marta Pablo Rosa ' +
  'Beatriz Gustavo Hector Ignacio Karla Olga Quentin Ursula Victor Walter Xavier Yolanda Zoe ' +
  'Fernando Isabel Nicolas Teresa Emilio Gloria Rafael Veronica Ulises Bruno Irene Omar'
).split(' ');

// Surname syllables: combined, they give thousands of distinct, varied surnames.
const SYLLABLES = (
  'ka lo mer san ti ro vel an dre gu bel chi do fer har is jo ku mi na or pe qui ras su tor ' +
  'ur va wen xi ya zu bra cle fro gli pla stro tre ves mon dal'
).split(' ');

const ORG_HEAD = (
  'National Council Institute Ministry Federal Office Bureau Commission Agency Union ' +
  'Alliance Foundation Committee Authority Tribunal Secretariat'
).split(' ');
const ORG_TAIL = (
  'Security Migration Trade Energy Health Justice Water Transport Finance Defense Labor ' +
  'Education Housing Culture Fisheries Aviation'
).split(' ');

/** A surname of two or three syllables, capitalized. */
function surname(rand: () => number): string {
  const parts = rand() < 0.5 ? 2 : 3;
  let name = '';
  for (let i = 0; i < parts; i++) name += pick(rand, SYLLABLES);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Aliases of the source article's names, roughly as the bundled dataset declares them. */
export const REAL_TERMS: MatcherTerm[] = [
  ['sheinbaum', 'Claudia Sheinbaum'],
  ['sheinbaum', 'Sheinbaum'],
  ['trump', 'Donald Trump'],
  ['rubio', 'Marco Rubio'],
  ['infantino', 'Gianni Infantino'],
  ['fifa', 'FIFA'],
  ['desantis', 'Ron DeSantis'],
  ['amlo', 'Andrés Manuel López Obrador'],
  ['amlo', 'López Obrador'],
  ['usa', 'United States'],
  ['usa', 'Estados Unidos'],
  ['usa', 'EE. UU.'],
  ['mexico', 'Mexico'],
  ['mexico-city', 'Mexico City'],
  ['fto', 'foreign terrorist organization'],
  ['fto', 'organización terrorista extranjera'],
  ['combatants', 'enemy combatants'],
  ['niac', 'non-international armed conflict'],
  ['ejk', 'extrajudicial killings'],
  ['oval', 'Oval Office'],
  ['caribbean', 'Caribbean'],
  ['cartels', 'drug cartels'],
  ['congress', 'Congress'],
  ['washington', 'Washington'],
].map(([entryId, alias]) => ({ entryId: entryId ?? '', alias: alias ?? '' }));

const CASE_SENSITIVE: MatcherTerm[] = [
  { entryId: 'trump', alias: 'Trump', caseSensitive: true },
  { entryId: 'un', alias: 'UN', caseSensitive: true },
  { entryId: 'usa', alias: 'US', caseSensitive: true },
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/** `count` distinct synthetic aliases: people, organizations and places. */
export function syntheticAliases(count: number, seed = 7): string[] {
  const rand = seededRandom(seed);
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < count) {
    const kind = rand();
    let alias: string;
    if (kind < 0.55) alias = `${pick(rand, FIRST)} ${surname(rand)}`;
    else if (kind < 0.65) alias = surname(rand);
    else if (kind < 0.8) alias = `${surname(rand)} ${pick(rand, ORG_HEAD)}`;
    else if (kind < 0.9) alias = `${pick(rand, ORG_HEAD)} of ${pick(rand, ORG_TAIL)}`;
    else alias = `San ${surname(rand)} de ${surname(rand)}`;
    if (seen.has(alias)) continue;
    seen.add(alias);
    out.push(alias);
  }
  return out;
}

/** A dictionary of exactly `size` terms: the real ones first, then synthetic ones. */
export function dictionary(size: number): MatcherTerm[] {
  const real = [...REAL_TERMS, ...CASE_SENSITIVE];
  const synthetic = syntheticAliases(Math.max(0, size - real.length)).map((alias, i) => ({
    entryId: `synthetic-${i}`,
    alias,
  }));
  return [...real, ...synthetic].slice(0, size);
}

/** About `bytes` characters of paragraphs mixing English and Spanish, with names sprinkled. */
export function mixedText(bytes: number, seed = 42): string {
  const rand = seededRandom(seed);
  const names = [
    ...REAL_TERMS.map((t) => t.alias),
    'Trump',
    'US',
    'UN',
    'Sheinbaum’s',
    'México',
    ...syntheticAliases(3000),
  ];
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const spanish = rand() < 0.4;
    const words: string[] = [];
    const length = 8 + Math.floor(rand() * 20);
    for (let i = 0; i < length; i++) {
      if (rand() < 0.06) words.push(pick(rand, names));
      else words.push(pick(rand, spanish ? SPANISH : ENGLISH));
    }
    const first = words[0] ?? '';
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    const sentence = `${words.join(rand() < 0.1 ? '\u00a0' : ' ')}${rand() < 0.2 ? ' —' : '.'} `;
    parts.push(rand() < 0.08 ? `${sentence}\n\n` : sentence);
    size += sentence.length;
  }
  return parts.join('');
}
