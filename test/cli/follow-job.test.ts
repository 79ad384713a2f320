// The CLI follows an import or search job by the core's job events, as the window does, not by polling
// jobs.get: it reads the job once after subscribing and once when an event says it ended.
import { describe, it, expect } from 'vitest';
import { createCliHost } from '../../electron/cli/host';
import { followJob } from '../../electron/cli/commands/evidence';
import type { HandlerTable } from '../../electron/node/api/dispatcher';
import { EventBus } from '../../electron/node/services/event-bus';
import { METHODS, type JobInfo } from '../../shared/api/contract';

function job(state: JobInfo['state'], fileIndex: number, bytesDone: number): JobInfo {
  return {
    id: 'job1',
    kind: 'import',
    caseId: 'c0123456789',
    state,
    progress: { file: 'sample.csv', fileIndex, fileCount: 2, bytesDone, bytesTotal: 1000, records: bytesDone / 10, elapsedMs: 5, bytesPerSecond: 100, etaSeconds: null },
    results: [],
    error: null,
  };
}

/** A host whose jobs.get returns the job as the test has moved it, counting the calls. */
function host() {
  let current = job('running', 0, 100);
  const calls: string[] = [];
  const table = Object.fromEntries(
    METHODS.map((m) => [m, async () => {
      calls.push(m);
      if (m === 'jobs.get' || m === 'jobs.cancel') return current;
      throw new Error(`unexpected ${m}`);
    }]),
  ) as unknown as HandlerTable;
  const bus = new EventBus({ jobIntervalMs: 0 });
  return { api: createCliHost(table, bus), bus, calls, move: (j: JobInfo) => (current = j) };
}

/** Lets every pending promise callback run (no clock involved). */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise<void>((r) => setImmediate(r));
}

describe('followJob', () => {
  it('reports pushed progress, ends on the pushed end of the job, and calls jobs.get only twice', async () => {
    const { api, bus, calls, move } = host();
    const seen: number[] = [];
    let done: JobInfo | null = null;
    const following = followJob(api, 'job1', (p) => seen.push(p.bytesDone)).then((j) => (done = j));
    await settle();
    expect(calls).toEqual(['jobs.get']);
    expect(seen).toEqual([100]);
    // However long the job runs without an event, nothing is asked again.
    await settle();
    expect(calls).toEqual(['jobs.get']);
    bus.job(job('running', 1, 600));
    bus.job({ ...job('running', 1, 700), id: 'other' }); // another job's event is not this one's
    await settle();
    expect(seen).toEqual([100, 600]);
    expect(done).toBeNull();
    const final = { ...job('done', 1, 1000), results: [] };
    move(final);
    bus.job(final);
    await following;
    expect(done).toEqual(final);
    expect(seen).toEqual([100, 600, 1000]);
    expect(calls).toEqual(['jobs.get', 'jobs.get']);
  });

  it('returns at once when the job ended before it subscribed', async () => {
    const { api, calls, move } = host();
    move(job('cancelled', 0, 100));
    await expect(followJob(api, 'job1')).resolves.toMatchObject({ state: 'cancelled' });
    expect(calls).toEqual(['jobs.get', 'jobs.get']);
  });
});
