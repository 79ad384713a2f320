// A format-2 vault (the previous release: custody log inside casedb.enc) opens; its first write moves the log
// into journal.enc; a kill at either point of that move leaves a vault that opens with the log whole, once.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Workbench } from '../../../electron/node/core/workbench';
import { listEvents } from '../../../electron/node/store/events';
import { verifyCase } from '../../../electron/node/custody/verify-case';
import { tempDir } from '../../support/cli';
import { FORMAT2_KDF, makeFormat2Vault } from '../../fixtures/vault/format2-vault';

const PASS = 'migration test passphrase';
const NOTES = 25;
let root: string;
let cleanup: () => void;
let old: string;
let caseId: string;
/** The same vault after its migrating write (one more note). */
let migrated: string;
const oldTexts = ['case.created', ...Array.from({ length: NOTES }, (_, i) => `old note ${i + 1}`)];

function copy(from: string, name: string): string {
  const dir = path.join(root, name);
  fs.cpSync(from, dir, { recursive: true });
  return dir;
}

async function open(dir: string): Promise<Workbench> {
  const wb = new Workbench({ vaultDir: dir, kdf: FORMAT2_KDF, autoLockMinutes: 0 });
  await wb.unlock(PASS, false);
  return wb;
}

const texts = (wb: Workbench) => listEvents(wb.vault.db, caseId).map((e) => (e.details.text as string | undefined) ?? e.action);
const versionOf = (dir: string) => fs.readFileSync(path.join(dir, 'casedb.enc')).readUInt16BE(8);

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir('sakshya-migration-'));
  old = path.join(root, 'format2');
  ({ caseId } = await makeFormat2Vault(old, PASS, NOTES));
  migrated = copy(old, 'migrated');
  const wb = await open(migrated);
  await wb.handlers()['notes.add']({ caseId, text: 'first note after the upgrade' });
  wb.lock();
}, 120_000);
afterAll(() => cleanup());

describe('format-2 vaults', () => {
  it('the fixture is a format-2 vault: version 2 database, no journal', () => {
    expect(versionOf(old)).toBe(2);
    expect(fs.existsSync(path.join(old, 'journal.enc'))).toBe(false);
  });

  it('open and verify without a write, changing no file', async () => {
    const dir = copy(old, 'read-only');
    const before = ['casedb.enc', 'anchor.enc'].map((f) => fs.readFileSync(path.join(dir, f)));
    const wb = await open(dir);
    expect(texts(wb)).toEqual(oldTexts);
    expect(verifyCase(wb.vault, caseId)).toMatchObject({ ok: true, entries: NOTES + 1 });
    wb.lock();
    expect(['casedb.enc', 'anchor.enc'].map((f) => fs.readFileSync(path.join(dir, f)))).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'journal.enc'))).toBe(false);
  });

  it('are migrated by their first write: the log moves to journal.enc, the chain continues, the database holds no entries', async () => {
    expect(versionOf(migrated)).toBe(3);
    expect(fs.existsSync(path.join(migrated, 'journal.enc'))).toBe(true);
    const wb = await open(migrated);
    expect(texts(wb)).toEqual([...oldTexts, 'first note after the upgrade']);
    expect(listEvents(wb.vault.db, caseId).map((e) => e.seq)).toEqual(Array.from({ length: NOTES + 2 }, (_, i) => i));
    expect(verifyCase(wb.vault, caseId)).toMatchObject({ ok: true, entries: NOTES + 2 });
    expect(wb.vault.db.exec('SELECT COUNT(*) FROM events')[0]!.values[0]![0]).toBe(0);
    expect(wb.vault.db.exec('SELECT COUNT(*) FROM checkpoints')[0]!.values[0]![0]).toBe(0);
    // After the move a note leaves casedb.enc as it was.
    const db = fs.readFileSync(path.join(migrated, 'casedb.enc'));
    await wb.handlers()['notes.add']({ caseId, text: 'second note after the upgrade' });
    expect(fs.readFileSync(path.join(migrated, 'casedb.enc')).equals(db)).toBe(true);
    wb.lock();
  });

  it('a kill after the journal was written but before the database was saved: still format 2, migrated again by the next write, every entry once', async () => {
    const dir = copy(old, 'kill-before-save');
    fs.copyFileSync(path.join(migrated, 'journal.enc'), path.join(dir, 'journal.enc'));
    const wb = await open(dir);
    expect(texts(wb)).toEqual(oldTexts);
    await wb.handlers()['notes.add']({ caseId, text: 'written after the kill' });
    wb.lock();
    expect(versionOf(dir)).toBe(3);
    const again = await open(dir);
    expect(texts(again)).toEqual([...oldTexts, 'written after the kill']);
    expect(verifyCase(again.vault, caseId)).toMatchObject({ ok: true, entries: NOTES + 2 });
    again.lock();
  });

  it('a kill after the database was saved but before the anchor: opens with every entry and brings the anchor up to date', async () => {
    const dir = copy(migrated, 'kill-before-anchor');
    fs.copyFileSync(path.join(old, 'anchor.enc'), path.join(dir, 'anchor.enc'));
    // The format-2 anchor names generation g; the migrated database is at g + 1 (the migrating save; the notes
    // after it only appended to the journal): what a kill between that save and the anchor write leaves.
    const wb = await open(dir);
    expect(texts(wb).slice(0, NOTES + 2)).toEqual([...oldTexts, 'first note after the upgrade']);
    expect(verifyCase(wb.vault, caseId)).toMatchObject({ ok: true });
    wb.lock();
    (await open(dir)).lock();
  });
});
