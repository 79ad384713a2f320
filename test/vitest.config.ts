import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Files run at once: one per core (SAKSHYA_TEST_WORKERS overrides, e.g. 1 to debug a test on its own). */
const WORKERS = Number(process.env.SAKSHYA_TEST_WORKERS) || os.availableParallelism();

/** Folders of in-process tests (no child processes of their own to isolate, no browser): they share one
 * process per worker, so each file does not pay for loading sql.js, pdf.js and the core again. */
const SHARED_PROCESS_DIRS = ['test/shared', 'test/node', 'test/lint', 'test/electron', 'test/renderer'];
/** A file that mocks modules, fakes timers or changes process.env would leak into the next file in a shared
 * process: such files keep a process of their own, found by reading them rather than by a list to keep. */
const CHANGES_GLOBALS = /\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers)\(|process\.env\.\w+\s*=[^=]|delete process\.env|process\.chdir\(/;

function testFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(path.join(root, d), { withFileTypes: true })) {
      const rel = `${d}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== 'fixtures' && e.name !== 'node_modules') walk(rel);
      } else if (/\.test\.tsx?$/.test(e.name)) out.push(rel);
    }
  };
  if (fs.existsSync(path.join(root, dir))) walk(dir);
  return out;
}

const sharedProcessFiles = SHARED_PROCESS_DIRS.flatMap(testFiles).filter((f) => !CHANGES_GLOBALS.test(fs.readFileSync(path.join(root, f), 'utf8')));

/** The longest files start first, so that no long file starts last and keeps the run going alone (vitest
 * would otherwise order a clean clone's files by name, having no timings cached). */
const LONG_FIRST = ['test/hardening/crash-kill.test.ts', 'test/e2e/', 'test/attacks/handover-forged-package.test.ts', 'test/node/vault/crash-save.test.ts', 'test/cli/'];
const rank = (file: string): number => {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const i = LONG_FIRST.findIndex((p) => rel.startsWith(p));
  return i < 0 ? LONG_FIRST.length : i;
};
class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    return base.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f.moduleId) - rank(b.f.moduleId) || a.i - b.i).map(({ f }) => f);
  }
}

export default defineConfig({
  root,
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    // One process per test file for tests that start children and Chromium (forks isolate them best).
    pool: 'forks',
    // As many files at once as the machine has cores. Vitest's own default for `run` is one fewer, which on
    // the 2-core CI machine ran one file at a time: the JSON report of a CI run shows no two files ever
    // overlapping, so every wait on a CLI child, Chromium or an fsync left a core idle.
    maxWorkers: WORKERS,
    // Timeouts are there to catch hangs, generous enough that a slow or loaded machine does not fail a test
    // by them. (A test's own timeout argument still overrides these.)
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: ['default'],
    sequence: { sequencer: LongFirstSequencer },
    projects: [
      {
        extends: true,
        test: { name: 'in-process', include: sharedProcessFiles, isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['**/node_modules/**', 'test/lint/fixtures/**', ...sharedProcessFiles],
        },
      },
    ],
  },
});
