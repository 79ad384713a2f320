import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterPack, FUSES, fuseTarget } from '../../scripts/electron-builder-hooks/after-pack.mjs';
import { repoRoot } from './electron-binary';

const require = createRequire(path.join(repoRoot, 'package.json'));
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

type Files = { from: string; to: string }[];
interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  publish: unknown;
  files: string[];
  directories: { output: string };
  afterPack: string;
  npmRebuild: boolean;
  linux: { target: string[]; category: string; maintainer: string; executableName: string; extraFiles: Files };
  deb: { afterInstall: string; afterRemove: string };
  win: { target: string[]; extraFiles: Files };
  [key: string]: unknown;
}

const configText = fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8');
const load = () => yaml.load(configText) as BuilderConfig;
const config = load();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-builder-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('electron-builder.yml', () => {
  it('is valid for electron-builder 25.1.8 (its own schema check)', async () => {
    await expect(validateConfiguration(load(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and packs it into an asar archive under release/', () => {
    expect(config.appId).toBe('in.sakshya.workbench');
    expect(config.productName).toBe('Sakshya');
    expect(config.asar).toBe(true);
    expect(config.directories.output).toBe('release');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'package.json']));
    expect(config.npmRebuild).toBe(false);
  });

  it('ships no native code and keeps every script inside the integrity-checked asar', () => {
    const minimatch = require('minimatch') as (p: string, pattern: string, o?: { dot: boolean }) => boolean;
    const excluded = (file: string) => config.files.some((f) => f.startsWith('!') && minimatch(file, f.slice(1), { dot: true }));
    expect(config).not.toHaveProperty('asarUnpack');
    for (const f of ['node_modules/@napi-rs/canvas/index.js', 'node_modules/@napi-rs/canvas-linux-x64-gnu/skia.linux-x64-gnu.node', 'node_modules/@tesseract.js-data/eng/4.0.0/eng.traineddata.gz', 'dist/cli.mjs', 'dist/csv-worker.mjs']) {
      expect(excluded(f), f).toBe(true);
    }
    // What the app loads at run time stays in.
    for (const f of ['node_modules/pdfjs-dist/legacy/build/pdf.mjs', 'node_modules/pdfjs-dist/cmaps/Adobe-Japan1-UCS2.bcmap', 'node_modules/pdfjs-dist/wasm/openjpeg.wasm', 'node_modules/@tesseract.js-data/hin/4.0.0_best_int/hin.traineddata.gz', 'dist/electron/csv-worker.mjs', 'dist/electron/main.mjs']) {
      expect(excluded(f), f).toBe(false);
    }
  });

  it('has every worker thread the code starts built beside both bundles', () => {
    // workerUrl('<name>', import.meta.url) finds <name>.mjs beside the running bundle (electron/node/worker-url.ts).
    const names = new Set<string>();
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts')) for (const m of fs.readFileSync(p, 'utf8').matchAll(/workerUrl\('([\w-]+)'/g)) names.add(m[1]!);
      }
    };
    walk(path.join(repoRoot, 'electron'));
    expect(names.size).toBeGreaterThan(0);
    for (const n of names) {
      expect(fs.existsSync(path.join(repoRoot, 'dist', `${n}.mjs`)), `dist/${n}.mjs`).toBe(true);
      expect(fs.existsSync(path.join(repoRoot, 'dist', 'electron', `${n}.mjs`)), `dist/electron/${n}.mjs`).toBe(true);
    }
  });

  it('publishes nothing and has no auto-update', () => {
    expect(config).toHaveProperty('publish', null);
    expect(configText).not.toMatch(/electron-updater|autoUpdater|latest\.yml/);
  });

  it('builds AppImage and deb for Linux, NSIS and portable for Windows', () => {
    expect([...config.linux.target].sort()).toEqual(['AppImage', 'deb']);
    expect([...config.win.target].sort()).toEqual(['nsis', 'portable']);
    expect(config.linux.category).toBe('Utility');
    expect(config.linux.maintainer).toMatch(/<[^@>]+@[^>]+>/);
  });

  it('installs the CLI launchers beside the app, and they run the app binary with --cli --', () => {
    const linux = config.linux.extraFiles.find((f) => f.to === 'bin/sakshya');
    const win = config.win.extraFiles.find((f) => f.to === 'bin/sakshya.cmd');
    expect(linux && win).toBeTruthy();
    const sh = fs.readFileSync(path.join(repoRoot, linux!.from), 'utf8');
    const cmd = fs.readFileSync(path.join(repoRoot, win!.from), 'utf8');
    expect(sh.startsWith('#!/bin/sh\n')).toBe(true);
    expect(sh).toContain(`"$dir/../${config.linux.executableName}"`);
    expect(sh).toMatch(/--cli -- "\$@"\n$/);
    expect(cmd).toContain(`"%~dp0..\\${config.productName}.exe"`);
    expect(cmd).toContain('--cli -- %*');
    expect(cmd).toContain('exit /b %ERRORLEVEL%');
    expect(cmd.split('\n').slice(0, -1).every((l) => l.endsWith('\r')), 'sakshya.cmd has CRLF line ends').toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(path.join(repoRoot, linux!.from)).mode & 0o111).not.toBe(0);
    // The CLI name must not collide with the app binary in the same folder.
    expect(config.linux.executableName).not.toBe('sakshya');
  });

  it('links /usr/bin/sakshya in the .deb scripts using only macros electron-builder defines', () => {
    for (const file of [config.deb.afterInstall, config.deb.afterRemove]) {
      const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
      const macros = [...text.matchAll(/\$\{([a-zA-Z]+)\}/g)].map((m) => m[1]);
      expect(new Set(macros)).toEqual(new Set(['executable', 'sanitizedProductName']));
      expect(text).toContain('/usr/bin/sakshya');
    }
  });

  it('sets the fuses in an afterPack hook, because 25.1.8 rejects an electronFuses key', async () => {
    expect(fs.existsSync(path.join(repoRoot, config.afterPack))).toBe(true);
    await expect(validateConfiguration({ ...load(), electronFuses: { runAsNode: false } }, new DebugLogger(false))).rejects.toThrow(
      /electronFuses/,
    );
    expect(FUSES).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
      WasmTrapHandlers: true,
    });
  });
});

