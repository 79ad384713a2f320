// The vault session as the renderer sees it. The core owns the truth (it locks itself when idle) and
// pushes every lock and unlock as an event; the store also reads `vault.status` once when it starts and
// on every wake (window focus, or a call that found the vault locked), so an event missed while the
// window was away is recovered. No polling. Status reads do not count as activity in the core.
import type { VaultStatus } from '../../../shared/api/contract';
import type { LockReason } from '../../../shared/api/events';
import { ApiError, type Call, type EventSubscribe } from '../api';
import { SnapshotStore } from './snapshot-store';
import type { WakeSource } from './wake';

export interface SessionSnapshot {
  status: VaultStatus | null;
  /** Set when the core cannot be reached at all (no bridge, or status itself fails). */
  fatal: ApiError | null;
  /** True when the vault was locked by the core (idle timeout, sleep, quit), not by this window's Lock. */
  lockedBehindUs: boolean;
  /** Why the vault last locked, when the core said (a lock event); null after an unlock. */
  lockReason: LockReason | null;
  /** Increases on every unlock, so the workbench remounts with fresh state each time. */
  generation: number;
}

export interface SessionDeps {
  call: Call;
  subscribe: EventSubscribe;
  wake: WakeSource;
}

/** Which screen the app shows for a session. */
export type Screen = 'starting' | 'create' | 'unlock' | 'workbench';

export function screenFor(s: SessionSnapshot): Screen {
  switch (s.status?.state) {
    case undefined:
      return 'starting';
    case 'absent':
      return 'create';
    case 'locked':
      return 'unlock';
    case 'unlocked':
      return 'workbench';
  }
}

function toApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError('INTERNAL', 'The Sakshya core did not answer.');
}

export class SessionStore extends SnapshotStore<SessionSnapshot> {
  #lockingOurselves = false;
  /** Counts vault events: a reply to a request sent before the latest event is older than it, and dropped. */
  #events = 0;

  constructor(private readonly deps: SessionDeps) {
    super({ status: null, fatal: null, lockedBehindUs: false, lockReason: null, generation: 0 });
  }

  /** Follows the core: its events, one status read now and one on every wake. Returns the stop function. */
  start(): () => void {
    const stopEvents = this.deps.subscribe((event) => {
      if (event.type !== 'vault') return;
      this.#events += 1;
      this.accept(event.status, event.reason);
    });
    const stopWake = this.deps.wake(() => void this.refresh());
    void this.refresh();
    return () => {
      stopEvents();
      stopWake();
    };
  }

  /** Takes a status the core reported (an event, or the reply to create/unlock/lock/setAutoLock). */
  accept(next: VaultStatus, reason?: LockReason): void {
    const s = this.getSnapshot();
    const before = s.status?.state ?? null;
    let { generation, lockedBehindUs, lockReason } = s;
    if (before !== 'unlocked' && next.state === 'unlocked') {
      generation += 1;
      lockedBehindUs = false;
      lockReason = null;
    }
    if (before === 'unlocked' && next.state !== 'unlocked') {
      // The core names the cause when it pushes the lock; a status read does not, so fall back to
      // whether this window asked for it.
      lockedBehindUs = reason ? reason !== 'user' : !this.#lockingOurselves;
      lockReason = reason ?? null;
    }
    this.#lockingOurselves = false;
    this.set({ status: next, fatal: null, generation, lockedBehindUs, lockReason });
  }

  /** Reads `vault.status` once (not activity in the core). */
  async refresh(): Promise<void> {
    const seen = this.#events;
    try {
      const status = await this.deps.call('vault.status', {});
      if (seen === this.#events) this.accept(status);
    } catch (e) {
      this.set({ fatal: toApiError(e) });
    }
  }

  /** This window's Lock button. */
  async lock(): Promise<void> {
    this.#lockingOurselves = true;
    const seen = this.#events;
    try {
      const status = await this.deps.call('vault.lock', {});
      // While a job finishes, the reply still says 'unlocked' and the lock arrives later as an event.
      if (seen === this.#events) this.accept(status);
    } catch (e) {
      this.#lockingOurselves = false;
      this.set({ fatal: toApiError(e) });
    }
  }
}
