// Where a worker thread's script is. A bundled build (dist/cli.mjs, dist/electron/main.mjs) has each worker
// as its own .mjs beside the bundle (scripts/build.mjs emits them). In development (this code runs as .ts
// under tsx or vitest) Node 20 does not hand the parent's module hooks to worker threads, so the worker's
// .ts source is bundled once per process into plain ESM with esbuild (a dev dependency), under
// node_modules/.cache so its package imports resolve, and removed when the process exits.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dev = new Map<string, Promise<URL>>();
const made: string[] = [];

/**
 * The URL to start worker `name` with. `callerUrl` is import.meta.url of a module that sits beside the
 * worker's source (electron/node/<dir>/<name>.ts) — and, once bundled, is the bundle beside <name>.mjs.
 */
export function workerUrl(name: string, callerUrl: string): Promise<URL> {
  if (!callerUrl.endsWith('.ts')) return Promise.resolve(new URL(`./${name}.mjs`, callerUrl));
  const src = new URL(`./${name}.ts`, callerUrl);
  let p = dev.get(src.href);
  if (!p) {
    p = bundle(src, name);
    dev.set(src.href, p);
  }
  return p;
}

const HOOK_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);

/**
 * The parent's Node options without module-hook flags (`--import tsx` and the like), for a worker started
 * from workerUrl: its script is plain bundled ESM, so re-running the parent's TypeScript loader in every
 * worker would only cost start-up time (about 150 ms a worker). Other flags (profiling, heap limits) stay.
 */
export function workerExecArgv(argv: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    if (HOOK_FLAGS.has(eq > 0 ? a.slice(0, eq) : a)) {
      if (eq < 0) i++; // the value is the next argument
      continue;
    }
    out.push(a);
  }
  return out;
}

async function bundle(src: URL, name: string): Promise<URL> {
  const req = createRequire(import.meta.url);
  const esbuild = (await import('esbuild')) as typeof import('esbuild');
  const nodeModules = path.dirname(path.dirname(req.resolve('esbuild/package.json')));
  const outfile = path.join(nodeModules, '.cache', 'sakshya', `${name}-${process.pid}-${Date.now()}.mjs`);
  await esbuild.build({
    entryPoints: [fileURLToPath(src)], outfile, bundle: true, platform: 'node', format: 'esm',
    target: 'node20', packages: 'external', logLevel: 'silent',
  });
  if (made.length === 0) process.once('exit', () => made.forEach((f) => fs.rmSync(f, { force: true })));
  made.push(outfile);
  return pathToFileURL(outfile);
}
