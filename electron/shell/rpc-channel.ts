// The single IPC channel between renderer and main. Shared by the preload and the main process
// so the name exists once; this module imports nothing, so the sandboxed preload can bundle it.
export const RPC_CHANNEL = 'sanxian:rpc';
