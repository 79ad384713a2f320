import { afterEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workbench } from '../../../electron/node/core/workbench';
import { createDispatcher } from '../../../electron/node/api/dispatcher';
import { readEntries } from '../../../electron/node/store/custody-log';
import { VAULT_LOG } from '../../../electron/node/store/events';

// The vault session says why the vault is locked, so the screen can tell "you locked it" from "it locked
// itself after inactivity"; and every custody entry names the vault's examiner, whoever the caller is.
const KDF = { memoryKiB: 8192, iterations: 1 };
const PASS = 'correct horse battery staple 42';
const EXAMINER = { name: 'Insp. Meera Iyer', designation: 'Inspector', organisation: 'Cyber Cell' };
const dirs: string[] = [];

function vaultDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-session-'));
  dirs.push(d);
  return path.join(d, 'v');
}

afterEach(() => {
  vi.useRealTimers();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('vault session', () => {
  it('reports no lock reason while unlocked and "user" after the investigator locks', async () => {
    const wb = new Workbench({ vaultDir: vaultDir(), kdf: KDF, autoLockMinutes: 0 });
    expect((await wb.create(PASS, EXAMINER)).lockReason).toBeNull();
    const h = wb.handlers();
    const locked = await h['vault.lock']({});
    expect(locked).toMatchObject({ state: 'locked', lockReason: 'user' });
    expect((await h['vault.unlock']({ passphrase: PASS })).lockReason).toBeNull();
  });

  it('reports "auto-lock" after the idle timer locks the vault, through the dispatcher as the renderer sees it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const wb = new Workbench({ vaultDir: vaultDir(), kdf: KDF, autoLockMinutes: 1 });
    await wb.create(PASS, EXAMINER);
    vi.advanceTimersByTime(60_000 + 1);
    const dispatch = createDispatcher(wb.handlers(), { isTrustedSender: () => true });
    const res = await dispatch({ url: 'app://sakshya/', topFrame: true }, 'vault.status', {});
    expect(res).toMatchObject({ ok: true, value: { state: 'locked', lockReason: 'auto-lock' } });
  });

  it('records the vault examiner as the actor of every entry, and the new vault actions by their own names', async () => {
    const wb = new Workbench({ vaultDir: vaultDir(), kdf: KDF, autoLockMinutes: 0 });
    await wb.create(PASS, EXAMINER);
    await wb.changePassphrase(PASS, `${PASS} and more`);
    const entries = readEntries(wb.vault.db, VAULT_LOG);
    expect(entries.map((e) => e.action)).toEqual(['vault.created', 'vault.passphrase_changed']);
    for (const e of entries) expect(e.examiner.name).toBe('Insp. Meera Iyer');
  });
});
