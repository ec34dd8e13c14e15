// Browser mode: the loopback HTTP server in front of the dispatcher, run in-process against a
// real registry file and a tiny renderer folder. What is checked here is what keeps the
// registry safe when it is reachable from a browser: the token, the Host check, the loopback
// bind, input validation for every method, and the static files staying inside their folder.
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/api/dispatch';
import { contract } from '../../electron/contract/methods';
import { openRegistry, type Registry } from '../../electron/registry/registry';
import { serveBrowserMode, type BrowserServer } from '../../electron/server/serve';
import { testDir } from './helpers/tmp';

let registry: Registry;
let server: BrowserServer;
let token: string;
// A file beside (not inside) the renderer folder: traversal must never reach it.
const SECRET = 'secret-outside-renderer-7f3a';

beforeEach(async () => {
  const rendererDir = join(testDir(), 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(rendererDir, 'app.js'), 'console.log(1);');
  writeFileSync(join(testDir(), 'package.json'), JSON.stringify({ name: SECRET }));
  registry = openRegistry({ path: join(testDir(), 'registry.sqlite3') });
  server = await serveBrowserMode(createDispatcher(registry), { rendererDir });
  const html = await (await fetch(server.url)).text();
  token = /<meta name="sanxian-rpc-token" content="([^"]+)"/.exec(html)?.[1] ?? '';
});

afterEach(async () => {
  await server.close();
  registry.close();
});

interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
}

async function post(body: string, headers: Record<string, string> = { 'x-sanxian-token': token }): Promise<Reply> {
  const res = await fetch(new URL('/rpc', server.url), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text === '' ? undefined : JSON.parse(text) };
}

const call = async (method: string, input?: unknown) => (await post(JSON.stringify({ method, input }))).body as Record<string, unknown>;

/** node:http, because fetch normalises `..` in paths and refuses to set Host. */
function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('token', () => {
  it('is handed to the served page in a meta tag', () => {
    // base64url of 32 random bytes: 43 characters.
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('is required: missing or wrong gives 401 UNAUTHORIZED, right gives data', async () => {
    const body = JSON.stringify({ method: 'system.stats' });
    const missing = await post(body, {});
    expect(missing.status).toBe(401);
    expect(missing.body).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    const wrong = await post(body, { 'x-sanxian-token': `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}` });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    const right = await post(body);
    expect(right.status).toBe(200);
    expect(right.body).toEqual({ data: expect.objectContaining({ people: 0 }) });
  });
});

describe('network exposure', () => {
  it('refuses a request naming another host (DNS rebinding) with 403, even with the token', async () => {
    const res = await raw('/', { host: `evil.example:${server.port}` });
    expect(res.status).toBe(403);
    expect(res.text).not.toContain(token);
  });

  it('listens on 127.0.0.1 only', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    // Every other address of this machine must refuse the port.
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && !a.internal && a.family === 'IPv4')
      .map((a) => a!.address);
    for (const address of ['::1', ...others]) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host: address, port: server.port });
        socket.setTimeout(3000, () => (socket.destroy(), resolve('no answer')));
        socket.on('connect', () => (socket.destroy(), resolve('connected')));
        socket.on('error', () => resolve('refused'));
      });
      expect(outcome, address).not.toBe('connected');
    }
  });
});

