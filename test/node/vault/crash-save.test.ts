import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Vault } from '../../../electron/node/vault/vault';
import { SecretBuffer } from '../../../electron/node/vault/secret';
import { ROOT, tempDir } from '../../support/cli';
import { bundleChild } from '../../support/child-bundle';

const KILLS = 30;

let child: Awaited<ReturnType<typeof bundleChild>>;
beforeAll(async () => {
  child = await bundleChild(path.join(import.meta.dirname, 'support', 'save-loop.ts'));
});
/** Children still running (a test that times out must not leave its save loop spinning on the machine). */
const live = new Set<ChildProcess>();
afterAll(() => {
  for (const p of live) p.kill('SIGKILL');
  child?.remove();
});

/** Starts the save loop, kills it with SIGKILL at a random moment, and returns the last committed count. */
function runAndKill(dir: string, pass: string, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child.file, dir, pass], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    live.add(proc);
    let committed = -1;
    let buf = '';
    let err = '';
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line === 'ready') setTimeout(() => proc.kill('SIGKILL'), delayMs);
        const m = /^committed (\d+)$/.exec(line);
        if (m) committed = Number(m[1]);
      }
    });
    proc.on('close', (_code, signal) => {
      live.delete(proc);
      if (signal !== 'SIGKILL') reject(new Error(`child ended without being killed: ${err}`));
      else resolve(committed);
    });
  });
}

describe('crash safety of saves', () => {
  it(`opens with the old or the new state after SIGKILL at ${KILLS} random moments during saves`, async () => {
    const { dir: root, cleanup } = tempDir();
    const dir = path.join(root, 'v');
    const pass = 'crash test';
    try {
      (await Vault.create(dir, SecretBuffer.fromString(pass), { kdf: { memoryKiB: 8192, iterations: 1 } })).lock();
      let known = 0;
      for (let k = 0; k < KILLS; k++) {
        const reported = await runAndKill(dir, pass, Math.floor(Math.random() * 120));
        const v = await Vault.unlock(dir, SecretBuffer.fromString(pass));
        const count = Number(v.db.exec('SELECT COUNT(*) FROM cases')[0]?.values[0]?.[0]);
        v.lock();
        // Everything reported committed is there; at most the one save in flight went through unreported.
        const floor = Math.max(known, reported);
        expect(count).toBeGreaterThanOrEqual(floor);
        expect(count).toBeLessThanOrEqual(floor + 1);
        known = count;
        expect(fs.existsSync(path.join(dir, 'vault.lock'))).toBe(false);
      }
      expect(known).toBeGreaterThan(0);
    } finally {
      cleanup();
    }
  });
});
