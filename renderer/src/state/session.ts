// The vault session as the renderer sees it: the last status the core reported. The core owns the
// truth (it locks itself when idle), so this polls `vault.status` and re-checks whenever the window
// regains focus or any call fails with VAULT_LOCKED. When the state leaves 'unlocked', the workbench
// screen unmounts and everything it held (case list, selections, dialogs) is dropped with it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VaultStatus } from '../../../shared/api/contract';
import { ApiError, call, onVaultLocked } from '../api';

export const STATUS_POLL_MS = 5_000;

export interface VaultSession {
  status: VaultStatus | null;
  /** Set when the core cannot be reached at all (no bridge, or status itself fails). */
  fatal: ApiError | null;
  /** True when the vault was locked by the core (idle timeout, another host), not by this window's Lock. */
  lockedBehindUs: boolean;
  /** Increases on every unlock, so the workbench remounts with fresh state each time. */
  generation: number;
  accept(status: VaultStatus): void;
  lock(): Promise<void>;
  refresh(): Promise<void>;
}

function toApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError('INTERNAL', 'The Sakshya core did not answer.');
}

export function useVaultSession(pollMs = STATUS_POLL_MS): VaultSession {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [fatal, setFatal] = useState<ApiError | null>(null);
  const [lockedBehindUs, setLockedBehindUs] = useState(false);
  const [generation, setGeneration] = useState(0);
  const previous = useRef<VaultStatus['state'] | null>(null);
  const lockingOurselves = useRef(false);

  const accept = useCallback((next: VaultStatus) => {
    const before = previous.current;
    previous.current = next.state;
    if (before !== 'unlocked' && next.state === 'unlocked') {
      setGeneration((g) => g + 1);
      setLockedBehindUs(false);
    }
    if (before === 'unlocked' && next.state !== 'unlocked') setLockedBehindUs(!lockingOurselves.current);
    lockingOurselves.current = false;
    setFatal(null);
    setStatus(next);
  }, []);

  const refresh = useCallback(async () => {
    try {
      accept(await call('vault.status', {}));
    } catch (e) {
      setFatal(toApiError(e));
    }
  }, [accept]);

  const lock = useCallback(async () => {
    lockingOurselves.current = true;
    try {
      accept(await call('vault.lock', {}));
    } catch (e) {
      lockingOurselves.current = false;
      setFatal(toApiError(e));
    }
  }, [accept]);

  useEffect(() => {
    void refresh();
    // Polling `vault.status` must not count as activity in the core, or the idle lock would never fire;
    // hosts exclude this method from their idle-timer reset.
    const timer = window.setInterval(() => void refresh(), pollMs);
    const onFocus = () => void refresh();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    const unsubscribe = onVaultLocked(() => void refresh());
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
      unsubscribe();
    };
  }, [pollMs, refresh]);

  return { status, fatal, lockedBehindUs, generation, accept, lock, refresh };
}
