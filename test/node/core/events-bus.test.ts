// The core's event emitter: job progress throttled per job (the latest progress always delivered, every
// change of state at once), vault events with their reason, listeners isolated from each other. A fake
// clock drives the throttle, so nothing here depends on the machine's speed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobInfo } from '../../../shared/api/contract';
import type { WorkbenchEvent } from '../../../shared/api/events';
import { EventBus } from '../../../electron/node/services/event-bus';

function job(id: string, bytesDone: number, state: JobInfo['state'] = 'running'): JobInfo {
  return {
    id,
    kind: 'import',
    caseId: 'c0123456789',
    state,
    progress: { file: 'leak.csv', fileIndex: 0, fileCount: 1, bytesDone, bytesTotal: 1000, records: 0, elapsedMs: 0, bytesPerSecond: 0, etaSeconds: null },
    results: [],
    error: null,
  };
}

const bytesOf = (events: WorkbenchEvent[]) => events.map((e) => (e.type === 'job' ? `${e.job.id}:${e.job.state}:${e.job.progress.bytesDone}` : e.type));

let bus: EventBus;
let seen: WorkbenchEvent[];
beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
  bus = new EventBus({ jobIntervalMs: 250 });
  seen = [];
  bus.subscribe((e) => seen.push(e));
});
afterEach(() => vi.useRealTimers());

describe('job events', () => {
  it('sends the start at once, then at most one progress event per interval, the latest one', () => {
    const live = job('j1', 0);
    bus.job(live);
    expect(bytesOf(seen)).toEqual(['j1:running:0']);
    // Forty reports inside one interval become one trailing event carrying the last of them.
    for (let b = 10; b <= 400; b += 10) {
      live.progress = { ...live.progress, bytesDone: b };
      bus.job(live);
    }
    expect(seen).toHaveLength(1);
    vi.advanceTimersByTime(249);
    expect(seen).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(bytesOf(seen)).toEqual(['j1:running:0', 'j1:running:400']);
  });

  it('delivers the progress a job stopped at, even when no report follows it (a held or slow source)', () => {
    const live = job('j1', 0);
    bus.job(live);
    vi.advanceTimersByTime(100);
    live.progress = { ...live.progress, bytesDone: 64 };
    bus.job(live);
    vi.advanceTimersByTime(10_000);
    expect(bytesOf(seen)).toEqual(['j1:running:0', 'j1:running:64']);
  });

  it('sends a report at once when the last event is older than the interval', () => {
    const live = job('j1', 0);
    bus.job(live);
    vi.advanceTimersByTime(1_000);
    live.progress = { ...live.progress, bytesDone: 500 };
    bus.job(live);
    expect(bytesOf(seen)).toEqual(['j1:running:0', 'j1:running:500']);
  });

  it('sends the end at once, drops the pending progress, and sends nothing after it', () => {
    const live = job('j1', 0);
    bus.job(live);
    live.progress = { ...live.progress, bytesDone: 300 };
    bus.job(live);
    live.state = 'cancelled';
    bus.job(live);
    expect(bytesOf(seen)).toEqual(['j1:running:0', 'j1:cancelled:300']);
    vi.advanceTimersByTime(10_000);
    expect(seen).toHaveLength(2);
  });

  it('throttles each job on its own', () => {
    const a = job('ja', 0);
    const b = job('jb', 0);
    bus.job(a);
    bus.job(b);
    a.progress = { ...a.progress, bytesDone: 5 };
    bus.job(a);
    b.state = 'done';
    bus.job(b);
    vi.advanceTimersByTime(250);
    expect(bytesOf(seen)).toEqual(['ja:running:0', 'jb:running:0', 'jb:done:0', 'ja:running:5']);
  });

  it('sends a copy: later changes to the registry object do not reach a delivered event', () => {
    const live = job('j1', 0);
    bus.job(live);
    live.progress.bytesDone = 999;
    expect(seen[0]!.type === 'job' && seen[0]!.job.progress.bytesDone).toBe(0);
  });
});

describe('vault events and listeners', () => {
  it('carries the status and the lock reason', () => {
    const status = { state: 'locked' as const, path: '/v', examiner: null, autoLockMinutes: 10 };
    bus.vault(status, 'auto-lock');
    bus.vault({ ...status, state: 'unlocked' });
    expect(seen).toEqual([
      { type: 'vault', status, reason: 'auto-lock' },
      { type: 'vault', status: { ...status, state: 'unlocked' } },
    ]);
  });

  it('keeps delivering to the others when one listener throws, and stops after unsubscribe', () => {
    const other: WorkbenchEvent[] = [];
    bus.subscribe(() => {
      throw new Error('window gone');
    });
    const stop = bus.subscribe((e) => other.push(e));
    bus.job(job('j1', 0));
    expect(other).toHaveLength(1);
    expect(seen).toHaveLength(1);
    stop();
    bus.job(job('j2', 0));
    expect(other).toHaveLength(1);
    expect(seen).toHaveLength(2);
  });
});
