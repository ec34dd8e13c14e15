// How hard the fuzz tests try. `npm test` runs a fixed seed, so a green run stays green and a
// red one is repeatable; FUZZ_SEED=random explores new cases (fast-check prints the seed and
// the shrunk counterexample of a failure, and FUZZ_SEED=<that seed> replays it). FUZZ_SCALE
// multiplies every run count, for a long run before a release or a quick one while editing.
// The defaults keep the three files under about three minutes on a 2-core machine.
import type fc from 'fast-check';

const scale = Number(process.env.FUZZ_SCALE ?? '1');
const DEFAULT_SEED = 20261207;
const seed = process.env.FUZZ_SEED === 'random' ? undefined : Number(process.env.FUZZ_SEED ?? DEFAULT_SEED);

/** fast-check parameters for a property that should try about `runs` cases. */
export function fuzzParams<T>(runs: number, extra: fc.Parameters<T> = {}): fc.Parameters<T> {
  return { numRuns: Math.max(1, Math.round(runs * scale)), ...(seed === undefined ? {} : { seed }), ...extra };
}

/** Letters of Chinese text: every message staff see is written in it. */
export const CHINESE = /\p{Script=Han}/u;
