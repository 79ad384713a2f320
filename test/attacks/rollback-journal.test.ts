// Rollback and splicing attacks on the custody journal (journal.enc, issue #15), by someone who can copy and
// edit files but does not know the passphrase. Each forgery is built here from the file's bytes alone (frame
// lengths are in the clear). Older copy and truncation must be refused on unlock (the anchor records the
// committed end); swapped, reordered or spliced records inside the file must be named on `vault check` and
// `verify`; a record from another vault appended at the end is never used.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Workbench } from '../../electron/node/core/workbench';
import { checkVault } from '../../electron/node/services/vault-check';
import { listEvents } from '../../electron/node/store/events';
import { SakshyaError } from '../../shared/api/errors';
import { tempDir } from '../support/cli';
import { frames, HEADER } from '../support/journal-file';
import { KDF, PASS } from './support/vault-common';

let root: string;
let cleanup: () => void;
/** Vault A: notes 1–6, and a copy of its journal and anchor taken after note 3. Vault B: another vault. */
let a: string;
let b: string;
let caseA: string;
let oldJournal: Buffer;

async function newVault(dir: string): Promise<{ wb: Workbench; caseId: string }> {
  const wb = new Workbench({ vaultDir: dir, kdf: KDF, autoLockMinutes: 0 });
  await wb.create(PASS, { name: 'Examiner Synthetic', designation: 'Analyst', organisation: 'Attack Lab' });
  const caseId = (await wb.handlers()['case.create']({ title: 'Attack case' })).id;
  return { wb, caseId };
}

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir('sakshya-journal-attack-'));
  a = path.join(root, 'a');
  b = path.join(root, 'b');
  const va = await newVault(a);
  caseA = va.caseId;
  for (let i = 1; i <= 6; i++) {
    await va.wb.handlers()['notes.add']({ caseId: caseA, text: `note ${i}` });
    if (i === 3) oldJournal = fs.readFileSync(path.join(a, 'journal.enc'));
  }
  va.wb.lock();
  const vb = await newVault(b);
  // The same history (same texts, so every record has the same length as A's): only the vault differs.
  for (let i = 1; i <= 6; i++) await vb.wb.handlers()['notes.add']({ caseId: vb.caseId, text: `note ${i}` });
  vb.wb.lock();
}, 120_000);
afterAll(() => cleanup());

function copyOfA(name: string, journal?: Buffer): string {
  const dir = path.join(root, name);
  fs.cpSync(a, dir, { recursive: true });
  if (journal) fs.writeFileSync(path.join(dir, 'journal.enc'), journal);
  return dir;
}

async function unlockError(dir: string): Promise<SakshyaError> {
  const wb = new Workbench({ vaultDir: dir, kdf: KDF, autoLockMinutes: 0 });
  try {
    await wb.unlock(PASS, false);
  } catch (e) {
    return e as SakshyaError;
  }
  wb.lock();
  throw new Error('expected the unlock to be refused');
}

/** Unlocks (which must succeed), then runs `vault check` and `verify` the way the CLI does; returns their errors. */
async function checkAndVerify(dir: string): Promise<{ check: string; verify: string }> {
  const wb = new Workbench({ vaultDir: dir, kdf: KDF, autoLockMinutes: 0 });
  await wb.unlock(PASS, false);
  const errorOf = (fn: () => unknown) => {
    try {
      const r = fn() as { ok?: boolean; firstBad?: { problem: string } };
      return r.ok === false ? `not ok: ${r.firstBad?.problem}` : 'ok';
    } catch (e) {
      return `${(e as SakshyaError).code}: ${(e as Error).message}`;
    }
  };
  const out = { check: errorOf(() => checkVault(wb.vault)), verify: errorOf(() => wb.verifyCase(caseA)) };
  wb.lock();
  return out;
}

const journalOf = (dir: string) => fs.readFileSync(path.join(dir, 'journal.enc'));

