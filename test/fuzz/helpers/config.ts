// How hard the fuzz tests try. FUZZ_SEED replays a run (fast-check prints the seed and the
// shrunk counterexample of a failure); FUZZ_SCALE multiplies every run count, for a long run
// before a release or a quick one while editing. The defaults keep the three files under about
// three minutes on a 2-core machine.
import type fc from 'fast-check';

const scale = Number(process.env.FUZZ_SCALE ?? '1');
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** fast-check parameters for a property that should try about `runs` cases. */
export function fuzzParams<T>(runs: number, extra: fc.Parameters<T> = {}): fc.Parameters<T> {
  return { numRuns: Math.max(1, Math.round(runs * scale)), ...(seed === undefined ? {} : { seed }), ...extra };
}

/** Letters of Chinese text: every message staff see is written in it. */
export const CHINESE = /\p{Script=Han}/u;
