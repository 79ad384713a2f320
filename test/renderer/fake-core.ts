// A stand-in for the core as the renderer's stores see it: `call` answers from per-method handlers (or
// holds a reply until the test releases it), `push` delivers an event, `wake` is a window-focus. Every
// call is recorded, so a test can show that nothing polls.
import type { Method, Request, Response } from '../../shared/api/contract';
import type { WorkbenchEvent } from '../../shared/api/events';
import type { Call, EventSubscribe } from '../../renderer/src/api';
import type { WakeSource } from '../../renderer/src/state/wake';

type Handler<M extends Method> = (request: Request<M>) => Response<M> | Promise<Response<M>>;

export interface Held<T> {
  promise: Promise<T>;
  release(value: T): void;
}

export function held<T>(): Held<T> {
  let release!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (release = resolve));
  return { promise, release };
}

export function fakeCore() {
  const handlers: { [M in Method]?: Handler<M> } = {};
  const calls: { method: Method; request: unknown }[] = [];
  const listeners = new Set<(e: WorkbenchEvent) => void>();
  const wakers = new Set<() => void>();

  const call = (async (method: Method, request: unknown) => {
    calls.push({ method, request });
    const h = handlers[method] as ((r: unknown) => unknown) | undefined;
    if (!h) throw new Error(`the fake core has no answer for ${method}`);
    return h(request);
  }) as Call;
  const subscribe: EventSubscribe = (listener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const wake: WakeSource = (listener) => {
    wakers.add(listener);
    return () => void wakers.delete(listener);
  };

  return {
    deps: { call, subscribe, wake },
    calls,
    methods: () => calls.map((c) => c.method),
    on<M extends Method>(method: M, handler: Handler<M>) {
      (handlers as Record<string, unknown>)[method] = handler;
    },
    push(event: WorkbenchEvent) {
      for (const l of [...listeners]) l(event);
    },
    wake() {
      for (const w of [...wakers]) w();
    },
    get subscribers() {
      return listeners.size + wakers.size;
    },
  };
}

/** Lets pending promise callbacks run (the stores' awaits). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
