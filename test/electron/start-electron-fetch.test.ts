// `npm start` on a machine where Electron's binary was never downloaded (the README installs with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1): it fetches the binary once with Electron's own installer and explains
// only when it cannot. The decision logic runs here with a fake installer: no network, no real download.
import { describe, expect, it } from 'vitest';
import { resolveElectron, startPlan, type Env, type Found } from '../../scripts/start-electron.mjs';

const INSTALLER = '/fake/node_modules/electron/install.js';
const NEVER_DOWNLOADED: Found = { path: null, reason: 'the electron package is installed but its binary was never downloaded (node_modules/electron/path.txt is missing)' };
const HERE: Found = { path: '/fake/node_modules/electron/dist/electron', reason: '' };

/** Runs resolveElectron with a fake installer that records its calls; `after` is what find() sees once it ran. */
async function resolve(env: Env, before: Found, opts: { installer?: string | null; ok?: boolean; detail?: string; after?: Found } = {}) {
  const calls: { installer: string; env: Env }[] = [];
  const said: string[] = [];
  let installed = false;
  const found = await resolveElectron({
    env,
    installer: opts.installer === undefined ? INSTALLER : opts.installer,
    find: () => (installed ? (opts.after ?? HERE) : before),
    install: async (installer, installEnv) => {
      calls.push({ installer, env: installEnv });
      installed = opts.ok ?? true;
      return { ok: opts.ok ?? true, detail: opts.detail ?? '' };
    },
    say: (line) => said.push(line),
  });
  return { found, calls, said };
}

describe('npm start: fetch a missing Electron binary, else explain', () => {
  it('runs an Electron that is already there without installing anything', async () => {
    const { found, calls } = await resolve({}, HERE);
    expect(found).toEqual(HERE);
    expect(calls).toEqual([]);
  });

  it("fetches a never-downloaded binary with Electron's installer, then runs it", async () => {
    const { found, calls, said } = await resolve({ PATH: '/usr/bin' }, NEVER_DOWNLOADED);
    expect(found).toEqual(HERE);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.installer).toBe(INSTALLER);
    expect(calls[0]!.env.PATH).toBe('/usr/bin');
    expect(said.join('')).toMatch(/fetching it once with Electron's own installer/);
  });

  it('explains, naming the failure, when the download fails (no network)', async () => {
    const { found, calls } = await resolve({}, NEVER_DOWNLOADED, { ok: false, detail: 'RequestError: getaddrinfo ENOTFOUND github.com' });
    expect(calls).toHaveLength(1);
    expect(found.path).toBeNull();
    expect(found.reason).toMatch(/path\.txt is missing/);
    expect(found.reason).toMatch(/fetching it failed \(RequestError: getaddrinfo ENOTFOUND github\.com\)/);
  });

  it('explains when the installer succeeds but there is still no binary', async () => {
    const { found } = await resolve({}, NEVER_DOWNLOADED, { after: { path: null, reason: 'the Electron binary /x does not exist' } });
    expect(found.path).toBeNull();
    expect(found.reason).toMatch(/even after Electron's installer ran/);
  });

  it('honours ELECTRON_SKIP_BINARY_DOWNLOAD in the shell that runs npm start: no download, an explanation', async () => {
    const { found, calls } = await resolve({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, NEVER_DOWNLOADED);
    expect(calls).toEqual([]);
    expect(found.path).toBeNull();
    expect(found.reason).toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD is set/);
  });

  it('does not download over a named ELECTRON_OVERRIDE_DIST_PATH that is wrong: the folder is the problem', async () => {
    const missing: Found = { path: null, reason: 'the Electron binary /opt/electron-40/electron does not exist' };
    const { found, calls } = await resolve({ ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-40' }, missing);
    expect(calls).toEqual([]);
    expect(found).toEqual(missing);
  });

  it('explains when the electron package itself is not installed (no installer to run)', async () => {
    const absent: Found = { path: null, reason: 'the electron package is not installed in node_modules' };
    const { found, calls } = await resolve({}, absent, { installer: null });
    expect(calls).toEqual([]);
    expect(found).toEqual(absent);
  });

  it('treats an empty ELECTRON_SKIP_BINARY_DOWNLOAD as unset (as install.js does) and does not pass it to the installer', async () => {
    const { calls } = await resolve({ ELECTRON_SKIP_BINARY_DOWNLOAD: '' }, NEVER_DOWNLOADED);
    expect(calls).toHaveLength(1);
    expect('ELECTRON_SKIP_BINARY_DOWNLOAD' in calls[0]!.env).toBe(false);
    expect(startPlan(HERE, { env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, installer: INSTALLER }).action).toBe('run');
  });
});
