// The registry passphrase for the command line: from SANXIAN_PASSPHRASE (scripts, scheduled
// tasks), otherwise asked at the terminal without echo. Never an argument: argv is visible to
// every user of the machine (ps) and stays in the shell history.
import { read } from 'read';
import { ApiError } from '../contract/errors';
import { openRegistryHost, type RegistryHost } from '../registry/host';

export const PASSPHRASE_ENV = 'SANXIAN_PASSPHRASE';
/** `restore` of a backup made under an earlier passphrase than the registry's current one. */
export const BACKUP_PASSPHRASE_ENV = 'SANXIAN_BACKUP_PASSPHRASE';

/** Asks at the terminal (stderr, so --json output stays clean); refuses when there is none. */
export async function askSecret(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new ApiError('LOCKED', `登记库已加密：请在终端中运行以输入口令，或设置环境变量 ${PASSPHRASE_ENV}`, { reason: 'NO_TERMINAL' });
  }
  return read({ prompt, silent: true, replace: '*', output: process.stderr });
}

/** The registry at `path`, unlocked with the passphrase from the environment or the terminal. */
export async function openUnlocked(path: string): Promise<RegistryHost> {
  const host = openRegistryHost({ path });
  if (host.state() === 'locked') {
    await host.unlock(process.env[PASSPHRASE_ENV] ?? (await askSecret('数据库口令：')));
  }
  return host;
}

