// `vault rekey` killed (SIGKILL) at every one of its steps, one kill per fresh copy of the vault. The kill is
// made by the child itself from the rekey's step hook, so no timing is involved. After each kill the vault must
// open with the passphrase (rolling an interrupted rekey forward), verify, and have every blob authenticate;
// and once the journal was written, the old key material must open nothing current after recovery.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from '../support/cli';
import { bundleChild } from '../support/child-bundle';
import { Workbench } from '../../electron/node/core/workbench';
import { checkVault } from '../../electron/node/services/vault-check';
import { verifyCase } from '../../electron/node/custody/verify-case';
import { Vault } from '../../electron/node/vault/vault';
import { SecretBuffer } from '../../electron/node/vault/secret';
import { decodeHeader } from '../../electron/node/vault/header';
import { open as aeadOpen } from '../../electron/node/vault/aead';
import { PASS } from './support/vault-common';
import { buildPasswdVault, type PasswdVault } from './support/vault-passwd';

let root: string;
let cleanup: () => void;
let built: PasswdVault;
let child: Awaited<ReturnType<typeof bundleChild>>;

beforeAll(async () => {
  child = await bundleChild(path.join(import.meta.dirname, 'support', 'rekey-child.ts'));
  ({ dir: root, cleanup } = tempDir('sakshya-rekey-kill-'));
  built = await buildPasswdVault(root, 'base');
}, 120_000);
afterAll(() => {
  cleanup();
  child?.remove();
});

/** Runs the rekey child on `dir`, killed at step `killAt`; returns the steps it reported and how it ended. */
function runChild(dir: string, killAt: number): Promise<{ steps: string[]; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child.file, dir, PASS, String(killAt)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('error', reject);
    proc.on('close', (_code, signal) => resolve({ steps: out.split('\n').filter((l) => l.startsWith('step ')), signal, stderr: err }));
  });
}

/** Whether the key from the ORIGINAL header + passphrase still opens the vault's current case database. */
async function oldKeyOpensCaseDb(dir: string): Promise<boolean> {
  const h = decodeHeader(built.oldHeader);
  const k = await Vault.unwrapKey(h, SecretBuffer.fromString(PASS));
  const buf = fs.readFileSync(path.join(dir, 'casedb.enc'));
  const aad = Buffer.concat([buf.subarray(0, 18), Buffer.from(`:${h.vaultId}:casedb`, 'utf8')]);
  const ok = aeadOpen(k.bytes, buf.subarray(18, 30), buf.subarray(30), aad) !== null;
  k.wipe();
  return ok;
}

describe('rekey under SIGKILL at every step', () => {
  it('opens with the old or the new key after a kill at any step, never neither, and finishes the rekey on unlock', async () => {
    // A run without a kill tells how many steps there are.
    const full = path.join(root, 'full');
    fs.cpSync(built.dir, full, { recursive: true });
    const clean = await runChild(full, -1);
    expect(clean.signal, clean.stderr).toBeNull();
    const total = clean.steps.length;
    expect(total).toBeGreaterThanOrEqual(10); // start, pending, 2 per blob × 3, casedb, anchor, header, done
    const survived: string[] = [];
    for (let k = 0; k < total; k++) {
      const dir = path.join(root, `kill-${k}`);
      fs.cpSync(built.dir, dir, { recursive: true });
      const run = await runChild(dir, k);
      expect(run.signal, run.stderr).toBe('SIGKILL');
      const step = run.steps.at(-1)!.split(' ')[2]!;
      const journalLeft = fs.existsSync(path.join(dir, 'rekey.pending'));
      const wb = new Workbench({ vaultDir: dir, autoLockMinutes: 0 });
      await wb.unlock(PASS, false);
      try {
        expect(fs.existsSync(path.join(dir, 'rekey.pending'))).toBe(false);
        const report = checkVault(wb.vault);
        expect(report.blobs).toBe(3);
        expect(report.orphans).toBe(0);
        expect(report.quarantined).toEqual([]);
        const v = verifyCase(wb.vault, built.caseId);
        expect(v.ok, `kill at ${step}: ${JSON.stringify(v)}`).toBe(true);
      } finally {
        wb.lock();
      }
      // Killed before the journal existed: still the old key. From the journal on: the new key after recovery.
      expect(await oldKeyOpensCaseDb(dir), `kill at step ${k} (${step})`).toBe(step === 'start');
      survived.push(`${step}${journalLeft ? '*' : ''}`);
    }
    expect(survived).toHaveLength(total);
    console.log(`attack 5 rekey: SIGKILL at each of ${total} steps (${survived.join(', ')}; * = recovery finished it on unlock): all opened, verified, 0 files lost`);
  }, 600_000);
});
