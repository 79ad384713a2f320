import { describe, it, expect } from 'vitest';
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { isLockSignal, MONITORS, watchLockSignals, type MonitorChild } from '../../electron/main/screen-lock-signals';

class FakeChild extends EventEmitter implements MonitorChild {
  readonly stdout = new PassThrough();
  killed = false;
  constructor(readonly args: string[]) {
    super();
  }
  kill() {
    this.killed = true;
  }
  print(line: string) {
    this.stdout.write(`${line}\n`);
  }
}

function fakes() {
  const children: FakeChild[] = [];
  let fallbacks = 0;
  let pollStopped = false;
  const spawn = (command: string, args: string[]) => {
    expect(command).toBe('gdbus');
    const c = new FakeChild(args);
    children.push(c);
    return c;
  };
  const fallback = () => {
    fallbacks++;
    return { stop: () => void (pollStopped = true) };
  };
  return { children, spawn, fallback, fallbacks: () => fallbacks, pollStopped: () => pollStopped };
}

/** Lets readline deliver what was written (no clock involved). */
const flush = () => new Promise<void>((r) => setImmediate(r));

describe('isLockSignal (gdbus monitor lines)', () => {
  it('recognises screensaver activation and logind session locks, and nothing else', () => {
    expect(isLockSignal('/org/freedesktop/ScreenSaver: org.freedesktop.ScreenSaver.ActiveChanged (true,)')).toBe(true);
    expect(isLockSignal('/org/gnome/ScreenSaver: org.gnome.ScreenSaver.ActiveChanged (true,)')).toBe(true);
    expect(isLockSignal('/org/freedesktop/login1/session/_32: org.freedesktop.login1.Session.Lock ()')).toBe(true);
    expect(isLockSignal('/org/freedesktop/ScreenSaver: org.freedesktop.ScreenSaver.ActiveChanged (false,)')).toBe(false);
    expect(isLockSignal('/org/freedesktop/login1/session/_32: org.freedesktop.login1.Session.Unlock ()')).toBe(false);
    expect(isLockSignal('Monitoring signals from all objects owned by org.freedesktop.login1')).toBe(false);
  });
});

describe('watchLockSignals (Linux screen lock by signal, the poll as fallback)', () => {
  it('locks on each lock line of any monitor, not on others, and never starts the poll while a monitor runs', async () => {
    const f = fakes();
    let locks = 0;
    watchLockSignals(f.spawn, () => locks++, f.fallback);
    expect(f.children.map((c) => c.args)).toEqual(MONITORS);
    f.children[0]!.print('/org/freedesktop/ScreenSaver: org.freedesktop.ScreenSaver.ActiveChanged (false,)');
    await flush();
    expect(locks).toBe(0);
    f.children[0]!.print('/org/freedesktop/ScreenSaver: org.freedesktop.ScreenSaver.ActiveChanged (true,)');
    f.children[2]!.print('/org/freedesktop/login1/session/_2: org.freedesktop.login1.Session.Lock ()');
    await flush();
    expect(locks).toBe(2);
    f.children[1]!.emit('error', new Error('spawn gdbus ENOENT'));
    f.children[2]!.emit('exit', 1);
    expect(f.fallbacks()).toBe(0);
  });

  it('starts the poll once when every monitor has failed or exited', () => {
    const f = fakes();
    watchLockSignals(f.spawn, () => undefined, f.fallback);
    f.children[0]!.emit('error', new Error('spawn gdbus ENOENT'));
    f.children[0]!.emit('exit', null); // error then exit from one child counts once
    f.children[1]!.emit('exit', 1);
    expect(f.fallbacks()).toBe(0);
    f.children[2]!.emit('exit', 1);
    expect(f.fallbacks()).toBe(1);
  });

  it('starts the poll when gdbus cannot be spawned at all', () => {
    const f = fakes();
    watchLockSignals(() => {
      throw new Error('no gdbus');
    }, () => undefined, f.fallback);
    expect(f.fallbacks()).toBe(1);
  });

  it('stop() ends the monitors and the poll, and later lines lock nothing', async () => {
    const f = fakes();
    let locks = 0;
    const w = watchLockSignals(f.spawn, () => locks++, f.fallback);
    w.stop();
    expect(f.children.every((c) => c.killed)).toBe(true);
    f.children[0]!.print('/org/freedesktop/ScreenSaver: org.freedesktop.ScreenSaver.ActiveChanged (true,)');
    await flush();
    expect(locks).toBe(0);
    for (const c of f.children) c.emit('exit', null);
    expect(f.fallbacks()).toBe(0);
  });
});
