// The custody journal (issue #15): a note appends one encrypted record and leaves the case database file as it
// was; the log survives reopening, kills (a torn record, an anchor one batch behind) and a rekey.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Workbench } from '../../../electron/node/core/workbench';
import { listEvents } from '../../../electron/node/store/events';
import { Vault } from '../../../electron/node/vault/vault';
import { SecretBuffer } from '../../../electron/node/vault/secret';
import { tempDir } from '../../support/cli';
import { decryptAll, frames } from '../../support/journal-file';

const PASS = 'journal test passphrase';
const KDF = { memoryKiB: 8192, iterations: 1 };
let root: string;
let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir: root, cleanup } = tempDir('sakshya-journal-'));
  dir = path.join(root, 'v');
});
afterEach(() => cleanup());

const file = (name: string) => fs.readFileSync(path.join(dir, name));

async function newCase(): Promise<{ wb: Workbench; caseId: string }> {
  const wb = new Workbench({ vaultDir: dir, kdf: KDF, autoLockMinutes: 0 });
  await wb.create(PASS, { name: 'Journal Examiner', designation: 'Analyst', organisation: 'Test Lab' });
  const caseId = (await wb.handlers()['case.create']({ title: 'Journal case' })).id;
  return { wb, caseId };
}

async function note(wb: Workbench, caseId: string, text: string): Promise<void> {
  await wb.handlers()['notes.add']({ caseId, text });
}

async function reopen(): Promise<Workbench> {
  const wb = new Workbench({ vaultDir: dir, kdf: KDF, autoLockMinutes: 0 });
  await wb.unlock(PASS, false);
  return wb;
}

async function vaultKey(): Promise<{ key: Buffer; vaultId: string }> {
  const h = Vault.readHeader(dir);
  const k = await Vault.unwrapKey(h, SecretBuffer.fromString(PASS));
  return { key: Buffer.from(k.bytes), vaultId: h.vaultId };
}

describe('custody journal', () => {
  it('appends one record per note and leaves casedb.enc byte for byte as it was', async () => {
    const { wb, caseId } = await newCase();
    const db = file('casedb.enc');
    const before = frames(file('journal.enc')).frames.length;
    await note(wb, caseId, 'first look at the sample');
    await note(wb, caseId, 'second look');
    expect(file('casedb.enc').equals(db)).toBe(true);
    const after = frames(file('journal.enc'));
    expect(after.frames.length).toBe(before + 2);
    expect(after.rest.length).toBe(0);
    // The last record holds the note and the batch's signed checkpoint, readable only with the vault key.
    const { key, vaultId } = await vaultKey();
    const last = decryptAll(file('journal.enc'), key, vaultId).at(-1)!;
    expect(last.e.map(([c, body]) => [c, (JSON.parse(body) as { details: { text: string } }).details.text])).toEqual([[caseId, 'second look']]);
    expect(last.c.map(([c, body]) => [c, (JSON.parse(body) as { treeSize: number }).treeSize])).toEqual([[caseId, 3]]);
    expect(file('journal.enc').includes(Buffer.from('second look'))).toBe(false);
    wb.lock();
  });

  it('rewrites casedb.enc only for batches that change the case database', async () => {
    const { wb, caseId } = await newCase();
    const gen = wb.vault.generation;
    await note(wb, caseId, 'a note');
    expect(wb.vault.generation).toBe(gen);
    await wb.handlers()['case.rename']({ id: caseId, title: 'Renamed case' });
    expect(wb.vault.generation).toBe(gen + 1);
    wb.lock();
  });

  it('keeps the whole log across lock and unlock, and the chain continues where it stopped', async () => {
    const { wb, caseId } = await newCase();
    for (let i = 0; i < 5; i++) await note(wb, caseId, `note ${i}`);
    wb.lock();
    const again = await reopen();
    await note(again, caseId, 'after reopening');
    const events = listEvents(again.vault.db, caseId);
    expect(events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(events.at(-1)!.details.text).toBe('after reopening');
    const v = again.verifyCase(caseId);
    expect(v).toMatchObject({ ok: true, entries: 7 });
    again.lock();
  });

  it('writes nothing to the journal for a batch that fails', async () => {
    const { wb, caseId } = await newCase();
    const size = file('journal.enc').length;
    expect(() =>
      wb.vault.transaction(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(file('journal.enc').length).toBe(size);
    await note(wb, caseId, 'still works');
    expect(listEvents(wb.vault.db, caseId).map((e) => e.seq)).toEqual([0, 1]);
    wb.lock();
  });

  it('after a kill mid-append: moves the torn record to quarantine/ (never deletes it) and opens with every committed entry', async () => {
    const { wb, caseId } = await newCase();
    await note(wb, caseId, 'committed');
    wb.lock();
    const whole = file('journal.enc');
    // Half of a frame: what a kill during the write can leave.
    const torn = Buffer.alloc(40, 0x5a);
    torn.writeUInt32BE(500, 0);
    fs.appendFileSync(path.join(dir, 'journal.enc'), torn);
    const again = await reopen();
    expect(file('journal.enc').equals(whole)).toBe(true);
    const q = again.vault.journalQuarantined!;
    expect(q).toMatch(/^quarantine\/journal-tail-\d+-[0-9a-f]+\.enc$/);
    expect(fs.readFileSync(path.join(dir, q)).equals(torn)).toBe(true);
    expect(listEvents(again.vault.db, caseId).map((e) => e.details.text ?? e.action)).toEqual(['case.created', 'committed']);
    await note(again, caseId, 'after the crash');
    expect(again.verifyCase(caseId)).toMatchObject({ ok: true, entries: 3 });
    again.lock();
  });

  it('after a kill between the journal append and the anchor: keeps the committed record and brings the anchor up to date', async () => {
    const { wb, caseId } = await newCase();
    const anchor = file('anchor.enc');
    await note(wb, caseId, 'appended, anchor not yet written');
    wb.lock();
    fs.writeFileSync(path.join(dir, 'anchor.enc'), anchor);
    const again = await reopen();
    expect(again.vault.journalQuarantined).toBeNull();
    expect(listEvents(again.vault.db, caseId).at(-1)!.details.text).toBe('appended, anchor not yet written');
    again.lock();
    expect(file('anchor.enc').equals(anchor)).toBe(false);
    // The caught-up anchor now names the note's record: the older journal would be refused.
    (await reopen()).lock();
  });

  it('vault rekey re-encrypts the journal: the old key opens none of its records, the log stays whole', async () => {
    const { wb, caseId } = await newCase();
    await note(wb, caseId, 'before rekey');
    const old = await vaultKey();
    expect(decryptAll(file('journal.enc'), old.key, old.vaultId).length).toBeGreaterThan(0);
    const records = frames(file('journal.enc')).frames.length;
    await wb.vault.rekey(SecretBuffer.fromString(PASS));
    expect(() => decryptAll(file('journal.enc'), old.key, old.vaultId)).toThrow();
    const now = await vaultKey();
    expect(decryptAll(file('journal.enc'), now.key, now.vaultId).length).toBe(records);
    await note(wb, caseId, 'after rekey');
    wb.lock();
    const again = await reopen();
    expect(listEvents(again.vault.db, caseId).map((e) => e.details.text ?? e.action)).toEqual(['case.created', 'before rekey', 'after rekey']);
    expect(again.verifyCase(caseId)).toMatchObject({ ok: true, entries: 3 });
    again.lock();
  });
});
