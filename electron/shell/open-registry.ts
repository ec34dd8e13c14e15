// Opens the registry at start-up, or explains in a native dialog why it cannot. Staff cannot act
// on a stack trace; they can act on "this file comes from a newer version" and a file path.
import { dialog } from 'electron';
import { ApiError } from '../contract/errors';
import { createLogger } from '../registry/log';
import { defaultDbPath } from '../registry/paths';
import { openRegistryHost, type RegistryHost } from '../registry/host';

const log = createLogger('shell');

/**
 * The registry's host (locked when the file is encrypted: the window asks for the passphrase),
 * or null after telling the user why it could not be opened. Call after ready.
 */
export function openRegistryOrExplain(nativeBinding: string | undefined): RegistryHost | null {
  const dbPath = defaultDbPath();
  try {
    return openRegistryHost({ path: dbPath, nativeBinding });
  } catch (error) {
    // ApiErrors (DB_TOO_NEW, DB_INVALID) carry a message written for staff; anything else is a
    // fault worth a full log entry.
    if (!(error instanceof ApiError)) log.error(`could not open ${dbPath}`, error);
    const reason = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('无法打开登记数据库', `${reason}\n\n数据库文件：${dbPath}`);
    return null;
  }
}
