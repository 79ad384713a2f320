// `npm start` (after the build): runs the app in the local Electron. When the binary was never downloaded
// (the README installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1), it fetches it once with Electron's own installer
// (node_modules/electron/install.js); only when that is impossible or fails does it explain, in one paragraph,
// what to do instead. Arguments after `npm start --` go to the app (e.g. `npm start -- --cli vault init ...`).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(path.join(root, 'package.json'));

/** The Electron executable, or null with the reason it is unusable. */
export function findElectron() {
  let pkgDir;
  try {
    pkgDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { path: null, reason: 'the electron package is not installed in node_modules' };
  }
  if (!process.env.ELECTRON_OVERRIDE_DIST_PATH && !fs.existsSync(path.join(pkgDir, 'path.txt'))) {
    return { path: null, reason: 'the electron package is installed but its binary was never downloaded (node_modules/electron/path.txt is missing)' };
  }
  let exe;
  try {
    exe = require('electron');
  } catch {
    return { path: null, reason: 'the electron package could not locate its binary' };
  }
  if (typeof exe !== 'string' || !fs.existsSync(exe)) {
    return { path: null, reason: `the Electron binary ${typeof exe === 'string' ? exe : ''} does not exist` };
  }
  return { path: exe, reason: '' };
}

/** Where Electron's own installer is, or null when the electron package is not installed. */
export function electronInstaller() {
  try {
    const js = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
    return fs.existsSync(js) ? js : null;
  } catch {
    return null;
  }
}

/**
 * What `npm start` does given what findElectron found: 'run' it, 'install' it first with Electron's installer,
 * or 'explain' why it cannot. Installing only helps when the package is there, no override folder is named
 * and the user has not asked for no download (ELECTRON_SKIP_BINARY_DOWNLOAD, which install.js honours too).
 * @param {{ path: string | null, reason: string }} found
 * @param {{ env: Record<string, string | undefined>, installer: string | null }} ctx
 * @returns {{ action: 'run' | 'install' | 'explain', reason: string }}
 */
export function startPlan(found, { env, installer }) {
  if (found.path) return { action: 'run', reason: '' };
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return { action: 'explain', reason: found.reason };
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { action: 'explain', reason: `${found.reason}, and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it is not downloaded now` };
  if (!installer) return { action: 'explain', reason: found.reason };
  return { action: 'install', reason: found.reason };
}

/**
 * Finds Electron, fetching it first with `install` when the plan says so. Returns the executable, or null
 * with the reason to print.
 * @param {{
 *   env: Record<string, string | undefined>,
 *   find: () => { path: string | null, reason: string },
 *   installer: string | null,
 *   install: (installer: string, env: Record<string, string | undefined>) => Promise<{ ok: boolean, detail: string }>,
 *   say: (line: string) => void,
 * }} deps
 * @returns {Promise<{ path: string | null, reason: string }>}
 */
export async function resolveElectron({ env, find, installer, install, say }) {
  const found = find();
  const plan = startPlan(found, { env, installer });
  if (plan.action === 'run') return found;
  if (plan.action === 'explain' || !installer) return { path: null, reason: plan.reason };
  say(`Electron's binary is not here yet (${found.reason}); fetching it once with Electron's own installer (node_modules/electron/install.js)...\n`);
  const installEnv = { ...env };
  delete installEnv.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = await install(installer, installEnv);
  if (!result.ok) return { path: null, reason: `${found.reason}, and fetching it failed (${result.detail})` };
  const after = find();
  return after.path ? after : { path: null, reason: `${after.reason}, even after Electron's installer ran` };
}

/** Runs node_modules/electron/install.js; its stack trace on failure is reduced to its first line. */
function runInstaller(installer, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { cwd: path.dirname(installer), env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d.toString('utf8')));
    child.on('error', (e) => resolve({ ok: false, detail: e.message }));
    child.on('close', (code, signal) => {
      const first = stderr.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
      resolve({ ok: code === 0, detail: first || (signal ? `stopped by ${signal}` : `exit code ${code}`) });
    });
  });
}

function explain(reason) {
  process.stderr.write(
    `Sakshya cannot start: ${reason}, so there is no Electron to run it in (npm install was probably run ` +
      'with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or without network access). ' +
      'On a machine with network access, fetch it with `npm rebuild electron` or `node node_modules/electron/install.js` ' +
      '(with ELECTRON_SKIP_BINARY_DOWNLOAD unset); or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron 40 ' +
      'folder you already have; or use a packaged build (`npm run package`, see electron-builder.yml). ' +
      'The command-line tool works without Electron: `npx sakshya --help`.\n',
  );
  process.exit(1);
}

async function main() {
  if (!fs.existsSync(path.join(root, 'dist', 'electron', 'main.mjs'))) {
    process.stderr.write('Sakshya cannot start: dist/electron/main.mjs is missing. Run `npm run build` first.\n');
    process.exit(1);
  }
  const found = await resolveElectron({
    env: process.env,
    find: findElectron,
    installer: electronInstaller(),
    install: runInstaller,
    say: (line) => process.stderr.write(line),
  });
  if (!found.path) explain(found.reason);
  const env = { ...process.env };
  // Would turn Electron into plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(found.path, [root, ...process.argv.slice(2)], { stdio: 'inherit', env, windowsHide: false });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('error', (e) => {
    process.stderr.write(`Sakshya cannot start Electron (${e.code ?? e.message}).\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
