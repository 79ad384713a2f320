// The single IPC channel (same string as electron/main/ipc-channel.ts; a test keeps them equal).
export const INVOKE_CHANNEL = 'sakshya:invoke';
