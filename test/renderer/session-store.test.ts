// The renderer's vault session store: it follows the core's pushed vault events instead of polling,
// shows the lock screen on a 'locked' event, tells the idle lock from its own Lock button, recovers a
// missed event with one status read on wake, and never lets an older reply undo a newer event.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VaultStatus } from '../../shared/api/contract';
import { ApiError } from '../../renderer/src/api';
import { screenFor, SessionStore } from '../../renderer/src/state/session-store';
import { fakeCore, held, settle } from './fake-core';

const examiner = { name: 'Anjali Rao', designation: 'Scientist D', organisation: 'CERT-In', keyFingerprint: 'SHA256:abc' };
const unlocked: VaultStatus = { state: 'unlocked', path: '/cases/vault', examiner, autoLockMinutes: 10 };
const locked: VaultStatus = { state: 'locked', path: '/cases/vault', examiner: null, autoLockMinutes: 10 };

async function started(initial: VaultStatus) {
  const core = fakeCore();
  core.on('vault.status', () => initial);
  const store = new SessionStore(core.deps);
  const stop = store.start();
  await settle();
  return { core, store, stop };
}

afterEach(() => vi.useRealTimers());

describe('SessionStore', () => {
  it('reads the status once on start and then waits for events: no polling', async () => {
    vi.useFakeTimers();
    const { core, store } = await started(unlocked);
    expect(screenFor(store.getSnapshot())).toBe('workbench');
    vi.advanceTimersByTime(10 * 60_000);
    await settle();
    expect(core.methods()).toEqual(['vault.status']);
  });

  it("shows the lock screen on a 'locked' event and says the core locked it (idle), dropping nothing else", async () => {
    const { core, store } = await started(unlocked);
    const generation = store.getSnapshot().generation;
    core.push({ type: 'vault', status: locked, reason: 'auto-lock' });
    const s = store.getSnapshot();
    expect(screenFor(s)).toBe('unlock');
    expect(s).toMatchObject({ lockedBehindUs: true, lockReason: 'auto-lock', generation });
    expect(core.methods()).toEqual(['vault.status']);
  });

  it('keeps the reason the core gave, so the lock screen can name sleep or a screen lock', async () => {
    const { core, store } = await started(unlocked);
    core.push({ type: 'vault', status: locked, reason: 'exit' });
    expect(store.getSnapshot()).toMatchObject({ lockedBehindUs: true, lockReason: 'exit' });
  });

  it('does not call its own Lock "behind our back"', async () => {
    const { core, store } = await started(unlocked);
    core.on('vault.lock', () => {
      core.push({ type: 'vault', status: locked, reason: 'user' });
      return locked;
    });
    await store.lock();
    expect(store.getSnapshot()).toMatchObject({ status: locked, lockedBehindUs: false, lockReason: 'user' });
  });

  it('keeps the workbench while a Lock waits for a running import, and shows the lock screen when the lock event comes', async () => {
    const { core, store } = await started(unlocked);
    core.on('vault.lock', () => unlocked); // the core cancels the job first; the lock follows as an event
    await store.lock();
    expect(screenFor(store.getSnapshot())).toBe('workbench');
    core.push({ type: 'vault', status: locked, reason: 'user' });
    expect(store.getSnapshot()).toMatchObject({ status: locked, lockedBehindUs: false });
  });

  it('counts each unlock, so the workbench remounts fresh', async () => {
    const { core, store } = await started(locked);
    expect(store.getSnapshot().generation).toBe(0);
    core.push({ type: 'vault', status: unlocked });
    expect(store.getSnapshot()).toMatchObject({ status: unlocked, generation: 1, lockedBehindUs: false, lockReason: null });
    store.accept(unlocked); // the unlock call's own reply, after its event: no second remount
    expect(store.getSnapshot().generation).toBe(1);
    core.push({ type: 'vault', status: locked, reason: 'exit' });
    core.push({ type: 'vault', status: unlocked });
    expect(store.getSnapshot().generation).toBe(2);
  });

  it('recovers a missed lock with one status read when the window regains focus', async () => {
    const { core, store } = await started(unlocked);
    core.on('vault.status', () => locked); // locked while the window was away; its event never arrived
    core.wake();
    await settle();
    expect(core.methods()).toEqual(['vault.status', 'vault.status']);
    expect(store.getSnapshot()).toMatchObject({ status: locked, lockedBehindUs: true, lockReason: null });
  });

  it('drops a status reply that was asked before a newer event arrived', async () => {
    const core = fakeCore();
    const reply = held<VaultStatus>();
    core.on('vault.status', () => reply.promise);
    const store = new SessionStore(core.deps);
    store.start();
    core.push({ type: 'vault', status: locked, reason: 'auto-lock' });
    reply.release(unlocked);
    await settle();
    expect(store.getSnapshot().status).toEqual(locked);
  });

  it('reports a core that cannot be reached', async () => {
    const core = fakeCore();
    core.on('vault.status', () => {
      throw new ApiError('BRIDGE_MISSING', 'The Sakshya core is not connected to this window.');
    });
    const store = new SessionStore(core.deps);
    store.start();
    await settle();
    expect(screenFor(store.getSnapshot())).toBe('starting');
    expect(store.getSnapshot().fatal?.code).toBe('BRIDGE_MISSING');
  });

  it('stops listening when stopped', async () => {
    const { core, store, stop } = await started(unlocked);
    stop();
    expect(core.subscribers).toBe(0);
    core.push({ type: 'vault', status: locked, reason: 'auto-lock' });
    expect(store.getSnapshot().status).toEqual(unlocked);
  });

  it('tells React listeners about each change', async () => {
    const { core, store } = await started(unlocked);
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().status?.state ?? 'none'));
    core.push({ type: 'vault', status: locked, reason: 'auto-lock' });
    core.push({ type: 'job', job: { id: 'j1', kind: 'import', caseId: 'c0123456789', state: 'running', progress: { file: '', fileIndex: 0, fileCount: 1, bytesDone: 0, bytesTotal: 1, records: 0, elapsedMs: 0, bytesPerSecond: 0, etaSeconds: null }, results: [], error: null } });
    expect(seen).toEqual(['locked']);
  });
});
