import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Workbench } from '../../../electron/node/core/workbench';
import { listEvents } from '../../../electron/node/store/events';
import { checkVault } from '../../../electron/node/services/vault-check';
import { plainTextHits, tempDir } from '../../support/cli';
import { listEvidence, listTables } from '../../../electron/node/store/evidence';

let root: string;
let cleanup: () => void;
let wb: Workbench;
let caseId: string;

const file = (name: string, data: string | Buffer) => {
  const p = path.join(root, 'in', name);
  fs.writeFileSync(p, data);
  return p;
};

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir());
  fs.mkdirSync(path.join(root, 'in'));
  wb = new Workbench({ vaultDir: path.join(root, 'v'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  await wb.create('pass', { name: 'Examiner', designation: '', organisation: '' });
  caseId = (await wb.handlers()['case.create']({ title: 'Import tests' })).id;
});
afterAll(() => {
  wb.lock();
  cleanup();
});

const CSV = 'name,aadhaar,mobile\nZarina Quasar,2345 6789 0124,9876543210\n"Quill, Yara",499118665246,+91 98765 43210\n';

describe('import', () => {
  it('hashes exactly the bytes received, encrypts them, parses, and records the acquisition', async () => {
    const p = file('people.csv', CSV);
    const [r] = await wb.importFiles(caseId, [p], { reason: 'sample from complainant' });
    const bytes = fs.readFileSync(p);
    expect(r).toMatchObject({
      status: 'parsed',
      format: 'csv',
      records: 2,
      malformed: 0,
      bytes: bytes.length,
      md5: createHash('md5').update(bytes).digest('hex'),
      sha1: createHash('sha1').update(bytes).digest('hex'),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    const events = listEvents(wb.vault.db, caseId).map((e) => e.action);
    expect(events).toEqual(expect.arrayContaining(['evidence.acquired', 'evidence.parsed']));
    const acquiredEvt = listEvents(wb.vault.db, caseId).find((e) => e.action === 'evidence.acquired')!;
    expect(acquiredEvt.details).toMatchObject({ sourcePath: p, reason: 'sample from complainant', bytes: bytes.length });
    expect(plainTextHits([path.join(root, 'v')], ['Zarina Quasar', '2345 6789 0124', '9876543210'])).toEqual([]);
    // A CSV's records are read in place from the encrypted original: one blob, no second copy.
    expect(checkVault(wb.vault).blobs).toBeGreaterThanOrEqual(1);
    const [table] = listTables(wb.vault.db, r!.evidenceId!);
    expect(table).toMatchObject({ rowsBlob: listEvidence(wb.vault.db, caseId).find((e) => e.id === r!.evidenceId)!.originalBlob, rowFormat: { kind: 'csv', width: 3 } });
  });

  it('shows records redacted, infers column types, and reveals one cell on record', async () => {
    const list = await wb.handlers()['evidence.list']({ caseId });
    const e = list.find((x) => x.name === 'people.csv')!;
    const page = await wb.handlers()['evidence.rows']({ caseId, evidenceId: e.id, offset: 0, limit: 10 });
    expect(page.columns.map((c) => c.piiType)).toEqual(['PERSON', 'IN_AADHAAR', 'IN_PHONE']);
    expect(page.rows[0]).toEqual(['Z. Q.', 'XXXX XXXX 0124', 'XXXXXX3210']);
    expect(JSON.stringify(page)).not.toMatch(/Zarina|6789|987654/);
    const rev = await wb.handlers()['evidence.reveal']({ caseId, evidenceId: e.id, row: 1, column: 'aadhaar', reason: 'match against complaint' });
    expect(rev.value).toBe('499118665246');
    wb.flushViews();
    const actions = listEvents(wb.vault.db, caseId).map((x) => x.action);
    expect(actions).toContain('value.revealed');
    expect(actions).toContain('evidence.viewed');
  });

  it('recognises the same bytes imported twice and does not store them again', async () => {
    const p = file('copy-of-people.csv', CSV);
    const blobsBefore = wb.vault.listBlobFiles().length;
    const [r] = await wb.importFiles(caseId, [p]);
    expect(r!.status).toBe('duplicate');
    // Named as offered, pointing at the item it repeats.
    expect(r!.name).toBe('copy-of-people.csv');
    expect(r!.duplicateOf).toBeTruthy();
    expect(wb.vault.listBlobFiles().length).toBe(blobsBefore);
    expect(listEvents(wb.vault.db, caseId).some((x) => x.action === 'evidence.duplicate')).toBe(true);
  });

  it('pages from the middle of a large table using the row index', async () => {
    const lines = ['id,value'];
    for (let i = 0; i < 20000; i++) lines.push(`${i},v${i}`);
    const [r] = await wb.importFiles(caseId, [file('big.csv', lines.join('\n'))]);
    expect(r!.records).toBe(20000);
    const page = await wb.handlers()['evidence.rows']({ caseId, evidenceId: r!.evidenceId!, offset: 12345, limit: 3 });
    expect(page.rows.map((x) => x[0])).toEqual(['12345', '12346', '12347']);
    expect(page.total).toBe(20000);
    const last = await wb.handlers()['evidence.rows']({ caseId, evidenceId: r!.evidenceId!, offset: 19999, limit: 5 });
    expect(last.rows.map((x) => x[1])).toEqual(['v19999']);
  });

  it('acquires a zero-byte file and a binary file, marking each with a specific reason', async () => {
    const res = await wb.importFiles(caseId, [file('empty.csv', ''), file('noise.bin', Buffer.from([0x00, 0xff, 0x10, 0x00, 0x99, 0x01, 0x02]))]);
    expect(res[0]).toMatchObject({ status: 'unparsed', bytes: 0, sha256: createHash('sha256').update('').digest('hex') });
    expect(res[0]!.reason).toMatch(/empty file/);
    expect(res[1]).toMatchObject({ status: 'unparsed', bytes: 7 });
    expect(res[1]!.reason).toMatch(/binary/);
  });

  it('marks a truncated JSON file malformed with the byte offset, keeping the records before it', async () => {
    const [r] = await wb.importFiles(caseId, [file('cut.json', '[{"a":"1"},{"a":"2"},{"a":"3')]);
    expect(r!.status).toBe('malformed');
    expect(r!.records).toBe(2);
    expect(r!.reason).toMatch(/offset|line/);
  });

  it('counts rows with the wrong number of fields by line number and keeps them', async () => {
    const [r] = await wb.importFiles(caseId, [file('ragged.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n')]);
    expect(r).toMatchObject({ status: 'parsed', records: 4, malformed: 2 });
    const e = (await wb.handlers()['evidence.list']({ caseId })).find((x) => x.id === r!.evidenceId)!;
    expect(e.problems.map((p) => p.line)).toEqual([3, 4]);
  });

  it('reports a missing file as failed, writes an import.failed event, and continues with the others', async () => {
    const res = await wb.importFiles(caseId, [path.join(root, 'in', 'nope.csv'), file('ok.txt', 'one\ntwo\n')]);
    expect(res.map((r) => r.status)).toEqual(['failed', 'parsed']);
    expect(listEvents(wb.vault.db, caseId).some((e) => e.action === 'import.failed')).toBe(true);
  });

  it('cancel leaves no partial evidence behind', async () => {
    const lines = ['id,value'];
    for (let i = 0; i < 400000; i++) lines.push(`${i},value number ${i}`);
    const p = file('cancel-me.csv', lines.join('\n'));
    const before = (await wb.handlers()['evidence.list']({ caseId })).length;
    const blobsBefore = wb.vault.listBlobFiles().length;
    const c = new AbortController();
    const res = await wb.importFiles(caseId, [p], { signal: c.signal, onProgress: (pr) => pr.bytesDone > 1_000_000 && c.abort() });
    expect(res[0]!.status).toBe('cancelled');
    expect((await wb.handlers()['evidence.list']({ caseId })).length).toBe(before);
    expect(wb.vault.listBlobFiles().length).toBe(blobsBefore);
    expect(listEvents(wb.vault.db, caseId).some((e) => e.action === 'import.cancelled')).toBe(true);
  });
});

describe('import of ZIP archives', () => {
  it('makes each inner file its own evidence item linked to its parent, and refuses traversal names', async () => {
    const { zipSync } = await import('./support/zip-writer');
    const zip = zipSync({ 'a/people.csv': 'name,mobile\nQ One,9876543210\n', 'b/lines.txt': 'x\ny\nz\n', '../evil.txt': 'boom' });
    const [parent, ...children] = await wb.importFiles(caseId, [file('bundle.zip', zip)]);
    expect(parent).toMatchObject({ format: 'zip', status: 'parsed' });
    expect(children.map((c) => [c.name, c.format, c.records, c.parentId])).toEqual([
      ['people.csv', 'csv', 1, parent!.evidenceId],
      ['lines.txt', 'text', 3, parent!.evidenceId],
    ]);
    expect(parent!.warnings.join(' ')).toMatch(/evil\.txt/);
    const { createHash } = await import('node:crypto');
    expect(children[0]!.sha256).toBe(createHash('sha256').update('name,mobile\nQ One,9876543210\n').digest('hex'));
  });
});
