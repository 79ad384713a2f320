// React's view of the vault session (session-store.ts). When the state leaves 'unlocked', the workbench
// screen unmounts and everything it held (case list, selections, dialogs) is dropped with it.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { VaultStatus } from '../../../shared/api/contract';
import { call, onVaultLocked, subscribeEvents } from '../api';
import { SessionStore, type SessionSnapshot } from './session-store';
import { eitherWake, onWindowWake } from './wake';

export interface VaultSession extends SessionSnapshot {
  accept(status: VaultStatus): void;
  lock(): Promise<void>;
  refresh(): Promise<void>;
}

export function useVaultSession(): VaultSession {
  // Any call that fails with VAULT_LOCKED is a wake too: re-read at once.
  const [store] = useState(() => new SessionStore({ call, subscribe: subscribeEvents, wake: eitherWake(onWindowWake, onVaultLocked) }));
  useEffect(() => store.start(), [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  // Stable functions, so screens can list them as effect dependencies.
  const actions = useMemo(() => ({ accept: (s: VaultStatus) => store.accept(s), lock: () => store.lock(), refresh: () => store.refresh() }), [store]);
  return { ...snapshot, ...actions };
}