describe('afterPack fuse hook', () => {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  /** A stand-in Electron binary: junk, the fuse sentinel, version 1, then a wire of `n` fuses all on. */
  const fakeBinary = (file: string, n: number) => {
    const wire = Buffer.alloc(n, FuseState.ENABLE);
    fs.writeFileSync(file, Buffer.concat([Buffer.alloc(4096, 0x41), Buffer.from(SENTINEL), Buffer.from([1, n]), wire, Buffer.alloc(4096, 0x42)]));
  };
  const context = (appOutDir: string, electronPlatformName = 'linux') => ({
    appOutDir,
    electronPlatformName,
    arch: 1,
    packager: { executableName: 'sakshya-workbench', appInfo: { productFilename: 'Sakshya' } },
  });

  it('finds the binary electron-builder lays out on Linux and Windows', () => {
    expect(fuseTarget(context('/out'))).toBe(path.join('/out', 'sakshya-workbench'));
    expect(fuseTarget(context('/out', 'win32'))).toBe(path.join('/out', 'Sakshya.exe'));
  });

  it('flips every fuse to the configured state in the packaged binary', async () => {
    const out = fs.mkdtempSync(path.join(tmp, 'linux-unpacked-'));
    const exe = path.join(out, 'sakshya-workbench');
    fakeBinary(exe, 9);
    await afterPack(context(out));
    const wire = (await getCurrentFuseWire(exe)) as unknown as Record<number, number>;
    for (const [name, on] of Object.entries(FUSES)) {
      expect(wire[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(on ? FuseState.ENABLE : FuseState.DISABLE);
    }
  });

  it('fails the build when the binary has a fuse the config does not set (a newer Electron)', async () => {
    const out = fs.mkdtempSync(path.join(tmp, 'newer-'));
    fakeBinary(path.join(out, 'sakshya-workbench'), 10);
    await expect(afterPack(context(out))).rejects.toThrow(/strictlyRequireAllFuses/);
  });
});
