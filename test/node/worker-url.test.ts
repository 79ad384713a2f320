import { describe, it, expect } from 'vitest';
import { workerExecArgv } from '../../electron/node/worker-url';

describe('workerExecArgv', () => {
  it('drops module-hook flags, in both spellings, and keeps every other Node option', () => {
    expect(workerExecArgv(['--import', 'tsx', '--cpu-prof', '--cpu-prof-dir=/tmp/p', '--require=x.cjs', '-r', 'y.cjs', '--loader', 'z.mjs', '--max-old-space-size=4096', '--import=tsx/esm']))
      .toEqual(['--cpu-prof', '--cpu-prof-dir=/tmp/p', '--max-old-space-size=4096']);
    expect(workerExecArgv([])).toEqual([]);
  });
});
