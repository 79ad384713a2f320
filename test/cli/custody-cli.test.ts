import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sakshya, tempDir } from '../support/cli';
import { fixtureVault } from '../support/vault-fixture';
import { Vault } from '../../electron/node/vault/vault';
import { SecretBuffer } from '../../electron/node/vault/secret';
import type { Database } from 'sql.js';
import { editStoredLog } from '../support/journal-file';

const PASS = 'custody tests';
let root: string;
let cleanup: () => void;
let vault: string;
let caseId: string;
let evidenceId: string;
const env = { SAKSHYA_PASSPHRASE: PASS };

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir());
  vault = path.join(root, 'v');
  await fixtureVault(vault, PASS, { name: 'Custody Examiner' });
  caseId = (await sakshya(['case', 'new', '--vault', vault, '--title', 'Custody case'], { env })).stdout.trim();
  const csv = path.join(root, 'people.csv');
  fs.writeFileSync(csv, 'name,aadhaar\nYara Quill,2345 6789 0124\nZed Omen,499118665246\n');
  const txt = path.join(root, 'notes.txt');
  fs.writeFileSync(txt, 'line one\nline two\n');
  const imp = await sakshya(['import', '--vault', vault, '--case', caseId, '--json', '--reason', 'received by e-mail', csv, txt], { env });
  expect(imp.code, imp.stderr).toBe(0);
  evidenceId = (JSON.parse(imp.stdout) as { evidenceId: string }[])[0]!.evidenceId;
  expect((await sakshya(['rows', '--vault', vault, '--case', caseId, '--evidence', evidenceId], { env })).code).toBe(0);
  expect((await sakshya(['reveal', '--vault', vault, '--case', caseId, '--evidence', evidenceId, '--row', '1', '--column', 'aadhaar', '--reason', 'compare with complaint'], { env })).code).toBe(0);
  expect((await sakshya(['note', 'add', '--vault', vault, '--case', caseId, '--text', 'Sample matches the screenshot', '--evidence', evidenceId], { env })).code).toBe(0);
  expect((await sakshya(['tag', 'add', '--vault', vault, '--case', caseId, '--evidence', evidenceId, '--tag', 'matches-complaint', '--row', '2'], { env })).code).toBe(0);
});
afterAll(() => cleanup());

/** Copies the vault and applies `edit` to the stored log with the passphrase, as an insider with SQL access would. */
async function tampered(name: string, edit: (v: Vault) => void): Promise<string> {
  const dir = path.join(root, `t-${name}`);
  fs.cpSync(vault, dir, { recursive: true });
  const v = await Vault.unlock(dir, SecretBuffer.fromString(PASS));
  v.db.exec('DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete; DROP TRIGGER checkpoints_no_update; DROP TRIGGER checkpoints_no_delete;');
  edit(v);
  v.save();
  v.lock();
  return dir;
}

/** The same for the custody log, which lives in the journal (re-encrypted after the edit, as the insider can). */
async function tamperedLog(name: string, edit: (v: { db: Database }) => void): Promise<string> {
  const dir = path.join(root, `t-${name}`);
  fs.cpSync(vault, dir, { recursive: true });
  await editStoredLog(dir, PASS, (db) => edit({ db }));
  return dir;
}

function ids(v: { db: Database }): number[] {
  return (v.db.exec('SELECT id FROM events WHERE case_id = ? ORDER BY id', [caseId])[0]?.values ?? []).map((r) => Number(r[0]));
}

