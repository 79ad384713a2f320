// `npm start` (after the build): runs the app in the local Electron, or explains in one paragraph why
// it cannot. Arguments after `npm start --` go to the app (e.g. `npm start -- --cli vault init ...`).
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

function main() {
  const found = findElectron();
  if (!found.path) {
    process.stderr.write(
      `Sakshya cannot start: ${found.reason}, so there is no Electron to run it in (npm install was probably run ` +
        'with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or without network access). ' +
        'On a machine with network access, fetch it with `npm rebuild electron` or `node node_modules/electron/install.js` ' +
        '(with ELECTRON_SKIP_BINARY_DOWNLOAD unset); or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron 40 ' +
        'folder you already have; or use a packaged build (`npm run package`, see electron-builder.yml). ' +
        'The command-line tool works without Electron: `npx sakshya --help`.\n',
    );
    process.exit(1);
  }
  if (!fs.existsSync(path.join(root, 'dist', 'electron', 'main.mjs'))) {
    process.stderr.write('Sakshya cannot start: dist/electron/main.mjs is missing. Run `npm run build` first.\n');
    process.exit(1);
  }
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
