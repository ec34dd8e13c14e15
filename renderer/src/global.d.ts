// The bridge Electron's preload installs with contextBridge; absent in browser mode.
import type { RpcResponse } from '../../electron/contract/errors';

declare global {
  interface Window {
    readonly sanxian?: {
      rpc(method: string, input: unknown): Promise<RpcResponse<unknown>>;
    };
  }
}

export {};
