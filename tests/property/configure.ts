// Gives every property-based test the run's seed (see seed.ts) and a modest number of runs,
// so that they add seconds, not minutes, to the unit tests.

import fc from 'fast-check';
import { inject } from 'vitest';

fc.configureGlobal({ seed: inject('fcSeed'), numRuns: 150 });
