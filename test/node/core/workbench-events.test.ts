// What the Workbench pushes: the vault's unlock and lock (with the reason), an import's progress and end
// (through the contract check, with no record contents), and the idle lock waiting for a running job
// instead of cancelling it. A held source and a fake clock keep it independent of the machine's speed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, afterEach, describe, expect, it, vi } from 'vitest';
import { Workbench } from '../../../electron/node/core/workbench';
import { streamEvents } from '../../../electron/node/api/event-stream';
import { WorkbenchEvent } from '../../../shared/api/events';
import { tempDir } from '../../support/cli';
import { pausingSource } from '../../e2e/support/pausing-source';

const CHUNK = 64 * 1024;
let root: string;
let cleanup: () => void;
let csv: string;
let csvBytes: number;
// Synthetic values that must never appear in an event (they are record contents, not job facts).
const MARKER_NAME = 'Zorawarjit Pemberton';
const MARKER_PHONE = '9812345670';

beforeAll(() => {
  ({ dir: root, cleanup } = tempDir());
  const lines = ['id,name,mobile'];
  for (let i = 0; lines.length < 20_000; i++) lines.push(`${i},${MARKER_NAME} ${i},${MARKER_PHONE}`);
  const text = lines.join('\n') + '\n';
  csvBytes = Buffer.byteLength(text);
  csv = path.join(root, 'people.csv');
  fs.writeFileSync(csv, text);
});
afterAll(() => cleanup());
afterEach(() => vi.useRealTimers());

async function open(name: string, opts: { autoLockMinutes?: number; source?: ReturnType<typeof pausingSource> } = {}) {
  const wb = new Workbench({
    vaultDir: path.join(root, name),
    kdf: { memoryKiB: 8192, iterations: 1 },
    autoLockMinutes: opts.autoLockMinutes ?? 0,
    ...(opts.source ? { openImportSource: opts.source.open } : {}),
  });
  const events: WorkbenchEvent[] = [];
  streamEvents(wb.events, (e) => events.push(e));
  return { wb, events };
}

describe('vault events', () => {
  it('announce create, lock and unlock with the lock reason, and a lock of a locked vault sends nothing', async () => {
    const { wb, events } = await open('v-lock');
    await wb.create('pass', { name: 'Examiner', designation: '', organisation: '' });
    wb.lock('auto-lock');
    wb.lock('user');
    await wb.unlock('pass');
    wb.lock('user');
    expect(events.map((e) => (e.type === 'vault' ? [e.status.state, e.reason ?? null] : e.type))).toEqual([
      ['unlocked', null],
      ['locked', 'auto-lock'],
      ['unlocked', null],
      ['locked', 'user'],
    ]);
    const unlocked = events[2]!;
    expect(unlocked.type === 'vault' && unlocked.status.examiner?.name).toBe('Examiner');
  });
});

describe('job events', () => {
  it('follow an import: started, the progress it holds at, cancelled with its results; no record contents', async () => {
    const source = pausingSource(CHUNK);
    const { wb, events } = await open('v-job', { source });
    await wb.create('pass', { name: 'Examiner', designation: '', organisation: '' });
    const h = wb.handlers();
    const caseId = (await h['case.create']({ title: 'Events' })).id;
    const { jobId } = await h['evidence.import']({ caseId, paths: [csv], reason: 'events' });
    await source.paused;
    // The held progress goes out as a trailing event within one throttle interval.
    // (The timeout only catches a hang; it is not a race.)
    await vi.waitFor(
      () => {
        const last = events.filter((e) => e.type === 'job').at(-1);
        expect(last?.type === 'job' && last.job.progress.bytesDone).toBe(CHUNK);
      },
      { timeout: 120_000, interval: 20 },
    );
    await h['jobs.cancel']({ jobId });
    await wb.jobs.wait(jobId);
    const jobEvents = events.filter((e) => e.type === 'job').map((e) => (e.type === 'job' ? e.job : null)!);
    expect(jobEvents.every((j) => j.id === jobId && j.caseId === caseId)).toBe(true);
    expect(jobEvents[0]!.state).toBe('running');
    const last = jobEvents.at(-1)!;
    expect(last).toMatchObject({ state: 'cancelled', progress: { bytesDone: CHUNK, bytesTotal: csvBytes, file: 'people.csv' } });
    expect(last.results.map((r) => r.status)).toEqual(['cancelled']);
    expect(jobEvents.filter((j) => j.state !== 'running')).toHaveLength(1);
    const wire = JSON.stringify(events);
    expect(wire).not.toContain(MARKER_NAME);
    expect(wire).not.toContain(MARKER_PHONE);
    // The same object the client would get from jobs.get at the end.
    expect(last).toEqual(await h['jobs.get']({ jobId }));
  });
});

describe('idle auto-lock', () => {
  it('waits for a running job, then locks one idle period after the job ended', async () => {
    const { wb, events } = await open('v-idle', { autoLockMinutes: 1 });
    await wb.create('pass', { name: 'Examiner', designation: '', organisation: '' });
    const caseId = (await wb.handlers()['case.create']({ title: 'Idle' })).id;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    wb.touch();
    let finish!: () => void;
    // A job that ends when told, or when cancelled (as a lock would).
    const job = wb.jobs.startImport(
      caseId,
      (signal) =>
        new Promise((resolve) => {
          finish = () => resolve([]);
          signal.addEventListener('abort', () => resolve([]));
        }),
    );
    vi.advanceTimersByTime(60_000);
    vi.advanceTimersByTime(60_000);
    await Promise.resolve();
    expect(wb.jobs.get(job.id).state).toBe('running');
    expect(wb.status().state).toBe('unlocked');
    finish();
    await wb.jobs.wait(job.id);
    vi.advanceTimersByTime(59_000);
    expect(wb.status().state).toBe('unlocked');
    vi.advanceTimersByTime(1_000);
    expect(wb.status().state).toBe('locked');
    expect(events.at(-1)).toMatchObject({ type: 'vault', status: { state: 'locked' }, reason: 'auto-lock' });
  });

  it('still locks an idle vault with no job after one period', async () => {
    const { wb } = await open('v-idle2', { autoLockMinutes: 2 });
    await wb.create('pass', { name: 'Examiner', designation: '', organisation: '' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    wb.touch();
    vi.advanceTimersByTime(119_999);
    expect(wb.status().state).toBe('unlocked');
    vi.advanceTimersByTime(1);
    expect(wb.status().state).toBe('locked');
  });
});
