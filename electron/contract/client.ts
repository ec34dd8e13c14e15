// The typed client the renderer uses. It is transport-agnostic: Electron passes the preload's
// IPC bridge, browser mode passes a fetch to POST /rpc. Errors come back as values on the wire
// and are thrown here as ApiError so callers handle them in one place.
import { ApiError, isApiErrorBody, type RpcResponse } from './errors';
import type { InputOf, MethodName, OutputOf } from './methods';

export type Transport = (method: string, input: unknown) => Promise<RpcResponse<unknown>>;

export interface ApiClient {
  // `{} extends Input` is the idiom for "every field is optional": only then may input be omitted.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  call<M extends MethodName>(method: M, ...input: {} extends InputOf<M> ? [InputOf<M>?] : [InputOf<M>]): Promise<OutputOf<M>>;
}

export function createClient(transport: Transport): ApiClient {
  return {
    async call(method, ...args) {
      const response = await transport(method, args[0] ?? {});
      if ('error' in response) {
        const body = isApiErrorBody(response.error) ? response.error : { code: 'INTERNAL' as const, message: '未知错误' };
        throw new ApiError(body.code, body.message, body.details);
      }
      return response.data as never;
    },
  };
}
