// Packs the unpacked `dir` target with electron-builder and inspects the result: the app binary, the
// app.asar contents, the CLI launcher and the flipped fuses.
// - Always, with a stand-in Electron distribution (a file carrying Electron's fuse wire), so the whole
//   electron-builder configuration, the file list and the afterPack fuse hook run on every machine.
// - Where a real Electron distribution exists (SAKSHYA_ELECTRON_DIST, or the installed binary's
//   folder), again with it, and then the packaged binary runs the CLI. Without one that part reports
//   itself skipped (electron-builder cannot download Electron here).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { FUSES } from '../../scripts/electron-builder-hooks/after-pack.mjs';
import { electronDist, headlessSwitches, repoRoot } from './electron-binary';

const exec = promisify(execFile);
const require = createRequire(path.join(repoRoot, 'package.json'));
const asar = require('@electron/asar') as { listPackage(p: string, o: object): string[] };
const platform = process.platform === 'win32' ? 'win' : process.platform === 'linux' ? 'linux' : null;
const realDist = electronDist();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-pack-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function ensureBuilt(): Promise<void> {
  if (fs.existsSync(path.join(repoRoot, 'dist', 'electron', 'main.mjs')) && fs.existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) return;
  await exec(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, timeout: 300_000 });
}

/** Runs `electron-builder --<platform> dir` from `dist` into `out`; returns the unpacked app folder. */
async function pack(dist: string, out: string): Promise<string> {
  await exec(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', 'electron-builder', 'cli.js'),
      '--config',
      'electron-builder.yml',
      `--${platform}`,
      'dir',
      `-c.electronDist=${dist}`,
      `-c.directories.output=${out}`,
    ],
    { cwd: repoRoot, timeout: 600_000, maxBuffer: 64 * 1024 * 1024 },
  );
  return path.join(out, platform === 'win' ? 'win-unpacked' : 'linux-unpacked');
}

const exeIn = (unpacked: string) => path.join(unpacked, platform === 'win' ? 'Sakshya.exe' : 'sakshya-workbench');

/** A folder shaped like an unpacked Linux Electron: a binary with the fuse sentinel and an all-on wire. */
function standInDist(): string {
  const dir = path.join(tmp, 'stand-in-electron');
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'locales'), { recursive: true });
  const wire = Buffer.concat([Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 9]), Buffer.alloc(9, FuseState.ENABLE)]);
  fs.writeFileSync(path.join(dir, 'electron'), Buffer.concat([Buffer.alloc(4096, 0x41), wire, Buffer.alloc(4096, 0x42)]), { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'chrome-sandbox'), '');
  fs.writeFileSync(path.join(dir, 'resources', 'default_app.asar'), '');
  for (const l of ['en-US', 'hi', 'fr', 'zh-CN']) fs.writeFileSync(path.join(dir, 'locales', `${l}.pak`), '');
  return dir;
}

async function expectFusesFlipped(exe: string): Promise<void> {
  const wire = (await getCurrentFuseWire(exe)) as unknown as Record<number, number>;
  for (const [name, on] of Object.entries(FUSES)) {
    expect(wire[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(on ? FuseState.ENABLE : FuseState.DISABLE);
  }
}

function expectAsarContents(unpacked: string): void {
  const files = asar.listPackage(path.join(unpacked, 'resources', 'app.asar'), {}).map((f) => f.split(path.sep).join('/'));
  expect(files).toEqual(expect.arrayContaining(['/package.json', '/dist/electron/main.mjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html']));
  expect(files).not.toContain('/dist/cli.mjs');
  expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  // Only production dependencies: no Electron, no build or test tooling.
  for (const dev of ['electron', 'electron-builder', 'vitest', 'typescript', '@doyensec/electronegativity', 'playwright-core']) {
    expect(files, dev).not.toContain(`/node_modules/${dev}`);
  }
  // Sources and tests stay out: only the built dist/ and package.json.
  expect(files.filter((f) => /^\/(electron|renderer|shared|test|scripts)\//.test(f))).toEqual([]);
}

describe.skipIf(platform !== 'linux')('packed dir build with a stand-in Electron', () => {
  let unpacked = '';
  beforeAll(async () => {
    await ensureBuilt();
    unpacked = await pack(standInDist(), path.join(tmp, 'release-stand-in'));
  }, 900_000);

  it('lays out the app binary, app.asar (and no plain app folder or default app) and bin/sakshya', () => {
    expect(fs.existsSync(exeIn(unpacked))).toBe(true);
    expect(fs.existsSync(path.join(unpacked, 'resources', 'app.asar'))).toBe(true);
    expect(fs.existsSync(path.join(unpacked, 'resources', 'app'))).toBe(false);
    expect(fs.existsSync(path.join(unpacked, 'resources', 'default_app.asar'))).toBe(false);
    const launcher = path.join(unpacked, 'bin', 'sakshya');
    expect(fs.readFileSync(launcher, 'utf8')).toContain('"$dir/../sakshya-workbench"');
    expect(fs.statSync(launcher).mode & 0o111).not.toBe(0);
  });

  it('keeps only the English and Hindi Chromium locales', () => {
    expect(fs.readdirSync(path.join(unpacked, 'locales')).sort()).toEqual(['en-US.pak', 'hi.pak']);
  });

  it('packs the bundles, the renderer and production dependencies only', () => {
    expectAsarContents(unpacked);
  });

  it('has every fuse flipped by the afterPack hook', async () => {
    await expectFusesFlipped(exeIn(unpacked));
  });
});

const canPackReal = realDist !== null && platform !== null;
if (!canPackReal) console.warn('No Electron distribution (set SAKSHYA_ELECTRON_DIST to an unpacked Electron 40 folder): real packaging test skipped');

describe.skipIf(!canPackReal)(`packed dir build with the real Electron${canPackReal ? '' : ' [SKIPPED: no Electron distribution; set SAKSHYA_ELECTRON_DIST]'}`, () => {
  let unpacked = '';
  beforeAll(async () => {
    await ensureBuilt();
    unpacked = await pack(realDist!, path.join(tmp, 'release-real'));
  }, 900_000);

  it('holds the app binary, app.asar and the CLI launcher', () => {
    expect(fs.existsSync(exeIn(unpacked))).toBe(true);
    expect(fs.existsSync(path.join(unpacked, 'resources', 'app.asar'))).toBe(true);
    expect(fs.existsSync(path.join(unpacked, 'bin', platform === 'win' ? 'sakshya.cmd' : 'sakshya'))).toBe(true);
    expectAsarContents(unpacked);
  });

  it('has every fuse flipped as configured', async () => {
    await expectFusesFlipped(exeIn(unpacked));
  });

  it('runs the CLI from the packaged binary', async () => {
    const r = await exec(exeIn(unpacked), [...headlessSwitches(), '--cli', '--', '--version'], {
      timeout: 120_000,
      env: { ...process.env, HOME: tmp, XDG_CONFIG_HOME: tmp, APPDATA: tmp },
    });
    expect(r.stdout).toMatch(/\d+\.\d+\.\d+/);
  });
});
