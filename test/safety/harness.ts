// The kill harness: starts the bundled child on a fresh copy of the template, SIGKILLs it at a
// random moment and asks the test's judge what the files hold now. The moments are spread over
// the operation's real duration, measured by one uncut run: most kills aim inside the operation
// (between the child's "start" and "done"), some at start-up before it and some just after it.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export type State = 'before' | 'after' | 'between';

export interface Verdict {
  readonly state: State;
  /** integrity_check said ok and foreign_key_check found nothing. */
  readonly healthy: boolean;
  /** What was found, for the failure message. */
  readonly detail: string;
}

export interface Timing {
  /** Spawn to the child's "start": Node's start-up, loading the bundle, opening the registry. */
  readonly startupMs: number;
  /** "start" to "done": the operation itself. */
  readonly operationMs: number;
}

interface Run {
  readonly started: number | null;
  readonly done: number | null;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

type Aim = { readonly phase: 'spawn' | 'start'; readonly ms: number } | null;

function runChild(child: string, args: readonly string[], aim: Aim): Promise<Run> {
  return new Promise((resolve, reject) => {
    const spawned = performance.now();
    const proc = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SANXIAN_LOG: 'warn' } });
    let started: number | null = null;
    let done: number | null = null;
    let stderr = '';
    const kill = () => proc.kill('SIGKILL');
    let timer = aim?.phase === 'spawn' ? setTimeout(kill, aim.ms) : undefined;
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const now = performance.now();
      if (started === null && chunk.includes('start')) {
        started = now;
        if (aim?.phase === 'start') timer = setTimeout(kill, aim.ms);
      }
      if (chunk.includes('done')) done = now;
    });
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      const rel = (t: number | null) => (t === null ? null : t - spawned);
      resolve({ started: rel(started), done: rel(done), code, signal, stderr });
    });
  });
}

/** Runs the operation to its end (the caller prepared the files `args` name) and times it. */
export async function uncutRun(child: string, args: readonly string[]): Promise<Timing> {
  const run = await runChild(child, args, null);
  if (run.code !== 0 || run.started === null || run.done === null) throw new Error(`the uncut run failed (exit ${run.code}): ${run.stderr}`);
  return { startupMs: run.started, operationMs: run.done - run.started };
}

/**
 * The shorter of two timings: a run slowed by the other test files starting up would aim most
 * kills past the end of the operation.
 */
export const quicker = (a: Timing, b: Timing): Timing => ({ startupMs: Math.min(a.startupMs, b.startupMs), operationMs: Math.min(a.operationMs, b.operationMs) });

/**
 * One in ten kills during start-up, eight in ten inside the operation, one in ten after its
 * expected end (up to twice its length: a run slower than expected then still finishes now and
 * then, and its duration corrects the estimate).
 */
function aimAt(timing: Timing): NonNullable<Aim> {
  const { random } = Math;
  const r = random();
  if (r < 0.1) return { phase: 'spawn', ms: random() * timing.startupMs };
  if (r < 0.9) return { phase: 'start', ms: random() * timing.operationMs };
  return { phase: 'start', ms: timing.operationMs * (1 + random()) };
}

/**
 * The estimate follows the machine's load, which changes during the hundred runs (other test
 * files, other users): moved halfway towards a run that finished, and raised to a kill aimed
 * past the expected end that still found the operation running. A stale estimate would aim
 * every kill at the start of the operation or past its end.
 */
function updated(timing: Timing, run: Run, aim: NonNullable<Aim>): Timing {
  if (run.started !== null && run.done !== null) {
    return { startupMs: (timing.startupMs + run.started) / 2, operationMs: (timing.operationMs + run.done - run.started) / 2 };
  }
  if (run.started !== null && aim.phase === 'start' && aim.ms > timing.operationMs) return { ...timing, operationMs: aim.ms };
  return timing;
}

export interface KillPlan {
  readonly label: string;
  readonly kills: number;
  readonly child: string;
  readonly timing: Timing;
  /** Lays out a fresh copy of the starting files in `dir`; returns the child's arguments. */
  prepare(dir: string): readonly string[];
  judge(dir: string): Verdict;
  /** Names the two states in the summary, e.g. "no backup" / "complete backup". */
  readonly stateNames?: { readonly before: string; readonly after: string };
}

export interface KillReport {
  readonly states: Readonly<Record<State, number>>;
  readonly healthy: number;
  /** Kills that landed after "start" and before "done": inside the operation. */
  readonly midOperation: number;
  /** Runs that finished before their kill came. */
  readonly finished: number;
  readonly failures: readonly string[];
  readonly summary: string;
}

export async function killRepeatedly(plan: KillPlan, workDir: string): Promise<KillReport> {
  const states: Record<State, number> = { before: 0, between: 0, after: 0 };
  let healthy = 0;
  let midOperation = 0;
  let finished = 0;
  let survived = 0;
  let timing = plan.timing;
  const failures: string[] = [];
  for (let i = 0; i < plan.kills; i += 1) {
    const dir = join(workDir, `kill-${i}`);
    mkdirSync(dir, { recursive: true });
    const aim = aimAt(timing);
    const run = await runChild(plan.child, plan.prepare(dir), aim);
    timing = updated(timing, run, aim);
    if (run.signal !== 'SIGKILL') finished += 1;
    else if (run.started !== null && run.done === null) midOperation += 1;
    if (run.signal !== 'SIGKILL' && run.code !== 0) failures.push(`kill ${i}: the child failed on its own (exit ${run.code}): ${run.stderr}`);
    const verdict = plan.judge(dir);
    states[verdict.state] += 1;
    if (verdict.healthy) healthy += 1;
    if (verdict.state !== 'between' && verdict.healthy) survived += 1;
    else {
      failures.push(`kill ${i} (${aim.phase} + ${aim.ms.toFixed(0)} ms; child started ${run.started?.toFixed(0) ?? '-'} ms, done ${run.done?.toFixed(0) ?? '-'} ms): ${verdict.detail}`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  const names = plan.stateNames ?? { before: 'before', after: 'after' };
  const summary =
    `[safety] ${plan.label}: ${survived}/${plan.kills} kills survived (${states.before} ${names.before}, ${states.between} between, ${states.after} ${names.after}), ` +
    `integrity and foreign keys ok ${healthy}/${plan.kills}; ${midOperation} landed mid-operation, ${finished} came after the child had exited ` +
    `(operation ≈ ${timing.operationMs.toFixed(0)} ms after ≈ ${timing.startupMs.toFixed(0)} ms start-up, latest estimates)`;
  return { states, healthy, midOperation, finished, failures, summary };
}
