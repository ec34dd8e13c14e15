// What the CLI prints: with --json exactly one JSON document on stdout and nothing else there;
// without it, short lines for people. Errors always go to stderr with a non-zero exit.
import { ApiError } from '../contract/errors';
import { toApiError } from '../registry/errors';

/** Who the audit log names for changes made from the command line. */
export const CLI_ACTOR = '命令行';

export interface GlobalOptions {
  readonly db?: string;
  readonly json?: boolean;
}

export function emit(options: GlobalOptions, value: unknown, human: string): void {
  process.stdout.write(options.json ? `${JSON.stringify(value)}\n` : `${human}\n`);
}

export function fail(error: unknown): never {
  const known = toApiError(error);
  if (known) {
    process.stderr.write(`错误（${known.code}）：${known.message}\n`);
  } else {
    process.stderr.write(`错误：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(known instanceof ApiError && known.code === 'INVALID_INPUT' ? 2 : 1);
}
