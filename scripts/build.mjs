// Builds everything the app, the CLI and the tests run: the CLI and Electron bundles (esbuild) and the
// renderer (Vite). Dependencies stay external and load from node_modules (or the packaged app.asar).
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const define = { __SAKSHYA_VERSION__: JSON.stringify(pkg.version) };
const only = process.argv.slice(2);
const want = (part) => only.length === 0 || only.includes(part);

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: false, define, logLevel: 'warning', absWorkingDir: root };

// Worker threads load their own script, found beside the bundle that starts them (electron/node/worker-url.ts).
const workers = ['electron/node/ingest/csv-worker.ts', 'electron/node/pii/detect-worker.ts', 'electron/node/analysis/analysis-worker.ts'];
const workerBuilds = (dir) =>
  workers.map((w) => build({ ...common, entryPoints: [w], outfile: `${dir}/${path.basename(w, '.ts')}.mjs`, format: 'esm', packages: 'external' }));

const jobs = [];
if (want('cli')) {
  jobs.push(
    build({ ...common, entryPoints: ['electron/cli/entry.ts'], outfile: 'dist/cli.mjs', format: 'esm', packages: 'external' }),
    ...workerBuilds('dist'),
  );
}
if (want('electron') && fs.existsSync(path.join(root, 'electron/main/main.ts'))) {
  jobs.push(
    build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.mjs', format: 'esm', packages: 'external' }),
    // Sandboxed preloads can only require 'electron': everything else is bundled in.
    build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] }),
    ...workerBuilds('dist/electron'),
  );
}
if (want('renderer') && fs.existsSync(path.join(root, 'renderer/index.html'))) {
  jobs.push(viteBuild({ configFile: path.join(root, 'renderer/vite.config.ts'), logLevel: 'warn' }));
}
await Promise.all(jobs);
