// Runs the browser-mode server (`sanxian serve`) on a database file, as a child process the
// test owns: started fresh, restartable on the same file, stopped at teardown.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = resolve(ROOT, 'electron/cli/main.ts');
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;

export class RegistryServer {
  private child: ChildProcess | null = null;
  private currentUrl: string | null = null;

  constructor(readonly dbPath: string) {}

  /** The address the running server printed; it changes on every start (port 0). */
  get url(): string {
    if (this.currentUrl === null) throw new Error('The registry server is not running');
    return this.currentUrl;
  }

  async start(): Promise<string> {
    // `node --import tsx` keeps it to one process, so SIGTERM reaches the server itself.
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--db', this.dbPath, 'serve', '--port', '0', '--json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));

    const lines = createInterface({ input: child.stdout! });
    const listening = new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve printed nothing in ${START_TIMEOUT_MS} ms\n${stderr}`)), START_TIMEOUT_MS);
      lines.once('line', (line) => {
        clearTimeout(timer);
        try {
          resolveUrl((JSON.parse(line) as { url: string }).url);
        } catch {
          reject(new Error(`serve printed something other than its JSON line: ${line}\n${stderr}`));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`serve exited with ${code} before listening\n${stderr}`));
      });
    });
    this.currentUrl = await listening;
    return this.currentUrl;
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    this.currentUrl = null;
    if (child === null || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }

  async restart(): Promise<string> {
    await this.stop();
    return this.start();
  }
}
