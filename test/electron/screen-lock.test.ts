import { describe, it, expect } from 'vitest';
import { watchScreenLock } from '../../electron/main/screen-lock';

function manual(): { every: (tick: () => void) => () => void; tick: () => void; stopped: () => boolean } {
  let fn: (() => void) | null = null;
  let stopped = false;
  return {
    every: (t) => {
      fn = t;
      return () => {
        stopped = true;
      };
    },
    tick: () => fn?.(),
    stopped: () => stopped,
  };
}

describe('watchScreenLock (Linux screen lock → vault lock)', () => {
  it('locks once when the idle state turns to locked, and again after an unlock and a new lock', () => {
    const states = ['active', 'idle', 'locked', 'locked', 'locked', 'active', 'locked'];
    const m = manual();
    let locks = 0;
    let i = 0;
    watchScreenLock(() => states[i++]!, () => locks++, m.every);
    const seen: number[] = [];
    for (let k = 0; k < states.length; k++) {
      m.tick();
      seen.push(locks);
    }
    expect(seen).toEqual([0, 0, 1, 1, 1, 1, 2]);
  });
  it('treats a failing query as not locked', () => {
    const m = manual();
    let locks = 0;
    watchScreenLock(() => {
      throw new Error('no D-Bus');
    }, () => locks++, m.every);
    m.tick();
    m.tick();
    expect(locks).toBe(0);
  });
  it('stop() cancels the schedule', () => {
    const m = manual();
    watchScreenLock(() => 'active', () => undefined, m.every).stop();
    expect(m.stopped()).toBe(true);
  });
});
