// `serve`: browser mode on loopback until interrupted.
import { createDispatcher } from '../../api/dispatch';
import { openRegistry } from '../../registry/registry';
import { serveBrowserMode } from '../../server/serve';
import { emit, type GlobalOptions } from '../output';
import { dbPathOf } from './registry';

export async function serve(options: GlobalOptions & { port: number }): Promise<void> {
  const registry = openRegistry({ path: dbPathOf(options) });
  let server;
  try {
    server = await serveBrowserMode(createDispatcher(registry, { requireSignIn: true }), { port: options.port });
  } catch (error) {
    registry.close();
    throw error;
  }
  emit(options, { url: server.url, port: server.port }, `浏览器模式已启动：${server.url}  （按 Ctrl+C 停止）`);
  const stop = async () => {
    await server.close();
    registry.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
