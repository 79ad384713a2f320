// The one dispatcher all hosts share: checks the sender, validates the request against the shared contract,
// calls the handler, validates the response (so only declared fields leave), and returns wire-safe data.
import { CLI_ONLY_METHODS, contract, type Method, type WireResult } from '../../../shared/api/contract';
import { SakshyaError, toWireError } from '../../../shared/api/errors';

export interface Sender {
  /** URL of the calling frame (Electron: senderFrame.url; bridge: page URL). */
  url: string;
  /** Whether the call comes from the top-level frame, not an iframe. */
  topFrame: boolean;
}

export type HandlerTable = { [M in Method]: (req: never) => Promise<unknown> };

export interface DispatcherOptions {
  isTrustedSender: (s: Sender) => boolean;
  /** Called before every accepted call (e.g. to restart the idle auto-lock timer). */
  onCall?: (method: Method) => void;
  /** Called with unexpected errors so the host can log them (without payloads). */
  onInternalError?: (method: string, error: unknown) => void;
  /** Serve the methods that read or write caller-named files (CLI_ONLY_METHODS): the CLI host only. */
  serveCliOnlyMethods?: boolean;
}

export type Dispatch = (sender: Sender, method: string, payload: unknown) => Promise<WireResult<unknown>>;

export function createDispatcher(handlers: HandlerTable, opts: DispatcherOptions): Dispatch {
  return async (sender, method, payload) => {
    try {
      if (!opts.isTrustedSender(sender)) throw new SakshyaError('UNTRUSTED_SENDER', 'Request refused: it did not come from the Sakshya window.');
      if (!Object.hasOwn(contract, method)) throw new SakshyaError('UNKNOWN_METHOD', `Unknown method ${JSON.stringify(String(method).slice(0, 60))}.`);
      const m = method as Method;
      if (CLI_ONLY_METHODS.has(m) && !opts.serveCliOnlyMethods) throw new SakshyaError('UNKNOWN_METHOD', `Method ${m} is served only to the sakshya command-line tool.`);
      const spec = contract[m];
      const parsed = spec.request.safeParse(payload ?? {});
      if (!parsed.success) {
        // Name the fields, never echo their values (they may be passphrases or personal data).
        const fields = parsed.error.issues.map((i) => i.path.join('.') || '(request)').join(', ');
        throw new SakshyaError('BAD_REQUEST', `Invalid request for ${m}: check ${fields}.`);
      }
      opts.onCall?.(m);
      const value = await (handlers[m] as (r: unknown) => Promise<unknown>)(parsed.data);
      const out = spec.response.safeParse(value);
      if (!out.success) throw new Error(`response of ${m} does not match the contract`);
      return { ok: true, value: out.data };
    } catch (e) {
      if (!(e instanceof SakshyaError)) opts.onInternalError?.(method, e);
      return { ok: false, error: toWireError(e) };
    }
  };
}
