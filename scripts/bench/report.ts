// The benchmark's output: one JSON document (for tracking over time) and the same figures as a
// table for people.
import type { Timing } from './measure';

export interface CaseResult {
  readonly name: string;
  /** The terms used, in turn. */
  readonly terms: readonly string[];
  /** Average total matches per term (what the result page says as 共 N 人). */
  readonly matches: number | null;
  readonly timing: Timing;
  /** The same question as a plain LIKE '%term%' full scan, when there is one. */
  readonly like: Timing | null;
  /** timing.p50 / like.p50. */
  readonly ratioToLike: number | null;
}

export interface BenchReport {
  readonly people: number;
  readonly seed: number;
  readonly today: string;
  readonly programs: readonly string[];
  readonly counts: Readonly<Record<string, number>>;
  readonly demoBuildSeconds: number;
  readonly demoBuiltThisRun: boolean;
  /** The ARCHITECTURE.md aim, and the limit, for every search's p95. */
  readonly targetP95Ms: { readonly aim: number; readonly limit: number };
  readonly cases: readonly CaseResult[];
}

const cell = (value: string, width: number): string => {
  // CJK characters take two columns in a terminal.
  const shown = [...value].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  return value + ' '.repeat(Math.max(0, width - shown));
};

/** search time / LIKE time: 1/250 reads "250 times faster than the scan". */
const ratio = (r: number | null): string => (r === null ? '' : r < 1 ? `1/${Math.round(1 / r)}` : r.toFixed(1));

const ms = (t: Timing | null, key: 'p50' | 'p95'): string => (t === null ? '' : t[key].toFixed(3));

export function table(report: BenchReport): string {
  const head = ['case', 'terms (first)', 'matches', 'p50 ms', 'p95 ms', 'LIKE p50 ms', 'to LIKE'];
  const widths = [56, 16, 9, 9, 9, 12, 10];
  const rows = report.cases.map((c) => [
    c.name,
    c.terms[0] ?? '',
    c.matches === null ? '' : String(Math.round(c.matches)),
    ms(c.timing, 'p50'),
    ms(c.timing, 'p95'),
    ms(c.like, 'p50'),
    ratio(c.ratioToLike),
  ]);
  const line = (cells: string[]) => cells.map((v, i) => cell(v, widths[i])).join(' ').trimEnd();
  const counts = Object.entries(report.counts).map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    `registry: ${report.people} people (seed ${report.seed}, as of ${report.today}); ${counts}`,
    `programs seeded: ${report.programs.join(', ') || 'none'}`,
    `demo build: ${report.demoBuildSeconds} s${report.demoBuiltThisRun ? '' : ' (built by an earlier run, reused from .bench/)'}`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `target: every search p95 <= ${report.targetP95Ms.aim} ms (ARCHITECTURE.md), at worst < ${report.targetP95Ms.limit} ms (issue 3)`,
  ].join('\n');
}
