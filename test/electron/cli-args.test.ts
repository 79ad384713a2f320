import { describe, expect, it } from 'vitest';
import { detectLaunchMode, userArgs } from '../../electron/main/cli-args';

// main.ts derives this list from electron/cli/commands (the first word of every command).
const knownCommands = ['vault', 'case'];
const packaged = (...args: string[]) => detectLaunchMode(['/opt/Sakshya/sakshya-workbench', ...args], { defaultApp: false, knownCommands });
const dev = (...args: string[]) => detectLaunchMode(['/x/node_modules/electron/dist/electron', ...args], { defaultApp: true, knownCommands });

describe('launch mode: CLI or window', () => {
  it('opens the window when there are no arguments or only Chromium switches', () => {
    expect(packaged()).toEqual({ mode: 'gui' });
    expect(packaged('--no-sandbox')).toEqual({ mode: 'gui' });
    expect(dev('.')).toEqual({ mode: 'gui' });
  });

  it('runs the CLI for --cli and passes everything after it through', () => {
    expect(packaged('--cli', 'vault', 'init', '--vault', '/v')).toEqual({ mode: 'cli', args: ['vault', 'init', '--vault', '/v'] });
    expect(packaged('--cli')).toEqual({ mode: 'cli', args: [] });
    expect(packaged('--cli', '--version')).toEqual({ mode: 'cli', args: ['--version'] });
  });

  it('accepts the launchers form: Chromium switches, --cli, then -- before the user arguments', () => {
    expect(packaged('--ozone-platform=headless', '--disable-gpu', '--cli', '--', 'case', 'list', '--json')).toEqual({
      mode: 'cli',
      args: ['case', 'list', '--json'],
    });
  });

  it('keeps a second -- that belongs to the user arguments', () => {
    expect(packaged('--cli', '--', 'case', 'new', '--', '--title')).toEqual({ mode: 'cli', args: ['case', 'new', '--', '--title'] });
  });

  it('runs the CLI when a known command follows a bare --', () => {
    expect(packaged('--', 'vault', 'check')).toEqual({ mode: 'cli', args: ['vault', 'check'] });
    expect(packaged('--', '--version')).toEqual({ mode: 'cli', args: ['--version'] });
    expect(packaged('--', 'unknown-thing')).toEqual({ mode: 'gui' });
  });

  it('does not treat --cli as a switch when it is an argument of something else', () => {
    expect(packaged('somefile.csv', '--cli')).toEqual({ mode: 'gui' });
  });

  it('skips the app path (and switches before it) when run as `electron <app>` in development', () => {
    expect(dev('.', '--cli', 'vault', 'check')).toEqual({ mode: 'cli', args: ['vault', 'check'] });
    expect(dev('--no-sandbox', 'dist/electron/main.mjs', '--cli', '--version')).toEqual({ mode: 'cli', args: ['--version'] });
    expect(userArgs(['electron', '--inspect', '.', 'a'], true)).toEqual(['a']);
    expect(userArgs(['Sakshya', 'a'], false)).toEqual(['a']);
  });
});
