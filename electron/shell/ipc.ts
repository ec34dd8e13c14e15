// The only IPC handler: hands `{method, input}` to the core's dispatcher, which validates both.
// The sender check keeps any frame that is not our app:// page (should one ever load) from
// reaching the registry.
import { ipcMain } from 'electron';
import type { Dispatcher } from '../api/dispatch';
import type { RpcResponse } from '../contract/errors';
import { createLogger } from '../registry/log';
import { isAppUrl } from './app-origin';
import { RPC_CHANNEL } from './rpc-channel';

const log = createLogger('shell');

export function handleRpc(dispatch: Dispatcher): void {
  ipcMain.handle(RPC_CHANNEL, (event, method: unknown, input: unknown): Promise<RpcResponse<unknown>> | RpcResponse<unknown> => {
    // senderFrame is null once the frame has navigated away or been destroyed.
    const senderUrl = event.senderFrame?.url;
    if (!isAppUrl(senderUrl)) {
      log.warn(`refused rpc from ${senderUrl ?? 'a destroyed frame'}`);
      return { error: { code: 'UNAUTHORIZED', message: '拒绝来自应用以外页面的请求' } };
    }
    return dispatch(method, input);
  });
}

