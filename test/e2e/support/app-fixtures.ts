// Shared set-up for the evidence and custody e2e tests: a vault with one case, opened unlocked, with a
// file picker that returns whatever the test sets.
import type { Browser } from 'playwright-core';
import { openApp, tempVaultDir, type HostCall, type OpenApp, type OpenAppOptions } from './bridge';

export const PASSPHRASE = 'amber lotus quarry vintage meadow';
export const EXAMINER = { name: 'Anjali Rao', designation: 'Scientist D', organisation: 'CERT-In' };
export const CASE = { title: 'Alleged CoWIN record exposure via Telegram bot', ref: 'CERT-In/2023/06/117' };

export interface CaseApp extends OpenApp {
  caseId: string;
  /** What the next evidence.pickFiles returns. */
  picks: string[];
}

interface Options {
  browser?: Browser;
  language?: 'en' | 'hi';
  viewport?: { width: number; height: number };
  /** Where the core reads imported files from (see OpenAppOptions.openImportSource). */
  openImportSource?: OpenAppOptions['openImportSource'];
  searchHold?: OpenAppOptions['searchHold'];
  pickFolder?: OpenAppOptions['pickFolder'];
  openPath?: OpenAppOptions['openPath'];
  pickPackage?: OpenAppOptions['pickPackage'];
  /** Runs after the case exists, before the page loads (e.g. to import evidence through the core). */
  prepare?: (host: HostCall, caseId: string, app: { waitJob(jobId: string): Promise<void> }) => Promise<void>;
}

export async function openCase(opts: Options = {}): Promise<CaseApp> {
  const state = { picks: [] as string[], caseId: '' };
  let waitJob: (jobId: string) => Promise<void> = async () => undefined;
  const app = await openApp({
    vaultDir: tempVaultDir(),
    browser: opts.browser,
    language: opts.language,
    viewport: opts.viewport,
    pickFiles: async () => state.picks,
    openImportSource: opts.openImportSource,
    searchHold: opts.searchHold,
    pickFolder: opts.pickFolder,
    openPath: opts.openPath,
    pickPackage: opts.pickPackage,
    setup: async (host) => {
      await host('vault.create', { passphrase: PASSPHRASE, examiner: EXAMINER });
      state.caseId = (await host('case.create', CASE)).id;
      // jobs.get through the host until the job ends (the core's own wait is not reachable before openApp returns).
      waitJob = async (jobId) => {
        for (;;) {
          const j = await host('jobs.get', { jobId });
          if (j.state !== 'running') return;
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      await opts.prepare?.(host, state.caseId, { waitJob });
    },
  });
  await app.page.locator('.statusbar').waitFor();
  // An accessor, not a copied value: setting app.picks changes what the next pick returns.
  Object.defineProperty(app, 'picks', { get: () => state.picks, set: (p: string[]) => (state.picks = p), enumerable: true });
  return Object.assign(app as CaseApp, { caseId: state.caseId });
}
