// What the core pushes to the window without being asked: a job's progress and state, and the vault
// locking or unlocking. Declared once here like the methods in contract.ts; every event is checked
// against these schemas before it leaves the core (electron/node/api/event-stream.ts), so only declared
// fields cross. Events carry what jobs.get and vault.status already return, never record contents.
import { z } from 'zod';
import { JobInfo, LockReason, VaultStatus, type WorkbenchBridge } from './contract';

export { LockReason };

export const JobEvent = z.object({ type: z.literal('job'), job: JobInfo }).strict();
export type JobEvent = z.infer<typeof JobEvent>;

/** Sent when the vault is created, unlocked or locked. `reason` only on a lock. */
export const VaultEvent = z.object({ type: z.literal('vault'), status: VaultStatus, reason: LockReason.optional() }).strict();
export type VaultEvent = z.infer<typeof VaultEvent>;

export const WorkbenchEvent = z.discriminatedUnion('type', [JobEvent, VaultEvent]);
export type WorkbenchEvent = z.infer<typeof WorkbenchEvent>;

export type EventListener = (event: WorkbenchEvent) => void;

/** `window.workbench.events`: one subscribe function; it returns the unsubscribe function. */
export interface EventsBridge {
  readonly subscribe: (listener: EventListener) => () => void;
}

/** The whole `window.workbench` a host exposes: the methods plus the event subscription. */
export type WorkbenchWindowBridge = WorkbenchBridge & { readonly events: EventsBridge };
