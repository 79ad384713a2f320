// Runs the real `sakshya` command-line tool (the npm bin entry) in a child process.
import { spawn } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const BIN = path.join(ROOT, 'electron', 'cli', 'sakshya.cjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function sakshya(args: string[], opts: { env?: Record<string, string | undefined>; input?: string | Buffer; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    // Most suites use short throwaway passphrases; test/attacks/passphrase-cli.test.ts turns the check back on.
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, SAKSHYA_ALLOW_WEAK_PASSPHRASE: '1', ...opts.env };
    const child = spawn(process.execPath, [BIN, ...args], { env, cwd: opts.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(opts.input ?? '');
  });
}

/** A fresh temp folder, removed by the returned cleanup function. */
export function tempDir(prefix = 'sakshya-test-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Every file under `dir`, recursively. */
export function allFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...allFiles(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Encodings a plain-text sweep looks for: UTF-8, UTF-16LE and UTF-16BE. */
export function encodings(s: string): Buffer[] {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.from(le);
  be.swap16();
  return [Buffer.from(s, 'utf8'), le, be];
}

/** Files under `dirs` that contain any of `needles` in any of the three encodings. */
export function plainTextHits(dirs: string[], needles: string[]): { file: string; needle: string }[] {
  const hits: { file: string; needle: string }[] = [];
  for (const d of dirs) {
    if (!fs.existsSync(d)) continue;
    for (const f of allFiles(d)) {
      const data = fs.readFileSync(f);
      for (const n of needles) if (encodings(n).some((b) => data.includes(b))) hits.push({ file: f, needle: n });
    }
  }
  return hits;
}
