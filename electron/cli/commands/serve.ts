// `serve`: browser mode on loopback until interrupted. An encrypted registry is unlocked with
// SANXIAN_PASSPHRASE when set, otherwise it starts locked and the page asks for the passphrase.
// Automatic backups run as in the app: once open, daily while serving, and at the end.
import { createDispatcher } from '../../api/dispatch';
import { createBackupService } from '../../registry/backups/service';
import { openRegistryHost } from '../../registry/host';
import { serveBrowserMode } from '../../server/serve';
import { emit, type GlobalOptions } from '../output';
import { PASSPHRASE_ENV } from '../passphrase';
import { dbPathOf } from './registry';

export async function serve(options: GlobalOptions & { port: number }): Promise<void> {
  const host = openRegistryHost({ path: dbPathOf(options) });
  let server;
  try {
    const passphrase = process.env[PASSPHRASE_ENV];
    if (host.state() === 'locked' && passphrase) await host.unlock(passphrase);
    server = await serveBrowserMode(createDispatcher(host, { requireSignIn: true }), { port: options.port });
  } catch (error) {
    host.close();
    throw error;
  }
  emit(options, { url: server.url, port: server.port }, `浏览器模式已启动：${server.url}  （按 Ctrl+C 停止）`);
  const backups = createBackupService(host);
  host.whenOpen(() => backups.atStart());
  backups.start();
  const stop = async () => {
    await server.close();
    backups.stop();
    backups.atQuit();
    host.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
