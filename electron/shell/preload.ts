// Runs in the sandboxed preload of the app window and installs `window.sanxian` — the renderer's
// whole view of the main process. Exposing one function (not ipcRenderer) means page code can
// only send RPC requests on our one channel, never listen or send on others.
import { contextBridge, ipcRenderer } from 'electron';
import { RPC_CHANNEL } from './rpc-channel';

contextBridge.exposeInMainWorld('sanxian', {
  rpc: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(RPC_CHANNEL, method, input),
});
