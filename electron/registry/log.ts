// Scoped loggers. Everything goes to stderr so that the CLI's stdout stays pure JSON.
// SANXIAN_LOG picks the least severe level written: info (default), warn, error or silent.

export interface Logger {
  info(message: string, extra?: unknown): void;
  warn(message: string, extra?: unknown): void;
  error(message: string, extra?: unknown): void;
}

const LEVELS = { info: 0, warn: 1, error: 2, silent: 3 } as const;
type Level = keyof typeof LEVELS;

function threshold(): number {
  const wanted = process.env.SANXIAN_LOG as Level | undefined;
  return wanted !== undefined && wanted in LEVELS ? LEVELS[wanted] : LEVELS.info;
}

export function createLogger(scope: string): Logger {
  const write = (level: Exclude<Level, 'silent'>, message: string, extra?: unknown) => {
    if (LEVELS[level] < threshold()) return;
    const tail = extra === undefined ? '' : ` ${extra instanceof Error ? (extra.stack ?? extra.message) : JSON.stringify(extra)}`;
    process.stderr.write(`${new Date().toISOString()} ${level.toUpperCase()} [${scope}] ${message}${tail}\n`);
  };
  return {
    info: (m, e) => write('info', m, e),
    warn: (m, e) => write('warn', m, e),
    error: (m, e) => write('error', m, e),
  };
}
