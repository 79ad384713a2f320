// Builds the frozen `window.workbench` object from the shared method list. No 'electron' import here,
// so the shape is tested under plain Node; preload.ts passes in ipcRenderer and webUtils.
import type { Method } from '../../shared/api/contract';
import type { EventListener, EventsBridge, WorkbenchEvent, WorkbenchWindowBridge } from '../../shared/api/events';
import { splitMethod } from '../../shared/api/methods';

export type Invoke = (method: Method, request: unknown) => Promise<unknown>;

export interface FileHelpers {
  /** The file-system path of a File the user dropped or picked ('' for files made by script). */
  pathFor(file: File): string;
}

export type Bridge = WorkbenchWindowBridge & { readonly files: Readonly<FileHelpers> };

/** Starts the one host listener (preload: ipcRenderer.on on the event channel) that feeds `deliver`. */
export type EventFeed = (deliver: (event: unknown) => void) => void;

const NAME = /^[a-z][A-Za-z0-9]{0,63}$/;

/**
 * One function per contract method, grouped by namespace: `bridge.vault.status(req)` calls
 * `invoke('vault.status', req)`. Each function forwards exactly one argument (extra ones are
 * dropped) and there is no way to name a channel or method that is not in `methods`.
 * `bridge.events.subscribe(listener)` hands the page each event the core pushes (the payload only,
 * never the IPC event object) and returns the function that unsubscribes.
 */
export function buildBridge(methods: readonly Method[], invoke: Invoke, pathForFile: (file: File) => string, feed: EventFeed = () => undefined): Bridge {
  const groups = new Map<string, Record<string, unknown>>();
  for (const method of methods) {
    const [ns, fn] = splitMethod(method);
    if (!NAME.test(ns) || !NAME.test(fn) || ns === 'files' || ns === 'events') throw new Error(`Method name not allowed on the bridge: ${method}`);
    let group = groups.get(ns);
    if (!group) groups.set(ns, (group = {}));
    group[fn] = (request: unknown) => invoke(method, request);
  }
  const bridge: Record<string, unknown> = {};
  for (const [ns, group] of groups) bridge[ns] = Object.freeze(group);
  bridge.events = eventsBridge(feed);
  bridge.files = Object.freeze({
    pathFor: (file: File): string => {
      try {
        return pathForFile(file);
      } catch {
        return '';
      }
    },
  } satisfies FileHelpers);
  return Object.freeze(bridge) as Bridge;
}

function eventsBridge(feed: EventFeed): EventsBridge {
  // One entry per subscribe call, so the same function subscribed twice is two subscriptions.
  const listeners = new Set<{ listener: EventListener }>();
  feed((event) => {
    for (const entry of [...listeners]) {
      try {
        entry.listener(event as WorkbenchEvent);
      } catch {
        // One failing listener must not keep the event from the others.
      }
    }
  });
  return Object.freeze({
    subscribe: (listener: EventListener) => {
      if (typeof listener !== 'function') throw new TypeError('events.subscribe needs a function');
      const entry = { listener };
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
  });
}
