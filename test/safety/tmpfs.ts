// A small, really full disk: a tmpfs mounted over a folder of the test. Mounting needs root (or
// CAP_SYS_ADMIN) on Linux, which CI has; elsewhere the caller skips with the reason returned.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

/** Mounts a tmpfs of `bytes` at `dir`; returns why not, or null when mounted. */
export function mountTmpfs(dir: string, bytes: number): string | null {
  if (process.platform !== 'linux') return `a tmpfs can only be mounted on Linux (this is ${process.platform})`;
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim().split('\n')[0];
    return `mounting a ${bytes}-byte tmpfs is not permitted here (needs root or CAP_SYS_ADMIN): ${stderr || (error as Error).message}`;
  }
}

export function unmount(dir: string): void {
  execFileSync('umount', [dir], { stdio: 'pipe' });
}
