// Packs the unpacked `dir` target with electron-builder from a local Electron distribution
// (SAKSHYA_ELECTRON_DIST, or the installed binary's folder), then inspects the result: the app binary,
// app.asar contents, the CLI launcher and the flipped fuses. Without an Electron distribution this is
// reported as skipped (electron-builder cannot download one here).
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
const dist = electronDist();
const platform = process.platform === 'win32' ? 'win' : process.platform === 'linux' ? 'linux' : null;
const canPack = dist !== null && platform !== null;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-pack-'));
const out = path.join(tmp, 'release');
const unpacked = path.join(out, platform === 'win' ? 'win-unpacked' : 'linux-unpacked');
const exe = path.join(unpacked, platform === 'win' ? 'Sakshya.exe' : 'sakshya-workbench');

beforeAll(async () => {
  if (!canPack) return;
  await exec(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, timeout: 300_000 });
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
}, 900_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

if (!canPack) console.warn('No Electron distribution (set SAKSHYA_ELECTRON_DIST to an unpacked Electron 40 folder): packaging test skipped');

describe.skipIf(!canPack)(`packed dir build${canPack ? '' : ' [SKIPPED: no Electron distribution; set SAKSHYA_ELECTRON_DIST]'}`, () => {
  it('holds the app binary, app.asar and the CLI launcher', () => {
    expect(fs.existsSync(exe)).toBe(true);
    expect(fs.existsSync(path.join(unpacked, 'resources', 'app.asar'))).toBe(true);
    expect(fs.existsSync(path.join(unpacked, 'resources', 'app'))).toBe(false);
    const launcher = path.join(unpacked, 'bin', platform === 'win' ? 'sakshya.cmd' : 'sakshya');
    expect(fs.existsSync(launcher)).toBe(true);
  });

  it('packs the bundles and the renderer, but not the Node CLI bundle or source maps', () => {
    const require = createRequire(path.join(repoRoot, 'package.json'));
    const asar = require('@electron/asar') as { listPackage(p: string, o: object): string[] };
    const files = asar.listPackage(path.join(unpacked, 'resources', 'app.asar'), {}).map((f) => f.split(path.sep).join('/'));
    expect(files).toEqual(expect.arrayContaining(['/package.json', '/dist/electron/main.mjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html']));
    expect(files).not.toContain('/dist/cli.mjs');
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('/node_modules/electron/'))).toEqual([]);
  });

  it('has every fuse flipped as configured', async () => {
    const wire = (await getCurrentFuseWire(exe)) as unknown as Record<number, number>;
    for (const [name, on] of Object.entries(FUSES)) {
      expect(wire[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(on ? FuseState.ENABLE : FuseState.DISABLE);
    }
  });

  it('runs the CLI from the packaged binary', async () => {
    const r = await exec(exe, [...headlessSwitches(), '--cli', '--', '--version'], { timeout: 120_000, env: { ...process.env, HOME: tmp, XDG_CONFIG_HOME: tmp } });
    expect(r.stdout).toMatch(/\d+\.\d+\.\d+/);
  });
});
