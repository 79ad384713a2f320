// The case-wide search, bookmarks and the custody export through the one dispatcher every host uses:
// what is found where (planted at known places by the fixture), that nothing raw crosses, the filters, the
// custody entries, and Cancel through a hold (not a race against the scan's speed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workbench } from '../../../electron/node/core/workbench';
import { createDispatcher } from '../../../electron/node/api/dispatcher';
import type { Method, Request, Response, WireResult } from '../../../shared/api/contract';
import { readEntries } from '../../../electron/node/store/custody-log';
import {
  APPOINTMENT_REMARK_ROW,
  APPOINTMENT_TARGET_ROW,
  BENEFICIARY_TARGET_ROW,
  CSV_TARGET_ROW,
  TARGET,
  TARGET_MASKED,
  TARGET_SPACED,
  writeSearchCase,
} from '../../fixtures/search/search-case';

let root = '';
let wb: Workbench;
let caseId = '';
let csvId = '';
let sqliteId = '';
let release: (() => void) | null = null;
let holding: Promise<void> | null = null;
const replies: string[] = [];

const dispatch = () => createDispatcher(wb.handlers(), { isTrustedSender: () => true });
async function call<M extends Method>(method: M, request: Request<M>): Promise<Response<M>> {
  const r = (await dispatch()({ url: 'app://x/', topFrame: true }, method, request)) as WireResult<Response<M>>;
  replies.push(JSON.stringify(r));
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value;
}

async function searchDone(req: Request<'search.case'>) {
  const { jobId } = await call('search.case', req);
  await wb.jobs.wait(jobId);
  return call('search.result', { jobId });
}

const where = (r: Response<'search.result'>) =>
  r.groups.map((g) => `${g.evidenceName}/${g.table}/${g.column}:${g.hits.map((h) => h.row).join(',')}`).sort();

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-search-'));
  wb = new Workbench({
    vaultDir: path.join(root, 'vault'),
    kdf: { memoryKiB: 8192, iterations: 1 },
    autoLockMinutes: 0,
    // Holds a search after its first table only while a test arms it.
    searchHold: async (signal) => {
      if (!holding) return;
      release?.();
      await new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));
    },
  });
  await wb.create('pass', { name: 'Asha Verma', designation: 'Scientist D', organisation: 'NFL' });
  caseId = (await wb.handlers()['case.create']({ title: 'Search case' })).id;
  const files = await writeSearchCase(fs.mkdtempSync(path.join(root, 'in-')));
  const items = await wb.importFiles(caseId, [files.csv, files.sqlite]);
  csvId = items.find((i) => i.name.endsWith('.csv'))!.evidenceId!;
  sqliteId = items.find((i) => i.name.endsWith('.sqlite'))!.evidenceId!;
}, 60_000);

