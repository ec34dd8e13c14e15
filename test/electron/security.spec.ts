// The renderer as an attacker would find it: script that got into the page (a pasted name shown
// unescaped, a tampered asset) must not reach Node, the filesystem or any IPC channel but the
// contract's, must not leave app:// or open windows, and must not run at all under the CSP.
// app.spec.ts checks the basics (the bridge's keys, window.open, https navigation, an inline
// script); these are the ways around them. Runs only where the Electron binary is installed.
/// <reference lib="dom" />
import { electronBinary } from './DesktopApp';
import { expect, test } from './fixtures';

const SKIP_REASON = 'Electron binary not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); run browser-mode tests instead';
let skipReported = false;
test.beforeEach(() => {
  if (electronBinary !== null) return;
  // The list reporter does not print skip reasons, so say it once rather than skip silently.
  if (!skipReported) console.log(`[electron] ${SKIP_REASON}`);
  skipReported = true;
  test.skip(true, SKIP_REASON);
});

test('the renderer reaches no Node global and no module system', async ({ desktop }) => {
  const types = await desktop.window.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    return Object.fromEntries(['require', 'module', 'exports', 'process', 'Buffer', 'global', '__dirname', '__filename', 'setImmediate'].map((name) => [name, typeof scope[name]]));
  });
  expect(Object.entries(types).filter(([, type]) => type !== 'undefined')).toEqual([]);
});

test('window.sanxian is a frozen bridge holding rpc alone, and ipcRenderer is nowhere', async ({ desktop }) => {
  const bridge = await desktop.window.evaluate(() => {
    const scope = window as unknown as Record<string, unknown>;
    const sanxian = scope.sanxian as Record<string, unknown>;
    return {
      names: Object.getOwnPropertyNames(sanxian),
      rpc: typeof sanxian.rpc,
      // contextBridge copies and freezes what it exposes: page code cannot graft a channel onto it.
      frozen: Object.isFrozen(sanxian),
      grafted: Reflect.set(sanxian, 'send', () => undefined),
      ipcRenderer: ['ipcRenderer', 'electron', 'ipc'].filter((name) => name in scope),
    };
  });
  expect(bridge).toEqual({ names: ['rpc'], rpc: 'function', frozen: true, grafted: false, ipcRenderer: [] });
});

test('no IPC channel is listened on but the contract’s, and rpc carries only contract methods', async ({ desktop }) => {
  // Electron's own 'error' listener is the only one a bare app has (Electron's spec
  // "ipcMain.on is not used for internals"); the app answers its one channel with handle().
  const listened = await desktop.electronApp.evaluate(({ ipcMain }) => ipcMain.eventNames().map(String));
  expect(listened.filter((name) => name !== 'error')).toEqual([]);
  // A channel's name sent as a method is just an unknown method.
  for (const name of ['sanxian:rpc', 'ELECTRON_BROWSER_REQUIRE', 'ELECTRON_BROWSER_GET_BUILTIN', 'fs.readFile']) {
    expect(await desktop.rpc(name, {}), name).toMatchObject({ error: { code: 'UNKNOWN_METHOD' } });
  }
});

test('the filesystem stays out of reach: no file:// fetch, no climbing out of app://', async ({ desktop }) => {
  const outcome = await desktop.window.evaluate(async () => {
    const read = async (url: string) => {
      try {
        const response = await fetch(url);
        return { status: response.status, text: await response.text() };
      } catch (error) {
        return { status: 0, text: (error as Error).name };
      }
    };
    const paths = ['app://sanxian/..%2f..%2fpackage.json', 'app://sanxian/%2e%2e/%2e%2e/package.json', 'app://sanxian/..%5c..%5cpackage.json', 'app://other/package.json'];
    return { file: await read('file:///etc/hostname'), climbs: await Promise.all(paths.map(read)) };
  });
  expect(outcome.file.status).toBe(0);
  // Refused by the protocol handler (403/404) or, for another host, by the CSP's connect-src (0).
  for (const climb of outcome.climbs) {
    expect(climb.status).not.toBe(200);
    expect(climb.text).not.toContain('"name"');
  }
});

test('navigation to a local file, or a link opening a new window, is refused', async ({ desktop }) => {
  let opened = 0;
  desktop.electronApp.on('window', () => opened++);
  await desktop.window.evaluate(() => {
    window.location.href = 'file:///etc/hostname';
  });
  await desktop.window.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'https://example.com/';
    link.target = '_blank';
    link.rel = 'opener';
    document.body.append(link);
    link.click();
  });
  // A refused navigation or window leaves no trace; give a wrongly allowed one time to show.
  await desktop.window.waitForTimeout(500);
  expect(desktop.window.url()).toMatch(/^app:\/\/sanxian\//);
  expect(opened).toBe(0);
  expect(desktop.electronApp.windows()).toHaveLength(1);
  await expect(desktop.navigation.first()).toBeVisible();
});

test('the CSP blocks eval, new Function and inline event handlers', async ({ desktop }) => {
  const outcome = await desktop.window.evaluate(
    () =>
      new Promise((resolve) => {
        const image = document.createElement('img');
        image.setAttribute('onerror', 'window.__handlerRan = true;');
        image.src = 'data:image/png;base64,AAAA';
        document.body.append(image);
        // From a timer, as page code runs: code DevTools evaluates itself may use eval.
        setTimeout(() => {
          const attempt = (run: () => unknown) => {
            try {
              run();
              return 'ran';
            } catch (error) {
              return (error as Error).name;
            }
          };
          resolve({
            eval: attempt(() => eval('1 + 1')),
            function: attempt(() => new Function('return 1')()),
            handler: (window as unknown as Record<string, unknown>).__handlerRan === true,
          });
        }, 200);
      }),
  );
  expect(outcome).toEqual({ eval: 'EvalError', function: 'EvalError', handler: false });
});

test('permission prompts are answered no without asking', async ({ desktop }) => {
  expect(await desktop.window.evaluate(() => Notification.requestPermission())).toBe('denied');
});
