// The CLI as the third host of the one dispatcher (ARCHITECTURE.md "One API, three hosts"): every call a
// command makes is checked against the shared contract on the way in and out, exactly as the window's
// calls over IPC are. The CLI's only caller is the person at the terminal, so every sender is trusted.
import { createDispatcher, type HandlerTable, type Sender } from '../node/api/dispatcher';
import type { Method, Request, Response } from '../../shared/api/contract';
import type { EventsBridge } from '../../shared/api/events';
import { streamEvents } from '../node/api/event-stream';
import { EventBus } from '../node/services/event-bus';
import { ErrorCodes, SakshyaError, type ErrorCode } from '../../shared/api/errors';
import type { Workbench } from '../node/core/workbench';
import type { RekeyStep } from '../node/vault/rekey';

export const CLI_SENDER: Sender = { url: 'cli:', topFrame: true };

/** Calls one contract method; resolves with the validated response or throws its SakshyaError. `events`
 * delivers what the core pushes (job progress, lock changes), checked against the contract as the window's
 * are, so a command follows a job by subscribing instead of polling jobs.get. */
export type CliApi = (<M extends Method>(method: M, request: Request<M>) => Promise<Response<M>>) & { readonly events: EventsBridge };

/** What the CLI does in-process that the window does not: requests and responses still pass the contract. */
export interface CliInProcess {
  /** Whether unlocking writes a 'vault.unlocked' entry (commands that change or view data do; read-only ones not). */
  recordUnlock: boolean;
  /** Steps of a re-key, for the progress lines `vault rekey` prints. */
  onRekeyStep?: (s: RekeyStep) => void;
}

/** The Workbench's handler table with the CLI's in-process options applied. */
export function cliHandlers(wb: Workbench, inProcess: CliInProcess): HandlerTable {
  return {
    ...wb.handlers(),
    'vault.unlock': async (r: { passphrase: string }) => ({ ...(await wb.unlock(r.passphrase, inProcess.recordUnlock)), quarantined: wb.lastQuarantined }),
    'vault.rekey': async (r: { current: string }) => wb.rekey(r.current, inProcess.onRekeyStep),
  };
}

/** `bus`: the Workbench's event bus (without one, no events arrive). */
export function createCliHost(handlers: HandlerTable, bus: EventBus = new EventBus()): CliApi {
  // A bug (not a SakshyaError) leaves the dispatcher as a generic INTERNAL error; the CLI re-throws the
  // original so that runCli names its class (and prints its stack with SAKSHYA_DEBUG), as before.
  let internal: { error: unknown } | null = null;
  const dispatch = createDispatcher(handlers, {
    isTrustedSender: () => true,
    serveCliOnlyMethods: true,
    onInternalError: (_m, error) => (internal = { error }),
  });
  const call = async <M extends Method>(method: M, request: Request<M>): Promise<Response<M>> => {
    internal = null;
    const res = await dispatch(CLI_SENDER, method, request);
    if (res.ok) return res.value as Response<M>;
    const bug = internal as { error: unknown } | null;
    if (res.error.code === 'INTERNAL' && bug) throw bug.error;
    const code = (ErrorCodes as readonly string[]).includes(res.error.code) ? (res.error.code as ErrorCode) : 'INTERNAL';
    throw new SakshyaError(code, res.error.message);
  };
  const events: EventsBridge = Object.freeze({ subscribe: (listener: Parameters<EventsBridge['subscribe']>[0]) => streamEvents(bus, listener) });
  return Object.assign(call, { events });
}
