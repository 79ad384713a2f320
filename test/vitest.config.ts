import { defineConfig } from 'vitest/config';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['**/node_modules/**', 'test/lint/fixtures/**'],
    globalSetup: ['test/support/global-setup.ts'],
    // One process per test file (CLI and browser tests start children and Chromium; forks isolate them best),
    // as many at once as the machine has cores (vitest's default for `run`; two on the CI machines).
    pool: 'forks',
    // Timeouts are there to catch hangs, generous enough that a slow or loaded machine does not fail a test
    // by them. (A test's own timeout argument still overrides these.)
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: ['default'],
  },
});
