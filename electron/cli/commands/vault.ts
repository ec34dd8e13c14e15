// `encrypt` / `decrypt`: encryption at rest from the terminal, for an administrator setting up
// a workstation or a script preparing a test registry. Passphrases come from the environment
// or the terminal, never from argv.
import { ApiError } from '../../contract/errors';
import { decryptRegistry, encryptRegistry } from '../../registry/vault/encryption';
import { CLI_ACTOR, emit, type GlobalOptions } from '../output';
import { askSecret, openUnlocked, PASSPHRASE_ENV } from '../passphrase';
import { dbPathOf } from './registry';

export const NEW_PASSPHRASE_ENV = 'SANXIAN_NEW_PASSPHRASE';

async function newPassphrase(): Promise<string> {
  const fromEnv = process.env[NEW_PASSPHRASE_ENV];
  if (fromEnv) return fromEnv;
  const first = await askSecret('新的数据库口令：');
  if ((await askSecret('再输入一次：')) !== first) throw new ApiError('INVALID_INPUT', '两次输入的口令不一致，未做任何更改');
  return first;
}

export async function encrypt(options: GlobalOptions): Promise<void> {
  const host = await openUnlocked(dbPathOf(options));
  try {
    const current = host.registry().key ? (process.env[PASSPHRASE_ENV] ?? (await askSecret('再次输入当前口令以确认更换：'))) : undefined;
    const { recoveryCode } = await encryptRegistry(host, { currentPassphrase: current, newPassphrase: await newPassphrase() }, CLI_ACTOR);
    emit(options, { db: host.path, encrypted: true, recoveryCode }, `登记库已加密。恢复码（只显示这一次，请抄下并妥善保管）：\n${recoveryCode}`);
  } finally {
    host.close();
  }
}

export async function decrypt(options: GlobalOptions): Promise<void> {
  const host = await openUnlocked(dbPathOf(options));
  try {
    const passphrase = process.env[PASSPHRASE_ENV] ?? (await askSecret('再次输入当前口令以确认解除加密：'));
    await decryptRegistry(host, passphrase, CLI_ACTOR);
    emit(options, { db: host.path, encrypted: false }, '已解除加密：登记库文件不再需要口令。');
  } finally {
    host.close();
  }
}
