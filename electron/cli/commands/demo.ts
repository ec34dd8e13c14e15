// `demo --people N [--seed S]`: fills an empty registry with a synthetic one, the same for the
// same seed (and the same --today), for trying the app and for the benchmark.
import { InvalidArgumentError } from 'commander';
import { isPlausibleBirthDate } from '../../contract/validation';
import { fillDemoRegistry } from '../../registry/demo/generate';
import { emit, type GlobalOptions } from '../output';
import { dbPathOf, withRegistry } from './registry';

export interface DemoCommandOptions extends GlobalOptions {
  readonly people: number;
  readonly seed: number;
  readonly today: string;
  readonly force?: boolean;
}

/** `--people`: 1 to 5 million. */
export function peopleCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 5_000_000) throw new InvalidArgumentError('人数应为 1–5000000 的整数');
  return n;
}

export function seedValue(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new InvalidArgumentError('种子应为 0–4294967295 的整数');
  return n;
}

/** `--today`: a real date, YYYY-MM-DD. */
export function demoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isPlausibleBirthDate(value.replaceAll('-', ''), new Date('9999-12-31'))) {
    throw new InvalidArgumentError('日期应为 YYYY-MM-DD');
  }
  return value;
}

/** Today in the office's calendar (local time), YYYY-MM-DD. */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export async function demo(options: DemoCommandOptions): Promise<void> {
  const started = performance.now();
  const result = await withRegistry(options, (r) =>
    fillDemoRegistry(r.db, {
      people: options.people,
      seed: options.seed,
      today: options.today,
      force: options.force ?? false,
      // Progress goes to stderr so that --json output stays one document.
      onProgress: (written) => {
        if (process.stderr.isTTY) process.stderr.write(`\r已生成 ${written} / ${options.people} 人`);
      },
    }),
  );
  if (process.stderr.isTTY) process.stderr.write('\n');
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  emit(
    options,
    { db: dbPathOf(options), ...result, seconds },
    `已生成演示登记库：${result.people} 人（种子 ${result.seed}，截至 ${result.today}；项目：${result.programs.join('、') || '无'}），用时 ${seconds} 秒`,
  );
}
