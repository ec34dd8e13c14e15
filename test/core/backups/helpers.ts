// What the backup tests share besides the registry host (../helpers/host.ts): a search of the
// bytes on disk, and a passphrase.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file directly in `folder` whose bytes contain `text` (UTF-8). */
export function filesContaining(folder: string, text: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((name) => statSync(join(folder, name)).isFile() && readFileSync(join(folder, name)).includes(Buffer.from(text)));
}

export const PASSPHRASE = '春天的献血车停在广场东侧';
