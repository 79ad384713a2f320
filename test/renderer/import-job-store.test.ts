// The renderer's import-job store: progress arrives as job events (no polling), events for another job
// or case are ignored, an ended job is reported once and never revived by a late answer, and a missed
// event is recovered with one read when the store starts or the window regains focus.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobInfo } from '../../shared/api/contract';
import { ImportJobStore } from '../../renderer/src/state/import-job-store';
import { fakeCore, held, settle } from './fake-core';

const CASE = 'c0123456789';
const OTHER_CASE = 'c9876543210';

function job(id: string, bytesDone: number, state: JobInfo['state'] = 'running', caseId = CASE): JobInfo {
  return {
    id,
    kind: 'import',
    caseId,
    state,
    progress: { file: 'leak.csv', fileIndex: 0, fileCount: 1, bytesDone, bytesTotal: 1000, records: 0, elapsedMs: 0, bytesPerSecond: 0, etaSeconds: null },
    results: [],
    error: null,
  };
}

async function started(running: JobInfo[] = []) {
  const core = fakeCore();
  core.on('jobs.list', () => running);
  let finished = 0;
  const store = new ImportJobStore(CASE, core.deps, () => (finished += 1));
  const stop = store.start();
  await settle();
  return { core, store, stop, finished: () => finished };
}

const bytes = (store: ImportJobStore) => store.getSnapshot().job?.progress.bytesDone;

afterEach(() => vi.useRealTimers());

describe('ImportJobStore', () => {
  it('follows an import by its events: one read after the import call, then no polling', async () => {
    vi.useFakeTimers();
    const { core, store } = await started();
    core.on('evidence.import', () => ({ jobId: 'j1' }));
    core.on('jobs.get', () => job('j1', 0));
    await store.startImport(['/samples/leak.csv'], '  received from CERT-In  ');
    expect(core.calls.find((c) => c.method === 'evidence.import')?.request).toEqual({ caseId: CASE, paths: ['/samples/leak.csv'], reason: 'received from CERT-In' });
    core.push({ type: 'job', job: job('j1', 250) });
    expect(bytes(store)).toBe(250);
    core.push({ type: 'job', job: job('j1', 600) });
    expect(bytes(store)).toBe(600);
    vi.advanceTimersByTime(10 * 60_000);
    await settle();
    expect(core.methods()).toEqual(['jobs.list', 'evidence.import', 'jobs.get']);
  });

  it('ignores events for another job of this case and for jobs of other cases', async () => {
    const { core, store } = await started([job('j1', 100)]);
    expect(store.getSnapshot().job?.id).toBe('j1');
    core.push({ type: 'job', job: job('j2', 900) });
    core.push({ type: 'job', job: job('j3', 900, 'running', OTHER_CASE) });
    core.push({ type: 'job', job: job('j4', 900, 'done', OTHER_CASE) });
    expect(store.getSnapshot().job).toMatchObject({ id: 'j1', progress: { bytesDone: 100 } });
  });

  it('picks up, on start, a job this case is already running (and not one of another case)', async () => {
    const { store } = await started([job('jx', 40, 'running', OTHER_CASE), job('j1', 70)]);
    expect(store.getSnapshot().job).toMatchObject({ id: 'j1', progress: { bytesDone: 70 } });
  });

  it('adopts the events of its new job that arrive before the import call answers, and then reads nothing', async () => {
    const { core, store } = await started();
    const answer = held<{ jobId: string }>();
    core.on('evidence.import', () => answer.promise);
    const starting = store.startImport(['/samples/leak.csv'], '');
    core.push({ type: 'job', job: job('j1', 0) });
    core.push({ type: 'job', job: job('j1', 300) });
    answer.release({ jobId: 'j1' });
    await starting;
    expect(bytes(store)).toBe(300);
    expect(core.methods()).toEqual(['jobs.list', 'evidence.import']);
    core.push({ type: 'job', job: job('j2', 5) }); // now following j1: another job is not ours
    expect(store.getSnapshot().job?.id).toBe('j1');
  });

  it('reports the end once, and a late running answer (the cancel reply) does not revive it', async () => {
    const { core, store, finished } = await started([job('j1', 100)]);
    const reply = held<JobInfo>();
    core.on('jobs.cancel', () => reply.promise);
    const cancelling = store.cancel();
    expect(store.getSnapshot().cancelling).toBe(true);
    core.push({ type: 'job', job: job('j1', 100, 'cancelled') });
    core.push({ type: 'job', job: job('j1', 100, 'cancelled') });
    reply.release(job('j1', 100, 'running'));
    await cancelling;
    expect(store.getSnapshot()).toMatchObject({ job: { id: 'j1', state: 'cancelled' }, cancelling: false });
    expect(finished()).toBe(1);
  });

  it('recovers an end it missed with one read of its job when the window regains focus', async () => {
    const { core, store, finished } = await started([job('j1', 100)]);
    core.on('jobs.get', () => job('j1', 1000, 'done'));
    core.wake();
    await settle();
    expect(store.getSnapshot().job?.state).toBe('done');
    expect(finished()).toBe(1);
    core.wake(); // an ended job changes no more: nothing to read
    await settle();
    expect(core.methods()).toEqual(['jobs.list', 'jobs.get']);
  });

  it('looks for a running job of its case on wake when it follows none', async () => {
    const { core, store } = await started();
    core.on('jobs.list', () => [job('j7', 10)]);
    core.wake();
    await settle();
    expect(store.getSnapshot().job?.id).toBe('j7');
    expect(core.methods()).toEqual(['jobs.list', 'jobs.list']);
  });

  it('drops a read that was asked before a newer event arrived', async () => {
    const { core, store } = await started([job('j1', 100)]);
    const reply = held<JobInfo>();
    core.on('jobs.get', () => reply.promise);
    core.wake();
    core.push({ type: 'job', job: job('j1', 800) });
    reply.release(job('j1', 200));
    await settle();
    expect(bytes(store)).toBe(800);
  });

  it('shows an import that failed to start as an error, and dismiss clears an ended job but not a running one', async () => {
    const { core, store } = await started([job('j1', 100)]);
    store.dismiss();
    expect(store.getSnapshot().job?.id).toBe('j1');
    core.push({ type: 'job', job: job('j1', 1000, 'done') });
    store.dismiss();
    expect(store.getSnapshot().job).toBeNull();
    core.on('evidence.import', () => {
      throw new Error('Import paths must be absolute.');
    });
    await store.startImport(['leak.csv'], '');
    expect(String(store.getSnapshot().error)).toContain('absolute');
  });

  it('stops listening when stopped', async () => {
    const { core, store, stop } = await started([job('j1', 100)]);
    stop();
    expect(core.subscribers).toBe(0);
    core.push({ type: 'job', job: job('j1', 999) });
    expect(bytes(store)).toBe(100);
  });
});
