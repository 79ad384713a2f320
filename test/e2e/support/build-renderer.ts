// Builds dist/renderer when it is missing or older than its sources. Test files run in parallel
// processes, so the build is guarded by a lock directory (mkdir is atomic): one process builds, the
// others wait and then find it fresh.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { rendererDist, repoRoot } from './paths';

const run = promisify(execFile);
const SOURCES = ['renderer', 'shared/i18n'];
const LOCK = path.join(repoRoot, 'test-output/.locks/renderer-build');
const STALE_LOCK_MS = 5 * 60_000;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    // The e2e tests write their screenshots into renderer/screenshots: those are outputs, not sources. Counted,
    // every screenshot made the next test file rebuild the renderer, while another file's Chromium was loading
    // it (404s for its files) — and cost the CI a renderer build per e2e file.
    if (entry.name === 'node_modules' || (entry.name === 'screenshots' && dir.endsWith('renderer'))) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  const index = path.join(rendererDist, 'index.html');
  if (!fs.existsSync(index)) return false;
  const built = fs.statSync(index).mtimeMs;
  return SOURCES.every((s) => newestMtime(path.join(repoRoot, s)) <= built);
}

async function acquire(): Promise<void> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // A crashed holder leaves the directory behind; take over after a generous timeout.
      const held = fs.statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export async function ensureRendererBuilt(): Promise<void> {
  if (isFresh()) return;
  await acquire();
  try {
    if (!isFresh()) await run(process.execPath, ['scripts/build.mjs', 'renderer'], { cwd: repoRoot, timeout: 120_000 });
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}
