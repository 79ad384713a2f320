// Tests that need the real Electron binary: the CLI mode of the app process, and the window's security
// properties seen from the page. Without the binary (this project installs Electron with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1) they are reported as skipped, never passed.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBinary, headlessSwitches, repoRoot } from './electron-binary';

const exec = promisify(execFile);
const electron = electronBinary();
const electronAvailable = electron !== null;
const skipNote = 'Electron binary not installed (node_modules/electron/path.txt missing): Electron-only tests skipped';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-electron-'));

/** An environment whose home and config folders are throwaway, so no test touches real settings or vaults. */
function isolatedEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: tmp, XDG_CONFIG_HOME: path.join(tmp, 'config'), APPDATA: path.join(tmp, 'appdata'), ...extra };
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await exec(electron!, [repoRoot, ...headlessSwitches(), '--cli', '--', ...args], { env: isolatedEnv(env), timeout: 120_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

beforeAll(async () => {
  if (!electronAvailable) return;
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'electron', 'main.mjs')) || !fs.existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) {
    await exec(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, timeout: 300_000 });
  }
}, 600_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

if (!electronAvailable) console.warn(skipNote);
const unless = electronAvailable ? '' : ' [SKIPPED: no Electron binary]';

describe.skipIf(!electronAvailable)(`CLI mode inside the Electron main process${unless}`, () => {
  it('prints the version and exits 0 without opening a window', async () => {
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\d+\.\d+\.\d+/);
  });

  it('passes the CLI exit code through (2 for a usage error)', async () => {
    const r = await cli(['no-such-command']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown command/);
  });

  it('creates and checks a vault with the same commands as the Node CLI', async () => {
    const vault = path.join(tmp, 'vault');
    const env = { SAKSHYA_PASSPHRASE: 'correct horse battery staple' };
    expect((await cli(['vault', 'init', '--vault', vault, '--examiner', 'Test Examiner'], env)).code).toBe(0);
    expect((await cli(['vault', 'check', '--vault', vault], env)).code).toBe(0);
    expect((await cli(['vault', 'check', '--vault', vault], { SAKSHYA_PASSPHRASE: 'wrong' })).code).toBe(4);
  });
});

describe.skipIf(!electronAvailable)(`the window${unless}`, () => {
  type Page = import('playwright-core').Page;
  type App = import('playwright-core').ElectronApplication;
  let app: App;
  let page: Page;

  beforeAll(async () => {
    const { _electron } = await import('playwright-core');
    app = await _electron.launch({ executablePath: electron!, args: [repoRoot, ...headlessSwitches()], env: isolatedEnv() as Record<string, string>, timeout: 60_000 });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('shows app://sakshya/index.html', () => {
    expect(page.url()).toBe('app://sakshya/index.html');
  });

  it('gives the page one frozen window.workbench and no Node, require or ipcRenderer', async () => {
    const probe = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const wb = w.workbench as Record<string, Record<string, unknown>>;
      return {
        frozen: Object.isFrozen(wb) && Object.values(wb).every((g) => Object.isFrozen(g)),
        namespaces: Object.keys(wb).sort(),
        statusIsFunction: typeof wb.vault?.status === 'function',
        node: typeof w.process + typeof w.require + typeof w.module + typeof w.Buffer + typeof w.ipcRenderer,
      };
    });
    expect(probe.frozen).toBe(true);
    expect(probe.statusIsFunction).toBe(true);
    expect(probe.namespaces).toEqual(expect.arrayContaining(['case', 'files', 'vault']));
    expect(probe.node).toBe('undefined'.repeat(5));
  });

  it('answers API calls through the checked IPC channel', async () => {
    const r = await page.evaluate(() => (window as unknown as { workbench: { vault: { status(r: object): Promise<{ ok: boolean; value?: { state: string } }> } } }).workbench.vault.status({}));
    expect(r.ok).toBe(true);
    expect(r.value?.state).toBe('absent');
  });

  it('cannot reach the network, open windows or navigate away', async () => {
    const net = await page.evaluate(() => fetch('https://example.org/').then(() => 'loaded', () => 'blocked'));
    expect(net).toBe('blocked');
    expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
    await page.evaluate(() => {
      location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://sakshya/index.html');
    expect(app.windows()).toHaveLength(1);
  });

  it('refuses app:// paths outside the renderer build', async () => {
    const status = await page.evaluate(() => fetch('app://sakshya/%2e%2e/electron/main.mjs').then((r) => r.status, () => -1));
    expect(status === 403 || status === -1).toBe(true);
  });
});
