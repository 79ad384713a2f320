// Finds a usable Electron for the tests that need one. This machine installs Electron with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1, so usually there is none and those tests report themselves skipped.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(repoRoot, 'package.json'));

/** The Electron executable from node_modules (or ELECTRON_OVERRIDE_DIST_PATH), if it exists. */
export function electronBinary(): string | null {
  try {
    const p: unknown = require('electron');
    return typeof p === 'string' && fs.existsSync(p) ? p : null;
  } catch {
    return null; // node_modules/electron/path.txt missing: the binary was never downloaded
  }
}

/** An unpacked Electron distribution for electron-builder's `electronDist`: SAKSHYA_ELECTRON_DIST, else the binary's folder. */
export function electronDist(): string | null {
  const fromEnv = process.env.SAKSHYA_ELECTRON_DIST;
  if (fromEnv) return fs.existsSync(fromEnv) ? path.resolve(fromEnv) : null;
  const bin = electronBinary();
  return bin ? path.dirname(bin) : null;
}

/** Chromium switches the tests add: no display needed, and root (CI containers) needs --no-sandbox. */
export function headlessSwitches(): string[] {
  const s = ['--disable-gpu'];
  if (process.platform === 'linux') s.unshift('--ozone-platform=headless');
  if (process.platform === 'linux' && process.getuid?.() === 0) s.push('--no-sandbox');
  return s;
}
