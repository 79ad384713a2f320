import { describe, it, expect } from 'vitest';
import { refusedDebugSwitches } from '../../electron/main/debug-switches';

const EXE = '/opt/Sakshya/sakshya';

describe('refusedDebugSwitches: a packaged build will not start with a debugging endpoint', () => {
  it('refuses remote debugging by port or pipe, in every spelling Chromium accepts', () => {
    for (const arg of ['--remote-debugging-port=9222', '--remote-debugging-port', '-remote-debugging-port=0', '--remote-debugging-pipe', '--REMOTE-DEBUGGING-PORT=1', '--remote-debugging-address=0.0.0.0', '--remote-allow-origins=*']) {
      expect(refusedDebugSwitches([EXE, arg], { packaged: true })).toEqual([arg]);
    }
  });
  it('refuses the Node inspector switches too', () => {
    for (const arg of ['--inspect', '--inspect=9229', '--inspect-brk', '--inspect-port=0', '--debug']) expect(refusedDebugSwitches([EXE, arg], { packaged: true })).toEqual([arg]);
  });
  it('looks at every argument before a bare --, where Chromium stops reading switches', () => {
    expect(refusedDebugSwitches([EXE, '--remote-debugging-port=9222', '--cli', 'case', 'list'], { packaged: true })).toEqual(['--remote-debugging-port=9222']);
    expect(refusedDebugSwitches([EXE, '--cli', '--remote-debugging-pipe', '--', 'case', 'list'], { packaged: true })).toEqual(['--remote-debugging-pipe']);
    // What the launchers run: user arguments after `--` are CLI values, never browser switches.
    expect(refusedDebugSwitches([EXE, '--ozone-platform=headless', '--disable-gpu', '--cli', '--', 'note', 'add', '--text', '--inspect'], { packaged: true })).toEqual([]);
  });
  it('reads /switch as a switch on Windows only', () => {
    expect(refusedDebugSwitches(['C:\\Sakshya.exe', '/remote-debugging-port=9222'], { packaged: true, windows: true })).toEqual(['/remote-debugging-port=9222']);
    expect(refusedDebugSwitches([EXE, '/remote-debugging-port=9222'], { packaged: true })).toEqual([]);
  });
  it('lets ordinary switches, values and file names through', () => {
    expect(refusedDebugSwitches([EXE, '--cli', 'import', '--case', 'c1', 'remote-debugging-port.csv', '--reason', 'inspect the sample', '--ozone-platform=headless', '--debugger'], { packaged: true })).toEqual([]);
  });
  it('allows everything in a development build', () => {
    expect(refusedDebugSwitches([EXE, '--remote-debugging-port=9222', '--inspect'], { packaged: false })).toEqual([]);
  });
});
