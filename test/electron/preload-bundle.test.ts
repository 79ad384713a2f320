// The preload as Electron's sandbox runs it: one CommonJS file whose only require is 'electron'.
// Bundled here the way scripts/build.mjs does, then run in a VM context with a stand-in 'electron'.
import vm from 'node:vm';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { contract, METHODS } from '../../shared/api/contract';
import { METHOD_NAMES } from '../../shared/api/methods';
import { repoRoot } from './electron-binary';

let code = '';
beforeAll(async () => {
  const out = await build({
    entryPoints: [path.join(repoRoot, 'electron/preload/preload.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  code = out.outputFiles[0]!.text;
}, 60_000);

function runPreload() {
  const exposed: { key: string; api: unknown }[] = [];
  const invoked: unknown[][] = [];
  const required: string[] = [];
  const on: { channel: string; handler: (event: unknown, payload: unknown) => void }[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.push({ key, api }) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve({ ok: true, value: null })),
      on: (channel: string, handler: (event: unknown, payload: unknown) => void) => on.push({ channel, handler }),
    },
    webUtils: { getPathForFile: () => '/evidence/leak.csv' },
  };
  const sandboxRequire = (id: string) => {
    required.push(id);
    if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
    return electron;
  };
  const module = { exports: {} };
  vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console });
  return { exposed, invoked, required, on };
}

describe('bundled preload', () => {
  it('carries the method names only: no zod, no schemas, a few kilobytes', () => {
    expect(code).not.toMatch(/ZodError|zod/i);
    expect(code.length).toBeLessThan(20_000);
    // The zod-free list is the contract's methods, in the contract's order.
    expect([...METHOD_NAMES]).toEqual(Object.keys(contract));
    expect(METHODS).toBe(METHOD_NAMES);
  });

  it('requires nothing but electron', () => {
    const requires = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(runPreload().required).toEqual(['electron']);
  });

  it('exposes exactly one frozen object, window.workbench, that speaks on sakshya:invoke', async () => {
    const { exposed, invoked } = runPreload();
    expect(exposed.map((e) => e.key)).toEqual(['workbench']);
    const api = exposed[0]!.api as Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>;
    expect(Object.isFrozen(api)).toBe(true);
    const [ns, fn] = METHODS[0]!.split('.') as [string, string];
    await api[ns]![fn]!({}, 'dropped');
    expect(invoked).toEqual([['sakshya:invoke', METHODS[0], {}]]);
    expect(api.files!.pathFor!({})).toBe('/evidence/leak.csv');
  });

  it('listens on sakshya:event only and hands the page the payload, never the IPC event object', () => {
    const { exposed, on } = runPreload();
    expect(on.map((o) => o.channel)).toEqual(['sakshya:event']);
    const api = exposed[0]!.api as { events: { subscribe(l: (...a: unknown[]) => void): () => void } };
    const got: unknown[][] = [];
    api.events.subscribe((...args) => got.push(args));
    const ipcEvent = { sender: { send: () => undefined }, senderId: 0 };
    on[0]!.handler(ipcEvent, { type: 'vault', status: { state: 'locked' } });
    expect(got).toEqual([[{ type: 'vault', status: { state: 'locked' } }]]);
  });
});
