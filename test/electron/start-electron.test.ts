// `npm start` without an Electron binary must say what is missing and how to get it, in one paragraph,
// with exit code 1 and no stack trace.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { electronBinary, repoRoot } from './electron-binary';

const exec = promisify(execFile);
const script = path.join(repoRoot, 'scripts', 'start-electron.mjs');

async function start(env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await exec(process.execPath, [script], { env, timeout: 30_000 });
    return { code: 0, ...r };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

function expectOneParagraph(stderr: string) {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).toMatch(/npm rebuild electron/);
  expect(stderr).toMatch(/node node_modules\/electron\/install\.js/);
  expect(stderr).toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD/);
  expect(stderr).toMatch(/ELECTRON_OVERRIDE_DIST_PATH/);
  expect(stderr).toMatch(/npm run package/);
}

describe('npm start without Electron', () => {
  it('explains a missing override folder in one paragraph and exits 1', async () => {
    const r = await start({ ...process.env, ELECTRON_OVERRIDE_DIST_PATH: path.join(repoRoot, 'no-such-electron-dist') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does not exist/);
    expectOneParagraph(r.stderr);
  });

  it.skipIf(electronBinary() !== null)('explains a never-downloaded binary (this machine) in one paragraph and exits 1', async () => {
    // ELECTRON_SKIP_BINARY_DOWNLOAD keeps npm start from fetching it (start-electron-fetch.test.ts covers that).
    const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
    delete env.ELECTRON_OVERRIDE_DIST_PATH;
    const r = await start(env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/path\.txt is missing/);
    expectOneParagraph(r.stderr);
  });
});
