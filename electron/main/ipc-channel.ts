// The IPC channels between the preload and the main process: one for calls (renderer → main), one for
// events (main → renderer). electron/preload/channel.ts holds the same strings (the layers may not import
// each other); a test keeps them equal.
export const INVOKE_CHANNEL = 'sakshya:invoke';
export const EVENT_CHANNEL = 'sakshya:event';
