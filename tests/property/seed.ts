// Picks the seed of the property-based tests once per run and prints it, so a failure seen in
// CI can be replayed: `FC_SEED=<seed> npx vitest run`. CI (where `CI` is set) always uses the
// same seed, so a red run is never a matter of luck; a local run draws a new one each time.

import type { TestProject } from 'vitest/node';

/** The seed CI runs with. */
const CI_SEED = 20_261_206;

declare module 'vitest' {
  export interface ProvidedContext {
    fcSeed: number;
  }
}

export default function setup(project: TestProject): void {
  let seed = Number.parseInt(process.env.FC_SEED ?? '', 10);
  if (!Number.isSafeInteger(seed)) {
    seed = process.env.CI ? CI_SEED : Math.floor(Math.random() * 0x7fffffff);
    process.env.FC_SEED = String(seed);
  }
  // Every project of the run runs this setup; the seed is printed by the first one only.
  if (!process.env.FC_SEED_PRINTED) {
    process.env.FC_SEED_PRINTED = '1';
    console.log(`fast-check seed: ${seed} (replay with FC_SEED=${seed} npx vitest run)`);
  }
  project.provide('fcSeed', seed);
}
