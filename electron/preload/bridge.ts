// Builds the frozen `window.workbench` object from the shared method list. No 'electron' import here,
// so the shape is tested under plain Node; preload.ts passes in ipcRenderer and webUtils.
import type { Method, WorkbenchBridge } from '../../shared/api/contract';
import { splitMethod } from '../../shared/api/methods';

export type Invoke = (method: Method, request: unknown) => Promise<unknown>;

export interface FileHelpers {
  /** The file-system path of a File the user dropped or picked ('' for files made by script). */
  pathFor(file: File): string;
}

export type Bridge = WorkbenchBridge & { readonly files: Readonly<FileHelpers> };

const NAME = /^[a-z][A-Za-z0-9]{0,63}$/;

/**
 * One function per contract method, grouped by namespace: `bridge.vault.status(req)` calls
 * `invoke('vault.status', req)`. Each function forwards exactly one argument (extra ones are
 * dropped) and there is no way to name a channel or method that is not in `methods`.
 */
export function buildBridge(methods: readonly Method[], invoke: Invoke, pathForFile: (file: File) => string): Bridge {
  const groups = new Map<string, Record<string, unknown>>();
  for (const method of methods) {
    const [ns, fn] = splitMethod(method);
    if (!NAME.test(ns) || !NAME.test(fn) || ns === 'files') throw new Error(`Method name not allowed on the bridge: ${method}`);
    let group = groups.get(ns);
    if (!group) groups.set(ns, (group = {}));
    group[fn] = (request: unknown) => invoke(method, request);
  }
  const bridge: Record<string, unknown> = {};
  for (const [ns, group] of groups) bridge[ns] = Object.freeze(group);
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
