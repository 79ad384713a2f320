// The only module that touches `window.workbench` (exposed by the Electron preload, or by the Playwright
// bridge in tests). It unwraps `WireResult`s: callers get the value or an `ApiError` they can switch on.
// Type-only imports from shared/: the contract's zod schemas stay in the core, not in this bundle.
import type { Method, Request, Response, WireResult } from '../../shared/api/contract';
import type { ErrorCode } from '../../shared/api/errors';
import type { CoreMessage } from '../../shared/i18n/core-text';
import type { WorkbenchEvent, WorkbenchWindowBridge } from '../../shared/api/events';

declare global {
  interface Window {
    readonly workbench?: WorkbenchWindowBridge;
  }
}

/** A failure the core reported (or a broken bridge). `message` is safe to show: the core never puts secrets in it. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ErrorCode | 'BRIDGE_MISSING',
    message: string,
    /** The message as a catalogue key and parameters, when the core sent one. */
    readonly text?: CoreMessage,
  ) {
    super(message);
  }
}

type Listener = () => void;
const lockedListeners = new Set<Listener>();

/** Called whenever any call fails with VAULT_LOCKED, so the session can re-check the lock state at once
 * (a missed lock event is recovered here). Returns an unsubscribe function. */
export function onVaultLocked(listener: Listener): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

type AnyBridgeFn = (request: unknown) => Promise<unknown>;

function bridgeFunction(method: Method): AnyBridgeFn {
  const bridge = window.workbench as unknown as Record<string, Record<string, unknown> | undefined> | undefined;
  const dot = method.indexOf('.');
  const fn = bridge?.[method.slice(0, dot)]?.[method.slice(dot + 1)];
  if (typeof fn !== 'function') throw new ApiError('BRIDGE_MISSING', 'The Sakshya core is not connected to this window.');
  return fn as AnyBridgeFn;
}

function isWireResult(x: unknown): x is WireResult<unknown> {
  if (typeof x !== 'object' || x === null || !('ok' in x)) return false;
  if (x.ok === true) return 'value' in x;
  return x.ok === false && 'error' in x && typeof x.error === 'object' && x.error !== null;
}

/** Calls one API method. The request is typed by the shared contract; the core validates it again. */
export async function call<M extends Method>(method: M, request: Request<M>): Promise<Response<M>> {
  const result = await bridgeFunction(method)(request);
  if (!isWireResult(result)) throw new ApiError('INTERNAL', 'The core sent a reply this window does not understand.');
  if (result.ok) return result.value as Response<M>;
  const { code, message, text } = result.error;
  const err = new ApiError(code as ErrorCode, String(message), text && typeof text === 'object' ? text : undefined);
  if (err.code === 'VAULT_LOCKED') for (const l of lockedListeners) l();
  throw err;
}

export function isApiError(e: unknown, code?: ApiError['code']): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}

/** The desktop preload adds `files.pathFor(file)` beside the API methods: a dropped File's path on disk.
 * Returns null when this window has no such helper (a browser host), so the caller can explain. */
export function pathForDroppedFile(): ((file: File) => string) | null {
  const files = (window.workbench as unknown as { files?: { pathFor?: unknown } } | undefined)?.files;
  const fn = files?.pathFor;
  return typeof fn === 'function' ? (file: File) => String((fn as (f: File) => unknown)(file) ?? '') : null;
}

/** The type `call` has; stores take it as a parameter so tests can stand in for the core. */
export type Call = typeof call;

/** A listener for the core's pushed events (shared/api/events.ts). */
export type EventSubscribe = (listener: (event: WorkbenchEvent) => void) => () => void;

/** The core checked each event against the contract before sending it; this only refuses what is not
 * shaped like one (the renderer bundle carries no zod), so a store never reads a field that is missing. */
function isWorkbenchEvent(x: unknown): x is WorkbenchEvent {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as { type?: unknown; job?: { id?: unknown; caseId?: unknown; state?: unknown } | null; status?: { state?: unknown } | null };
  if (e.type === 'job') return typeof e.job?.id === 'string' && typeof e.job.caseId === 'string' && typeof e.job.state === 'string';
  if (e.type === 'vault') return typeof e.status?.state === 'string';
  return false;
}

/** Subscribes to the events the core pushes (job progress, vault locked/unlocked). Without an event
 * channel (an old host) nothing arrives, and the stores still re-read on focus. */
export const subscribeEvents: EventSubscribe = (listener) => {
  const subscribe = (window.workbench as Partial<WorkbenchWindowBridge> | undefined)?.events?.subscribe;
  if (typeof subscribe !== 'function') return () => undefined;
  return subscribe((event) => {
    if (isWorkbenchEvent(event)) listener(event);
  });
};
