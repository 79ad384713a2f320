// Builds the CLI bundle, the Electron bundles and the renderer once before any test runs, so CLI tests run
// the real `sakshya` binary and browser tests load the real renderer.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}
