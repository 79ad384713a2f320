// Builds the CLI bundle, the Electron bundles and the renderer once before any test runs, so CLI tests run
// the real `sakshya` binary and browser tests load the real renderer. A build newer than every source is
// kept: `npm ci` has just built it (the prepare script), and rebuilding costs CI half a minute of 2 cores.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/** What scripts/build.mjs writes (the renderer's index.html is written last by Vite). */
const OUTPUTS = [
  'dist/cli.mjs',
  'dist/csv-worker.mjs',
  'dist/detect-worker.mjs',
  'dist/analysis-worker.mjs',
  'dist/electron/main.mjs',
  'dist/electron/preload.cjs',
  'dist/electron/csv-worker.mjs',
  'dist/electron/detect-worker.mjs',
  'dist/electron/analysis-worker.mjs',
  'dist/renderer/index.html',
];
/** What it reads: the sources of every bundle, the build script, and the installed dependencies' versions. */
const INPUTS = ['electron', 'shared', 'renderer', 'scripts/build.mjs', 'package.json', 'package-lock.json'];

function newestMtime(p: string): number {
  const st = fs.statSync(p, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of fs.readdirSync(p, { withFileTypes: true })) {
    if (e.name === 'node_modules' || (e.name === 'screenshots' && p.endsWith('renderer'))) continue; // test outputs, not sources
    newest = Math.max(newest, newestMtime(path.join(p, e.name)));
  }
  return newest;
}

/** True when every output exists and is newer than every input. */
export function buildIsFresh(dir = root): boolean {
  let oldestOutput = Infinity;
  for (const o of OUTPUTS) {
    const st = fs.statSync(path.join(dir, o), { throwIfNoEntry: false });
    if (!st) return false;
    oldestOutput = Math.min(oldestOutput, st.mtimeMs);
  }
  return INPUTS.every((i) => newestMtime(path.join(dir, i)) <= oldestOutput);
}

export default function setup(): void {
  if (buildIsFresh()) return;
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}
