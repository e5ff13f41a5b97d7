// Benchmark of the matcher against its floor: one precompiled case-insensitive RegExp
// alternation of the raw aliases (`gi`, no `u` flag, with \b). Runs alternate between the two
// and the medians are compared. Timings are printed, never asserted.
// Run with: node --expose-gc bench/run.mjs bench/matcher.ts

import { compileMatcher, type MatcherTerm } from '../lib/matcher/index';
import { dictionary, mixedText } from './corpus';

const REPS = 9;
const WARMUP = 3;
const TEXT_CHARS = 6_000_000;
const SIZES = [50, 500, 5000];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The floor: longest aliases first so the leftmost alternative is also the longest. */
function floorRegExp(terms: readonly MatcherTerm[]): RegExp {
  const aliases = [...new Set(terms.map((t) => t.alias))].sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${aliases.map(escapeRegExp).join('|')})\\b`, 'gi');
}

function countRegExp(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let count = 0;
  while (re.exec(text)) count++;
  return count;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(run: () => number): { ms: number; count: number } {
  const t0 = performance.now();
  const count = run();
  return { ms: performance.now() - t0, count };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Heap plus array buffers (typed arrays live outside the JS heap). */
function memoryUsed(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

function row(cells: (string | number)[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(10) : String(c).padStart(12))).join(' ');
}

const text = mixedText(TEXT_CHARS);
const mb = text.length / 1e6;
console.log(
  `text: ${text.length.toLocaleString('en')} chars of mixed English and Spanish, ` +
    `${REPS} alternating runs after ${WARMUP} warm-up runs, medians`,
);
console.log(row(['aliases', 'ours ms/MB', 'floor ms/MB', 'ours/floor', 'ours hits', 'floor hits']));

const ours = new Map<number, number>();
const floors = new Map<number, number>();
for (const size of SIZES) {
  const terms = dictionary(size);
  const matcher = compileMatcher(terms);
  const re = floorRegExp(terms);
  for (let r = 0; r < WARMUP; r++) {
    matcher.find(text);
    countRegExp(re, text);
  }
  const a: number[] = [];
  const b: number[] = [];
  let hits = 0;
  let floorHits = 0;
  for (let r = 0; r < REPS; r++) {
    gc?.();
    const x = time(() => matcher.find(text).length);
    gc?.();
    const y = time(() => countRegExp(re, text));
    a.push(x.ms);
    b.push(y.ms);
    hits = x.count;
    floorHits = y.count;
  }
  ours.set(size, median(a) / mb);
  floors.set(size, median(b) / mb);
  const ratio = (median(a) / median(b)).toFixed(2);
  console.log(
    row([
      size,
      (median(a) / mb).toFixed(2),
      (median(b) / mb).toFixed(2),
      `${ratio}×`,
      hits,
      floorHits,
    ]),
  );
}
const first = SIZES[0] ?? 0;
const last = SIZES[SIZES.length - 1] ?? 0;
const scaling = (m: Map<number, number>): string =>
  `${((m.get(last) ?? NaN) / (m.get(first) ?? NaN)).toFixed(2)}×`;
console.log(`scaling ${last}/${first} aliases: ours ${scaling(ours)}, floor ${scaling(floors)}`);

// Compile time and retained memory for the largest dictionary.
const big = dictionary(last);
const compileTimes: number[] = [];
for (let r = 0; r < REPS; r++) compileTimes.push(time(() => compileMatcher(big).termCount).ms);
// Collect twice: array buffers are released one collection after their owners.
const settle = (): void => {
  gc?.();
  gc?.();
};
settle();
const before = memoryUsed();
const kept = compileMatcher(big);
settle();
const retained = memoryUsed() - before;
const memory = gc
  ? `${(retained / 1024 / 1024).toFixed(2)} MB retained`
  : 'memory: run with --expose-gc';
console.log(
  `compile ${kept.termCount.toLocaleString('en')} aliases: ` +
    `${median(compileTimes).toFixed(1)} ms (median), ${memory}`,
);
