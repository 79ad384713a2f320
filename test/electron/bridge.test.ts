import { describe, expect, it, vi } from 'vitest';
import { METHODS, type Method } from '../../shared/api/contract';
import { buildBridge } from '../../electron/preload/bridge';
import { INVOKE_CHANNEL as PRELOAD_CHANNEL } from '../../electron/preload/channel';
import { INVOKE_CHANNEL as MAIN_CHANNEL } from '../../electron/main/ipc-channel';

const make = () => {
  const invoke = vi.fn(async (method: Method, request: unknown) => ({ ok: true, value: { method, request } }));
  const pathFor = vi.fn((f: File) => `/evidence/${f.name}`);
  return { bridge: buildBridge(METHODS, invoke, pathFor), invoke, pathFor };
};

describe('window.workbench (preload bridge)', () => {
  it('uses the same single channel as the main process', () => {
    expect(PRELOAD_CHANNEL).toBe('sakshya:invoke');
    expect(MAIN_CHANNEL).toBe(PRELOAD_CHANNEL);
  });

  it('has one function per contract method, grouped by namespace, and nothing else', () => {
    const { bridge } = make();
    const exposed: string[] = [];
    for (const [ns, group] of Object.entries(bridge)) {
      if (ns === 'files' || ns === 'events') continue;
      for (const [fn, value] of Object.entries(group)) {
        expect(typeof value).toBe('function');
        exposed.push(`${ns}.${fn}`);
      }
    }
    expect(exposed.sort()).toEqual([...METHODS].sort());
    expect(Object.keys(bridge.files)).toEqual(['pathFor']);
    expect(Object.keys(bridge.events)).toEqual(['subscribe']);
  });

  it('forwards exactly one argument under the method name and drops the rest', async () => {
    const { bridge, invoke } = make();
    const status = bridge.vault.status as unknown as (...a: unknown[]) => Promise<unknown>;
    await status({}, 'extra', { channel: 'x' });
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(invoke).toHaveBeenCalledWith('vault.status', {});
    await bridge.case.create({ title: 'CoWIN bot' });
    expect(invoke).toHaveBeenLastCalledWith('case.create', { title: 'CoWIN bot' });
  });

  it('is frozen all the way down, so the page cannot swap a function for its own', () => {
    const { bridge } = make();
    expect(Object.isFrozen(bridge)).toBe(true);
    for (const group of Object.values(bridge)) expect(Object.isFrozen(group)).toBe(true);
    expect(() => {
      (bridge.vault as unknown as Record<string, unknown>).status = () => 0;
    }).toThrow(TypeError);
  });

  it('offers no way to reach an undeclared method or a raw channel', () => {
    const { bridge } = make();
    const b = bridge as unknown as Record<string, unknown>;
    for (const key of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync', '__proto__x']) expect(b[key]).toBeUndefined();
    expect((bridge.vault as unknown as Record<string, unknown>).deleteEverything).toBeUndefined();
  });

  it('refuses to build a bridge from a method name that could shadow built-ins', () => {
    const invoke = vi.fn();
    for (const bad of ['__proto__.x', 'vault.constructor.x', 'files.pathFor', 'Vault.status', 'vault.', '.x']) {
      expect(() => buildBridge([bad as Method], invoke, () => '')).toThrow();
    }
  });

  it('gives the path of a dropped file and an empty string when there is none', () => {
    const { bridge } = make();
    expect(bridge.files.pathFor(new File(['x'], 'leak.csv'))).toBe('/evidence/leak.csv');
    const failing = buildBridge(METHODS, vi.fn(), () => {
      throw new TypeError('not a File');
    });
    expect(failing.files.pathFor({} as File)).toBe('');
  });
});
