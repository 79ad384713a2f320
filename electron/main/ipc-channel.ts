// The single IPC channel between the preload and the main process. electron/preload/channel.ts holds
// the same string (the layers may not import each other); a test keeps them equal.
export const INVOKE_CHANNEL = 'sakshya:invoke';