describe('attacks on the custody journal', () => {
  it('the untouched vault opens and verifies (the baseline every attack changes)', async () => {
    expect(await checkAndVerify(copyOfA('honest'))).toEqual({ check: 'ok', verify: 'ok' });
  });

  it('refuses an older copy of the journal on unlock, naming the rollback', async () => {
    const dir = copyOfA('older', oldJournal);
    const e = await unlockError(dir);
    expect(e.code).toBe('VAULT_CORRUPT');
    expect(e.message).toMatch(/ROLLBACK DETECTED: journal\.enc is \d+ bytes long, but the vault's anchor records \d+ records in \d+ bytes/);
    // Nothing was changed or moved.
    expect(journalOf(dir).equals(oldJournal)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'quarantine'))).toBe(false);
  });

  it('refuses a journal whose last records were cut off, and one cut by a single byte', async () => {
    const whole = journalOf(a);
    const { frames: fr } = frames(whole);
    for (const cut of [whole.subarray(0, fr.at(-2)!.end), whole.subarray(0, whole.length - 1)]) {
      const e = await unlockError(copyOfA(`cut-${cut.length}`, cut));
      expect(e.message).toMatch(/ROLLBACK DETECTED: journal\.enc is \d+ bytes long/);
    }
  });

  it('refuses an older journal padded back to the anchored length (the anchored record is not there)', async () => {
    const whole = journalOf(a);
    const padded = Buffer.concat([oldJournal, Buffer.alloc(whole.length - oldJournal.length, 0)]);
    const e = await unlockError(copyOfA('padded', padded));
    expect(e.message).toMatch(/ROLLBACK DETECTED: journal\.enc does not hold record \d+ where the vault's anchor records it/);
  });

  it('names the first misplaced record when two records inside the journal are swapped', async () => {
    const whole = journalOf(a);
    const { header, frames: fr } = frames(whole);
    // Records 3 and 4 (two notes' batches) change places; the end of the file is untouched.
    const order = fr.map((f) => f.bytes);
    [order[2], order[3]] = [order[3]!, order[2]!];
    const dir = copyOfA('swapped', Buffer.concat([header, ...order]));
    const r = await checkAndVerify(dir);
    expect(r.check).toMatch(/^VAULT_CORRUPT: .*custody journal record 3 does not authenticate in its place/);
    expect(r.verify).toMatch(/custody journal record 3 does not authenticate in its place/);
  });

  it('refuses on unlock when the last record is moved (reordering reaches the anchored end)', async () => {
    const whole = journalOf(a);
    const { header, frames: fr } = frames(whole);
    const order = fr.map((f) => f.bytes);
    [order[order.length - 2], order[order.length - 1]] = [order[order.length - 1]!, order[order.length - 2]!];
    const e = await unlockError(copyOfA('last-moved', Buffer.concat([header, ...order])));
    expect(e.message).toMatch(/ROLLBACK DETECTED: journal\.enc does not hold record \d+/);
  });

  it('names a record spliced in from another vault', async () => {
    const whole = journalOf(a);
    const { header, frames: fr } = frames(whole);
    const other = frames(journalOf(b)).frames;
    const order = fr.map((f) => f.bytes);
    order[3] = other[3]!.bytes; // a record in the same place of a vault with the same history
    const dir = copyOfA('spliced', Buffer.concat([header, ...order]));
    const r = await checkAndVerify(dir);
    expect(r.check).toMatch(/custody journal record 4 does not authenticate in its place/);
    expect(r.verify).toMatch(/custody journal record 4 does not authenticate in its place/);
  });

  it('refuses the whole journal of another vault in place of this one', async () => {
    const e = await unlockError(copyOfA('other-journal', journalOf(b)));
    expect(e.code).toBe('VAULT_CORRUPT');
    expect(e.message).toMatch(/journal\.enc failed its integrity check: it is journal [0-9a-f]{32}, but the case database belongs with journal [0-9a-f]{32}/);
  });

  it('never uses a record from another vault appended after the end: it is moved to quarantine/ and the log is unchanged', async () => {
    const whole = journalOf(a);
    const foreign = frames(journalOf(b)).frames.at(-1)!.bytes;
    const dir = copyOfA('appended', Buffer.concat([whole, foreign]));
    const wb = new Workbench({ vaultDir: dir, kdf: KDF, autoLockMinutes: 0 });
    await wb.unlock(PASS, false);
    const q = wb.vault.journalQuarantined!;
    expect(q).toMatch(/^quarantine\/journal-tail-/);
    expect(fs.readFileSync(path.join(dir, q)).equals(foreign)).toBe(true);
    expect(listEvents(wb.vault.db, caseA).map((e) => e.details.text ?? e.action)).toEqual(['case.created', ...[1, 2, 3, 4, 5, 6].map((i) => `note ${i}`)]);
    expect(wb.verifyCase(caseA)).toMatchObject({ ok: true, entries: 7 });
    wb.lock();
    // verify itself is recorded after the untouched records; the foreign record is not in the journal.
    expect(journalOf(dir).subarray(0, whole.length).equals(whole)).toBe(true);
    expect(journalOf(dir).includes(foreign)).toBe(false);
  });

  it('refuses a journal whose header was replaced (the id is in every record and in the case database)', async () => {
    const whole = Buffer.from(journalOf(a));
    whole[HEADER - 1]! ^= 0x01;
    const e = await unlockError(copyOfA('header', whole));
    expect(e.message).toMatch(/journal\.enc failed its integrity check/);
  });

  it('refuses a vault whose journal was deleted', async () => {
    const dir = copyOfA('no-journal');
    fs.rmSync(path.join(dir, 'journal.enc'));
    const e = await unlockError(dir);
    expect(e.message).toMatch(/ROLLBACK DETECTED: the custody journal journal\.enc is missing/);
  });
});
