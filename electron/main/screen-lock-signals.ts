// Linux screen lock by D-Bus signal instead of a poll: `gdbus monitor` children print one line per signal,
// and a line that says the screen locked (the freedesktop or GNOME screensaver's ActiveChanged(true), or
// logind's Session.Lock) locks the vault at once. Where none of the monitors can run (no gdbus, no bus),
// the poll of screen-lock.ts is started instead. A lock signal for another session also locks the vault:
// that errs towards locking.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { ScreenLockWatch } from './screen-lock';

/** What the watch needs of a child process (node:child_process's ChildProcess has it; tests pass a fake). */
export interface MonitorChild {
  readonly stdout: NodeJS.ReadableStream | null;
  on(event: 'error', listener: (e: Error) => void): unknown;
  on(event: 'exit', listener: (code: number | null) => void): unknown;
  kill(): unknown;
}

export type MonitorSpawner = (command: string, args: string[]) => MonitorChild;

/** The real spawner: no shell, stdin and stderr closed, the child's output read line by line. */
export const spawnMonitor: MonitorSpawner = (command, args) => {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'] });
  child.unref();
  return child;
};

export const MONITORS: readonly string[][] = [
  ['monitor', '--session', '--dest', 'org.freedesktop.ScreenSaver', '--object-path', '/org/freedesktop/ScreenSaver'],
  ['monitor', '--session', '--dest', 'org.gnome.ScreenSaver', '--object-path', '/org/gnome/ScreenSaver'],
  ['monitor', '--system', '--dest', 'org.freedesktop.login1'],
];

/** A `gdbus monitor` line that says the screen locked, e.g.
 * "/org/freedesktop/ScreenSaver: org.freedesktop.ScreenSaver.ActiveChanged (true,)". */
export function isLockSignal(line: string): boolean {
  return /\bScreenSaver\.ActiveChanged \(true,?\)/.test(line) || /\borg\.freedesktop\.login1\.Session\.Lock \(\)/.test(line);
}

/**
 * Calls `onLocked` for every lock signal the monitors print. When every monitor has failed to start or
 * exited, calls `fallback` once and hands over to the watch it returns.
 */
export function watchLockSignals(spawn: MonitorSpawner, onLocked: () => void, fallback: () => ScreenLockWatch): ScreenLockWatch {
  let up = MONITORS.length;
  let polling: ScreenLockWatch | null = null;
  let stopped = false;
  const children: MonitorChild[] = [];
  const down = () => {
    up--;
    if (up === 0 && !stopped && !polling) polling = fallback();
  };
  for (const args of MONITORS) {
    let child: MonitorChild;
    try {
      child = spawn('gdbus', args);
    } catch {
      down();
      continue;
    }
    children.push(child);
    let gone = false;
    const once = () => {
      if (gone) return;
      gone = true;
      down();
    };
    child.on('error', once);
    child.on('exit', once);
    if (child.stdout) createInterface({ input: child.stdout }).on('line', (line) => {
      if (!stopped && isLockSignal(line)) onLocked();
    });
  }
  return {
    stop() {
      stopped = true;
      for (const c of children) c.kill();
      polling?.stop();
    },
  };
}