describe('request shape', () => {
  it('answers malformed JSON, an array or a string body with 400 INVALID_INPUT', async () => {
    for (const body of ['{"method":', '', '[]', '["system.stats"]', '"system.stats"', '42', 'null']) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      expect(res.body, body).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    }
  });

  it('answers an unknown method with UNKNOWN_METHOD, including names from Object.prototype', async () => {
    for (const method of ['people.delete', 'constructor', '__proto__', 'toString', 42, null]) {
      const res = await post(JSON.stringify({ method }));
      expect(res.status, String(method)).toBe(200);
      expect(res.body, String(method)).toMatchObject({ error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('refuses a body over 8 MiB with 413', async () => {
    const res = await post(JSON.stringify({ method: 'system.stats', input: { pad: 'x'.repeat(8 * 1024 * 1024) } }));
    expect(res.status).toBe(413);
    expect(await call('system.stats')).toEqual({ data: expect.objectContaining({ people: 0 }) });
  });
});

describe('robustness', () => {
  it('survives a client that disconnects halfway through the body', async () => {
    // In the CLI's `serve`, an unhandled rejection ends the process: browser mode would go
    // down because one tab was closed mid-request.
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await new Promise<void>((resolve) => {
        // 100-continue: once it arrives the server is inside the handler, reading the body.
        const headers = { 'x-sanxian-token': token, 'content-length': '1000', expect: '100-continue' };
        const req = request({ host: '127.0.0.1', port: server.port, path: '/rpc', method: 'POST', headers });
        req.on('continue', () => {
          req.write('{"method":');
          req.destroy();
          resolve();
        });
        req.on('error', () => undefined);
      });
      // Two round trips: the server has handled the closed socket by the time they return.
      expect(await call('system.stats')).toEqual({ data: expect.objectContaining({ people: 0 }) });
      expect(await call('system.stats')).toEqual({ data: expect.objectContaining({ people: 0 }) });
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('input validation', () => {
  // Wrong in shape for every method: not an object, or an object with a key it does not
  // declare or a value of the wrong type. Every schema is strict, so all are refused.
  const malformed: unknown[] = [
    42, 'text', '', true, [], [{ id: 1 }],
    { unknownKey: 1 }, { id: 'x' }, { id: -1 }, { id: 1.5 }, { id: 1, extra: true },
    { name: 123 }, { name: '' }, { limit: 'ten' }, { offset: -1 }, { query: 5 },
    { 'ui.language': 'fr' }, { action: 5 }, { docType: 'visa', name: 'A' },
  ];

  it.each(Object.keys(contract))('%s refuses malformed input with INVALID_INPUT, never 500', async (method) => {
    const schema = contract[method as keyof typeof contract].input;
    for (const input of [null, ...malformed]) {
      const res = await post(JSON.stringify({ method, input }));
      const label = `${method} ${JSON.stringify(input)}`;
      expect(res.status, label).toBe(200);
      // null stands for "no input": fine where every field is optional.
      if (input === null && schema.safeParse({}).success) {
        expect(res.body, label).toHaveProperty('data');
        continue;
      }
      const error = (res.body as { error?: { code: string; message: string; details: unknown } }).error;
      expect(error?.code, label).toBe('INVALID_INPUT');
      expect(error?.message, label).toMatch(/\S/);
      expect(Array.isArray(error?.details) && error.details.length > 0, label).toBe(true);
    }
    expect(await call('system.stats')).toEqual({ data: expect.objectContaining({ people: 0 }) });
  });

  it('refuses an ID number with a wrong check digit and writes nothing', async () => {
    const res = await call('people.create', { name: '张三', docNumber: '110105194912310021' });
    expect(res.error).toMatchObject({ code: 'INVALID_INPUT' });
    expect((res.error as { details: unknown[] }).details).toContainEqual(expect.objectContaining({ path: ['docNumber'], code: 'ID_CHECKSUM' }));
    expect(await call('people.list')).toMatchObject({ data: { total: 0 } });
    // The same person with the right check digit is accepted: the refusal was the checksum.
    expect(await call('people.create', { name: '张三', docNumber: '11010519491231002X' })).toHaveProperty('data');
    expect(await call('people.list')).toMatchObject({ data: { total: 1 } });
  });
});

describe('static files', () => {
  it('sends a CSP allowing only own scripts, and nosniff, on pages, assets and RPC', async () => {
    const responses = [await fetch(server.url), await fetch(new URL('/app.js', server.url))];
    const rpc = await post(JSON.stringify({ method: 'system.stats' }));
    for (const headers of [...responses.map((r) => r.headers), rpc.headers]) {
      expect(headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(await responses[1].text()).toBe('console.log(1);');
  });

  it('answers a missing asset with 404', async () => {
    expect((await fetch(new URL('/missing.js', server.url))).status).toBe(404);
  });

  it('answers 404, and keeps serving, when an asset vanishes because the renderer was rebuilt', async () => {
    expect((await fetch(new URL('/app.js', server.url))).status).toBe(200);
    rmSync(join(testDir(), 'renderer', 'app.js'));
    expect((await fetch(new URL('/app.js', server.url))).status).toBe(404);
    expect((await fetch(server.url)).status).toBe(200);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%2e%2e%2fpackage.json', '/app.js/../../package.json']) {
      const res = await raw(path);
      expect(res.text, path).not.toContain(SECRET);
      expect(res.status, path).not.toBe(200);
    }
  });
});
