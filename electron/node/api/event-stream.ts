// The event side of the dispatcher: every event the core emits is checked against the shared schema
// before a host sends it on (zod drops undeclared fields), as responses are. Both hosts (Electron main,
// the browser-test bridge) forward through this, so they deliver the same events.
import { WorkbenchEvent } from '../../../shared/api/events';
import type { EventBus } from '../services/event-bus';

export interface EventStreamOptions {
  /** Called with an event that does not match the contract (a bug) or a send that threw; no payloads. */
  onInternalError?: (what: string, error: unknown) => void;
}

/** Sends every valid event from `bus` to `send`; returns the function that stops it. */
export function streamEvents(bus: EventBus, send: (event: WorkbenchEvent) => void, opts: EventStreamOptions = {}): () => void {
  return bus.subscribe((event) => {
    const out = WorkbenchEvent.safeParse(event);
    if (!out.success) {
      opts.onInternalError?.(`event ${String((event as { type?: unknown }).type).slice(0, 20)}`, new Error('event does not match the contract'));
      return;
    }
    try {
      send(out.data);
    } catch (e) {
      opts.onInternalError?.(`event ${out.data.type}`, e);
    }
  });
}
