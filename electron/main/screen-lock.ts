// Locking the vault when the screen locks. Electron emits powerMonitor 'lock-screen' on macOS and
// Windows only; on Linux nothing tells the app. Chromium's Linux idle query (ui/base/idle/idle_linux.cc,
// built with D-Bus) asks the desktop's screensaver service whether it is active, and
// powerMonitor.getSystemIdleState() then answers 'locked' (not observed here: no Electron binary on the
// build machines). On Linux the app listens for the desktop's lock signals (screen-lock-signals.ts); only
// where that cannot run does it ask here every few seconds, locking the vault on the first 'locked'
// answer after an unlocked one. Where the desktop offers no
// such service the answer is never 'locked' and only the idle timer and 'suspend' lock the vault.

export interface ScreenLockWatch {
  stop(): void;
}

/**
 * Calls `onLocked` once each time `query()` turns to 'locked' (not again while it stays locked).
 * `every` schedules the checks (setInterval in the app, a manual tick in tests).
 */
export function watchScreenLock(query: () => string, onLocked: () => void, every: (tick: () => void) => () => void): ScreenLockWatch {
  let wasLocked = false;
  const stop = every(() => {
    let locked = false;
    try {
      locked = query() === 'locked';
    } catch {
      locked = false; // no answer is not a lock; the idle timer still applies
    }
    if (locked && !wasLocked) onLocked();
    wasLocked = locked;
  });
  return { stop };
}

/** How often the app asks on Linux, and the idle threshold it passes (irrelevant to the 'locked' answer). */
export const SCREEN_LOCK_POLL_MS = 5_000;
export const IDLE_THRESHOLD_S = 60;