describe('custody log and verify', () => {
  it('lists the log with IST times and verifies an untouched case (exit 0)', async () => {
    const log = await sakshya(['custody', 'log', '--vault', vault, '--case', caseId], { env });
    expect(log.code, log.stderr).toBe(0);
    expect(log.stdout).toMatch(/IST \(UTC\+05:30\)/);
    for (const a of ['case.created', 'evidence.acquired', 'evidence.parsed', 'evidence.viewed', 'value.revealed', 'note.added', 'tag.added']) expect(log.stdout).toContain(a);
    expect(log.stdout).toMatch(/local and unverified/);
    expect(log.stdout).not.toContain('2345 6789 0124');
    // One record numbering (from 1): `reveal --row 1` is the first record, as `rows` prints it and the log says.
    expect(log.stdout).toContain(`Revealed ${evidenceId} table data, record 1, column aadhaar; reason: compare with complaint`);
    expect(log.stdout).toContain(`Tag "matches-complaint" added to ${evidenceId}, record 2`);
    expect(log.stdout).toContain(`Viewed ${evidenceId} table data, records 1–2`);
    const v = await sakshya(['verify', '--vault', vault, '--case', caseId, '--json'], { env });
    expect(v.code, v.stderr).toBe(0);
    expect(JSON.parse(v.stdout)).toMatchObject({ ok: true, evidence: 2 });
  });

  const cases: [string, (v: { db: Database }) => void, RegExp][] = [
    ['change', (v) => {
      const id = ids(v)[2]!;
      const body = String(v.db.exec('SELECT body FROM events WHERE id = ?', [id])[0]!.values[0]![0]);
      v.db.run('UPDATE events SET body = ? WHERE id = ?', [body.replace('"evidence.', '"evidenceX.'), id]);
    }, /Entry 2\b/],
    ['delete', (v) => v.db.run('DELETE FROM events WHERE id = ?', [ids(v)[3]!]), /Entry 3\b/],
    ['reorder', (v) => {
      const [a, b] = [ids(v)[1]!, ids(v)[2]!];
      const ba = v.db.exec('SELECT body FROM events WHERE id = ?', [a])[0]!.values[0]![0];
      const bb = v.db.exec('SELECT body FROM events WHERE id = ?', [b])[0]!.values[0]![0];
      v.db.run('UPDATE events SET body = ? WHERE id = ?', [bb as string, a]);
      v.db.run('UPDATE events SET body = ? WHERE id = ?', [ba as string, b]);
    }, /Entry 1\b/],
    ['insert', (v) => {
      const all = ids(v);
      const body = String(v.db.exec('SELECT body FROM events WHERE id = ?', [all[4]!])[0]!.values[0]![0]);
      const rows = v.db.exec('SELECT case_id, seq, at, actor, action, body FROM events WHERE id >= ? ORDER BY id', [all[5]!])[0]!.values;
      v.db.run('DELETE FROM events WHERE id >= ?', [all[5]!]);
      v.db.run('INSERT INTO events(case_id, seq, at, actor, action, body) VALUES (?, 9999, ?, ?, ?, ?)', [caseId, 'x', 'x', 'x', body]);
      for (const r of rows) v.db.run('INSERT INTO events(case_id, seq, at, actor, action, body) VALUES (?, ?, ?, ?, ?, ?)', r as string[]);
    }, /Entry [45]\b/],
    ['truncate', (v) => {
      const all = ids(v);
      v.db.run('DELETE FROM events WHERE id >= ?', [all[all.length - 2]!]);
    }, /Entry \d+/],
    ['checkpoint-swap', (v) => {
      const cps = v.db.exec('SELECT id, body FROM checkpoints WHERE case_id = ? ORDER BY id', [caseId])[0]!.values;
      const [first, last] = [cps[0]!, cps[cps.length - 1]!];
      v.db.run('UPDATE checkpoints SET body = ? WHERE id = ?', [last[1] as string, first[0] as number]);
      v.db.run('UPDATE checkpoints SET body = ? WHERE id = ?', [first[1] as string, last[0] as number]);
    }, /Checkpoint \d+|Entry \d+/],
  ];
  for (const [name, edit, expected] of cases) {
    it(`exits 3 naming the entry when the stored log is edited outside the app: ${name}`, async () => {
      const dir = await tamperedLog(name, edit);
      const r = await sakshya(['verify', '--vault', dir, '--case', caseId], { env });
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toMatch(expected);
    });
  }

  it('numbers records from 1 in `rows`, `reveal --row` and the log; refuses record 0 as a usage error', async () => {
    const rows = await sakshya(['rows', '--vault', vault, '--case', caseId, '--evidence', evidenceId], { env });
    expect(rows.code, rows.stderr).toBe(0);
    const lines = rows.stdout.trim().split('\n');
    expect(lines.slice(1).map((l) => l.split('\t')[0])).toEqual(['1', '2']);
    // Record 2 is Zed Omen's line (the second line under the header of people.csv).
    const second = await sakshya(['reveal', '--vault', vault, '--case', caseId, '--evidence', evidenceId, '--row', '2', '--column', 'name', '--reason', 'numbering check', '--json'], { env });
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ record: 2, value: 'Zed Omen' });
    const zero = await sakshya(['reveal', '--vault', vault, '--case', caseId, '--evidence', evidenceId, '--row', '0', '--column', 'name', '--reason', 'numbering check'], { env });
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/counted from 1/);
  });

  it('names the evidence when an original is replaced by different bytes', async () => {
    const dir = await tampered('blob', (v) => {
      const blob = String(v.db.exec('SELECT original_blob FROM evidence WHERE id = ?', [evidenceId])[0]!.values[0]![0]);
      const { blobId, writer } = v.newBlob();
      writer.write(Buffer.from('name,aadhaar\nSomeone Else,2345 6789 0124\n'));
      writer.close();
      v.db.run('INSERT INTO blobs(blob_id, kind, size) VALUES (?, ?, ?)', [blobId, 'original', 10]);
      v.db.run('UPDATE evidence SET original_blob = ? WHERE id = ?', [blobId, evidenceId]);
      void blob;
    });
    const r = await sakshya(['verify', '--vault', dir, '--case', caseId], { env });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(evidenceId);
  });

  it('names the blob file when its bytes are damaged on disk', async () => {
    const dir = path.join(root, 't-disk');
    fs.cpSync(vault, dir, { recursive: true });
    const v = await Vault.unlock(dir, SecretBuffer.fromString(PASS));
    const blob = String(v.db.exec('SELECT original_blob FROM evidence WHERE id = ?', [evidenceId])[0]!.values[0]![0]);
    const file = v.blobPath(blob);
    v.lock();
    const buf = fs.readFileSync(file);
    buf[buf.length - 20]! ^= 0xff;
    fs.writeFileSync(file, buf);
    const r = await sakshya(['verify', '--vault', dir, '--case', caseId], { env });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(path.basename(file));
  });

  it('issues an inclusion proof that checks out with only the public key, and rejects a tampered one', async () => {
    const keyFile = path.join(root, 'examiner.pub');
    expect((await sakshya(['examiner', 'key', '--vault', vault, '--out', keyFile], { env })).code).toBe(0);
    expect(fs.readFileSync(keyFile, 'utf8')).toMatch(/^sakshya-ed25519 [A-Za-z0-9+/]+=* /);
    const proofFile = path.join(root, 'proof.json');
    const p = await sakshya(['custody', 'prove', '--vault', vault, '--case', caseId, '--entry', '2', '--out', proofFile], { env });
    expect(p.code, p.stderr).toBe(0);
    const ok = await sakshya(['custody', 'check-proof', proofFile, '--key', keyFile]);
    expect(ok.code, ok.stderr).toBe(0);
    const doc = JSON.parse(fs.readFileSync(proofFile, 'utf8')) as { entry: { details: Record<string, unknown> } };
    doc.entry.details.reason = 'edited';
    fs.writeFileSync(proofFile, JSON.stringify(doc));
    const bad = await sakshya(['custody', 'check-proof', proofFile, '--key', keyFile]);
    expect(bad.code).toBe(3);
  });

  it('exports CASE/UCO JSON-LD with investigative actions, provenance records and hashes', async () => {
    const r = await sakshya(['custody', 'export', '--vault', vault, '--case', caseId, '--format', 'case-jsonld'], { env });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(doc['@context']).toBeTruthy();
    for (const cls of ['investigation:InvestigativeAction', 'investigation:ProvenanceRecord', 'uco-types:Hash']) expect(r.stdout).toContain(cls.split(':')[1]);
  });
});