afterAll(() => {
  wb?.lock('exit');
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('case-wide search', () => {
  it('finds an Aadhaar typed with or without spaces in both items and both tables of the SQLite item, grouped by item, table and column', async () => {
    const expected = [
      `state_registry.sqlite/appointments/aadhaar:${APPOINTMENT_TARGET_ROW}`,
      `state_registry.sqlite/appointments/remarks:${APPOINTMENT_REMARK_ROW}`,
      `state_registry.sqlite/beneficiaries/aadhaar_number:${BENEFICIARY_TARGET_ROW}`,
      `vaccination_list.csv/vaccination_list/aadhaar:${CSV_TARGET_ROW}`,
    ];
    const spaced = await searchDone({ caseId, query: TARGET_SPACED });
    const plain = await searchDone({ caseId, query: TARGET });
    // The CSV's table is named after its file; say so if that changes rather than fail obscurely.
    const csvTable = spaced.groups.find((g) => g.evidenceId === csvId)?.table;
    const fix = (xs: string[]) => xs.map((x) => x.replace('vaccination_list.csv/vaccination_list/', `vaccination_list.csv/${csvTable}/`));
    expect(where(spaced)).toEqual(fix(expected));
    expect(where(plain)).toEqual(fix(expected));
    expect(spaced).toMatchObject({ state: 'done', matches: 4, records: 4, items: 2, tables: 3, tablesDone: 3, error: null });
    expect(spaced.scanned).toBe(spaced.recordsTotal);
    expect(spaced.recordsTotal).toBe(30 + 20 + 16);
  });

  it('returns every hit redacted, with the mark on the masked identifier, and no raw digits anywhere in the replies', async () => {
    replies.length = 0;
    const r = await searchDone({ caseId, query: TARGET_SPACED });
    for (const g of r.groups) {
      for (const h of g.hits) {
        expect(h.mark).not.toBeNull();
        expect(h.cell.slice(h.mark![0], h.mark![1])).toBe(TARGET_MASKED);
      }
    }
    const remark = r.groups.find((g) => g.column === 'remarks')!.hits[0]!;
    expect(remark.cell).toBe(`Aadhaar ${TARGET_MASKED} shown at the desk`);
    const body = replies.join('\n');
    expect(body).not.toContain(TARGET);
    expect(body).not.toContain(TARGET_SPACED);
    expect(body).not.toContain(TARGET.slice(0, 8));
  });

  it('marks the very characters when the match is visible in the redacted text (the last four digits)', async () => {
    const r = await searchDone({ caseId, query: TARGET.slice(8), evidenceIds: [sqliteId], columns: ['aadhaar_number'] });
    const hit = r.groups.flatMap((g) => g.hits).find((h) => h.row === BENEFICIARY_TARGET_ROW)!;
    expect(hit.cell.slice(hit.mark![0], hit.mark![1])).toBe(TARGET.slice(8));
  });

  it('narrows by item, by column and by personal-data type', async () => {
    const byItem = await searchDone({ caseId, query: TARGET, evidenceIds: [csvId] });
    expect(byItem.groups.map((g) => g.evidenceId)).toEqual([csvId]);
    expect(byItem).toMatchObject({ items: 1, tables: 1, recordsTotal: 30 });

    const byColumn = await searchDone({ caseId, query: TARGET, columns: ['remarks'] });
    expect(byColumn.groups.map((g) => `${g.table}/${g.column}`)).toEqual(['appointments/remarks']);

    const byType = await searchDone({ caseId, query: TARGET, types: ['IN_AADHAAR'] });
    expect(byType.groups.map((g) => g.column).sort()).toEqual(['aadhaar', 'aadhaar', 'aadhaar_number']);
    expect(byType.groups.every((g) => g.piiType === 'IN_AADHAAR')).toBe(true);

    const untyped = await searchDone({ caseId, query: TARGET, types: ['NONE'] });
    expect(untyped.groups.map((g) => g.column)).toEqual(['remarks']);
  });

  it('logs each search with the query length and counts only', async () => {
    await searchDone({ caseId, query: TARGET_SPACED });
    const log = readCustody();
    const last = log.at(-1)!;
    expect(last.action).toBe('case.searched');
    expect(last.details).toEqual({ queryLength: TARGET_SPACED.length, matches: 4, records: 4, scanned: 66, items: 2, tables: 3 });
    expect(JSON.stringify(log)).not.toContain(TARGET.slice(0, 8));
  });

  it('stops on Cancel while held after its first table, keeps what it found and says so in the log', async () => {
    holding = new Promise<void>((resolve) => (release = resolve));
    try {
      const { jobId } = await call('search.case', { caseId, query: TARGET });
      await holding;
      const during = await call('search.result', { jobId });
      expect(during.state).toBe('running');
      expect(during.tablesDone).toBe(1);
      await call('jobs.cancel', { jobId });
      await wb.jobs.wait(jobId);
      const after = await call('search.result', { jobId });
      expect(after.state).toBe('cancelled');
      expect(after.tablesDone).toBe(1);
      expect(after.groups).toHaveLength(1);
      expect((await call('jobs.get', { jobId })).kind).toBe('search');
      expect(readCustody().at(-1)!.details).toMatchObject({ cancelled: true, tables: 1 });
    } finally {
      holding = null;
    }
  });

  it('refuses a blank query and an unknown search', async () => {
    await expect(call('search.case', { caseId, query: '   ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(call('search.result', { jobId: 'jnothere' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('bookmarks', () => {
  it('tags and notes a record of a named table, lists it newest first, and refuses a record past the end', async () => {
    const added = await call('bookmarks.add', { caseId, evidenceId: sqliteId, table: 'appointments', row: APPOINTMENT_REMARK_ROW, tag: 'identity shown', note: 'Matches the complainant’s screenshot' });
    expect(added.map((e) => e.action)).toEqual(['tag.added', 'note.added']);
    expect(added[0]!.summary).toContain(`table appointments, record ${APPOINTMENT_REMARK_ROW + 1}`);
    await call('tags.add', { caseId, evidenceId: csvId, tag: 'older tag', row: 2 });
    const list = await call('bookmarks.list', { caseId });
    expect(list.map((b) => [b.kind, b.text, b.evidenceName, b.table, b.row])).toEqual([
      ['tag', 'older tag', 'vaccination_list.csv', null, 2],
      ['note', 'Matches the complainant’s screenshot', 'state_registry.sqlite', 'appointments', APPOINTMENT_REMARK_ROW],
      ['tag', 'identity shown', 'state_registry.sqlite', 'appointments', APPOINTMENT_REMARK_ROW],
    ]);
    await expect(call('bookmarks.add', { caseId, evidenceId: sqliteId, table: 'appointments', row: 16, tag: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(call('bookmarks.add', { caseId, evidenceId: sqliteId, table: 'nope', row: 0, tag: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(call('bookmarks.add', { caseId, evidenceId: sqliteId, row: 0 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('custody export', () => {
  it('writes CASE/UCO JSON-LD beside the vault, returns its SHA-256 and logs the export', async () => {
    const before = readCustody().length;
    const r = await call('custody.export', { caseId });
    expect(path.dirname(r.path)).toBe(path.join(root, 'Sakshya exports'));
    const text = fs.readFileSync(r.path, 'utf8');
    expect(createHash('sha256').update(text).digest('hex')).toBe(r.sha256);
    const doc = JSON.parse(text) as { '@context': Record<string, string>; '@graph': { '@type': string }[] };
    expect(doc['@context']['case-investigation']).toMatch(/^https:\/\/ontology\.caseontology\.org\/case\/investigation\//);
    expect(doc['@graph'].filter((n) => n['@type'] === 'case-investigation:InvestigativeAction')).toHaveLength(before);
    expect(r.entries).toBe(before);
    if (process.platform !== 'win32') expect(fs.statSync(r.path).mode & 0o077).toBe(0);
    const last = readCustody().at(-1)!;
    expect(last.action).toBe('custody.exported');
    expect(last.details).toMatchObject({ format: 'case-jsonld', file: path.basename(r.path), sha256: r.sha256, entries: before });
  });
});

function readCustody() {
  // The stored entries, as the CLI's `custody log --json` reads them.
  return readEntries(wb.vault.db, caseId) as unknown as { action: string; details: Record<string, unknown> }[];
}
