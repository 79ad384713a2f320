// Child processes of the crash tests, bundled once per test file (node_modules stay external): starting a
// bundle takes a fraction of what starting the TypeScript source through tsx does, which the tests pay per kill.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './cli';

/** Bundles `entry` to a file unique to this process and returns its path and a function that removes it. */
export async function bundleChild(entry: string): Promise<{ file: string; remove: () => void }> {
  const file = path.join(ROOT, 'node_modules', '.cache', 'sakshya-children', `${path.basename(entry, '.ts')}-${process.pid}.mjs`);
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: file, logLevel: 'warning' });
  return { file, remove: () => fs.rmSync(file, { force: true }) };
}
