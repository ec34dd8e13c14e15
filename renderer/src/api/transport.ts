// Chooses how requests reach the registry, once at start-up: Electron's preload bridge when it
// exists, otherwise POST ./rpc to the loopback server that served this page.
import type { ErrorCode, RpcResponse } from '../../../electron/contract/errors';
import type { Transport } from '../../../electron/contract/client';

/** The server writes a per-run token into index.html, so other local pages cannot call /rpc. */
function readRpcToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="sanxian-rpc-token"]')?.content ?? '';
}

function transportError(code: ErrorCode, message: string): RpcResponse<unknown> {
  return { error: { code, message } };
}

function httpTransport(): Transport {
  const token = readRpcToken();
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch('./rpc', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sanxian-token': token },
        body: JSON.stringify({ method, input }),
      });
    } catch (cause) {
      return transportError('INTERNAL', `无法连接登记服务：${String(cause)}`);
    }
    if (response.status === 401) return transportError('UNAUTHORIZED', '访问令牌无效');
    if (!response.ok) return transportError('INTERNAL', `登记服务返回 HTTP ${response.status}`);
    try {
      return (await response.json()) as RpcResponse<unknown>;
    } catch {
      return transportError('INTERNAL', '登记服务返回的内容无法解析');
    }
  };
}

export function pickTransport(): Transport {
  const bridge = window.sanxian;
  return bridge ? (method, input) => bridge.rpc(method, input) : httpTransport();
}
