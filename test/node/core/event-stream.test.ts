// Events leave the core only after the shared schema has checked them, as responses do: undeclared
// fields are dropped, a malformed event is not sent and is reported (without its payload).
import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../electron/node/services/event-bus';
import { streamEvents } from '../../../electron/node/api/event-stream';
import type { WorkbenchEvent } from '../../../shared/api/events';
import { countsAsActivity, STATUS_QUERIES } from '../../../shared/api/methods';

const status = { state: 'unlocked' as const, path: '/vault', examiner: null, autoLockMinutes: 10 };

describe('streamEvents', () => {
  it('sends declared fields only', () => {
    const bus = new EventBus();
    const sent: WorkbenchEvent[] = [];
    streamEvents(bus, (e) => sent.push(e));
    bus.emit({ type: 'vault', status: { ...status, passphrase: 'should never cross' } as typeof status, reason: 'user' });
    expect(sent).toEqual([{ type: 'vault', status, reason: 'user' }]);
    expect(JSON.stringify(sent)).not.toContain('should never cross');
  });

  it('refuses an event that does not match the contract and names only its type', () => {
    const bus = new EventBus();
    const sent: WorkbenchEvent[] = [];
    const errors: string[] = [];
    streamEvents(bus, (e) => sent.push(e), { onInternalError: (what) => errors.push(what) });
    bus.emit({ type: 'vault', status: { ...status, state: 'open' } } as unknown as WorkbenchEvent);
    bus.emit({ type: 'rows', rows: [['9876 5432 1098']] } as unknown as WorkbenchEvent);
    bus.emit({ type: 'vault', status, reason: 'because' } as unknown as WorkbenchEvent);
    expect(sent).toEqual([]);
    expect(errors).toEqual(['event vault', 'event rows', 'event vault']);
  });

  it('reports a send that throws and keeps streaming', () => {
    const bus = new EventBus();
    const errors: string[] = [];
    let calls = 0;
    streamEvents(
      bus,
      () => {
        calls += 1;
        if (calls === 1) throw new Error('window closed');
      },
      { onInternalError: (what) => errors.push(what) },
    );
    bus.vault(status);
    bus.vault(status);
    expect(calls).toBe(2);
    expect(errors).toEqual(['event vault']);
  });

  it('stops when told', () => {
    const bus = new EventBus();
    const sent: WorkbenchEvent[] = [];
    const stop = streamEvents(bus, (e) => sent.push(e));
    stop();
    bus.vault(status);
    expect(sent).toEqual([]);
  });
});

describe('which calls count as the examiner activity', () => {
  it('status queries (lock state, job progress) do not; everything else does', () => {
    expect([...STATUS_QUERIES].sort()).toEqual(['jobs.get', 'jobs.list', 'vault.status']);
    for (const m of STATUS_QUERIES) expect(countsAsActivity(m)).toBe(false);
    for (const m of ['case.list', 'evidence.rows', 'jobs.cancel', 'vault.lock'] as const) expect(countsAsActivity(m)).toBe(true);
  });
});
