// Timing for the benchmark: each case runs over several terms of its kind in turn (so no one
// cached answer stands for all), after a warm-up, and reports percentiles in milliseconds.

export interface Timing {
  readonly runs: number;
  readonly p50: number;
  readonly p95: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

/** A case that is slow stops early, after at least this many runs, rather than hold up the rest. */
const BUDGET_MS = 20_000;
const MIN_RUNS = 10;

/**
 * Runs `work(term)` `runs` times, cycling through `terms`, after one warm-up pass over them; a
 * slow case stops once it has used its time budget (the runs actually made are reported).
 */
export function time<T>(terms: readonly T[], runs: number, work: (term: T) => unknown): Timing {
  for (const term of terms) work(term);
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs && (i < MIN_RUNS || performance.now() - started < BUDGET_MS); i++) {
    const term = terms[i % terms.length];
    const start = process.hrtime.bigint();
    work(term);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { runs: samples.length, p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
}
