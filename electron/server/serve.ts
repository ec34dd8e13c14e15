// Browser mode: the renderer and the same dispatcher behind a loopback HTTP server. The RPC
// token is handed only to the page we serve; a request without it gets 401, and a request
// naming another host (DNS rebinding) gets 403. Nothing listens beyond 127.0.0.1.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { CONTENT_SECURITY_POLICY } from '../contract/csp';
import { ApiError } from '../contract/errors';
import type { Dispatcher } from '../api/dispatch';

export const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
const MAX_BODY_BYTES = 8 * 1024 * 1024;
const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
} as const;

export interface BrowserServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  readonly port?: number;
  readonly rendererDir?: string;
}

export async function serveBrowserMode(dispatch: Dispatcher, options: ServeOptions = {}): Promise<BrowserServer> {
  const rendererDir = options.rendererDir ?? RENDERER_DIR;
  const indexFile = `${rendererDir}/index.html`;
  if (!existsSync(indexFile)) {
    throw new ApiError('NOT_FOUND', '找不到界面文件（dist/renderer）。请先运行 npm run build:renderer，或直接使用 npm run serve。', { rendererDir });
  }
  const token = randomBytes(32).toString('base64url');
  const index = readFileSync(indexFile, 'utf8').replace('<head>', `<head>\n    <meta name="sanxian-rpc-token" content="${token}" />`);
  // dev: look each file up per request. With dev: false sirv lists the folder once at start and
  // streams without an error handler, so a rebuild of dist/renderer while serving crashed the
  // server (ENOENT); per-request lookup answers 404 for a vanished file instead.
  const assets = sirv(rendererDir, { dev: true, etag: true, setHeaders: (res) => setHeaders(res) });
  let port = 0;

  const server = createServer((req, res) => {
    setHeaders(res);
    if (!isLoopbackHost(req.headers.host, port)) return sendJson(res, 403, { error: { code: 'UNAUTHORIZED', message: '只接受本机访问' } });
    const path = (req.url ?? '/').split('?')[0];
    // A client that goes away mid-request must not take the server down with it.
    if (path === '/rpc') return void handleRpc(req, res, token, dispatch).catch(() => res.destroy());
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: { code: 'INVALID_INPUT', message: '不支持的请求方法' } });
    if (path === '/' || path === '/index.html') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      return void res.end(index);
    }
    assets(req, res, () => sendJson(res, 404, { error: { code: 'NOT_FOUND', message: '找不到该文件' } }));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function setHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function handleRpc(req: IncomingMessage, res: ServerResponse, token: string, dispatch: Dispatcher): Promise<void> {
  if (!tokenMatches(req.headers['x-sanxian-token'], token)) {
    return sendJson(res, 401, { error: { code: 'UNAUTHORIZED', message: '缺少或错误的访问令牌' } });
  }
  if (req.method !== 'POST') return sendJson(res, 405, { error: { code: 'INVALID_INPUT', message: '请使用 POST' } });
  const body = await readBody(req);
  if (body === null) return sendJson(res, 413, { error: { code: 'INVALID_INPUT', message: '请求过大' } });
  let call: unknown;
  try {
    call = JSON.parse(body);
  } catch {
    return sendJson(res, 400, { error: { code: 'INVALID_INPUT', message: '请求不是有效的 JSON' } });
  }
  if (typeof call !== 'object' || call === null || Array.isArray(call)) {
    return sendJson(res, 400, { error: { code: 'INVALID_INPUT', message: '请求应为 {method, input}' } });
  }
  const { method, input } = call as { method?: unknown; input?: unknown };
  sendJson(res, 200, await dispatch(method, input));
}

/** The body as text, or null when it exceeds the limit. */
async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
