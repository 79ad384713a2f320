// The set-up every browser test file shares: one Chromium per file (each app still gets a fresh context and
// a fresh vault), an optional temporary folder for the file's samples, and after every test the app closed
// and checked: no CSP violation or script error, nothing fetched from outside the loopback server, no
// unexpected failure inside the core. Call e2eSuite() once at the top level of a test file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, type OpenApp } from './bridge';
import { ensureRendererBuilt } from './build-renderer';
import { hasChromium } from './paths';

export interface E2eSuite {
  /** The file's Chromium (launched before its first test). */
  readonly browser: Browser;
  /** The file's temporary folder (only with a `name`), removed after its last test. */
  readonly dir: string;
  /** Registers the app a test opened, to be closed and checked after that test. */
  track<A extends OpenApp>(app: A): A;
}

export interface E2eSuiteOptions {
  /** Names the temporary folder (sakshya-e2e-<name>-…); without it the file gets none. */
  name?: string;
  /** Writes the file's samples into `dir` before the browser starts. */
  prepare?: (dir: string) => void | Promise<void>;
  /** For the set-up (writing large samples can take a while on a loaded machine). */
  timeout?: number;
}

export function e2eSuite(opts: E2eSuiteOptions = {}): E2eSuite {
  let browser: Browser | null = null;
  let dir = '';
  let app: OpenApp | null = null;

  beforeAll(async () => {
    if (!hasChromium) return;
    if (opts.name) dir = fs.mkdtempSync(path.join(os.tmpdir(), `sakshya-e2e-${opts.name}-`));
    await opts.prepare?.(dir);
    await ensureRendererBuilt();
    browser = await launchChromium();
  }, opts.timeout ?? 120_000);

  afterEach(async () => {
    const a = app;
    app = null;
    if (!a) return;
    await a.close();
    expect(a.consoleErrors).toEqual([]);
    expect(a.blockedRequests).toEqual([]);
    expect(a.internalErrors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  return {
    get browser(): Browser {
      if (!browser) throw new Error('The e2e suite has no browser: use it only inside tests that skip without Chromium.');
      return browser;
    },
    get dir(): string {
      return dir;
    },
    track<A extends OpenApp>(a: A): A {
      app = a;
      return a;
    },
  };
}
