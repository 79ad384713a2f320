// The IPC channels (same strings as electron/main/ipc-channel.ts; a test keeps them equal).
export const INVOKE_CHANNEL = 'sakshya:invoke';
export const EVENT_CHANNEL = 'sakshya:event';
