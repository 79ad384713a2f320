// Column names are data too: a CSV without a header row has its first record as its column names. Through the
// one dispatcher every host uses, no reply that carries column names (evidence.list, evidence.rows,
// evidence.sortedRows, evidence.search, search.result, evidence.reveal) holds that record's identifiers in any
// spelling; the labels show the masked form; sorting, search and reveal still work by column index; ordinary
// headers are shown as they are.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workbench } from '../../../electron/node/core/workbench';
import { createDispatcher } from '../../../electron/node/api/dispatcher';
import type { Method, Request, Response, WireResult } from '../../../shared/api/contract';
import { tempDir } from '../../support/cli';
import { HEADER, personAt, writePeopleCsv } from '../../e2e/support/people-csv';
import { HEADER_PERSON, headerSecrets, headerlessPeopleCsv } from '../../fixtures/ingest/headerless-people';
import { personalDataFor } from '../../../electron/node/report/personal-data';
import { listEvidence } from '../../../electron/node/store/evidence';
import { scanFile } from '../../../electron/node/pii/scan-file';

const replies: string[] = [];
let wb: Workbench;
let cleanup: () => void;
let caseId = '';
let headerlessId = '';
let plainId = '';

async function call<M extends Method>(method: M, request: Request<M>): Promise<Response<M>> {
  const dispatch = createDispatcher(wb.handlers(), { isTrustedSender: () => true });
  const r = (await dispatch({ url: 'app://x/', topFrame: true }, method, request)) as WireResult<Response<M>>;
  replies.push(JSON.stringify(r));
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value;
}

function expectNoSecret(body: string) {
  for (const s of headerSecrets()) expect(body, `a reply holds ${s.length} characters of the header record`).not.toContain(s);
}

beforeAll(async () => {
  let root: string;
  ({ dir: root, cleanup } = tempDir('sakshya-column-labels-'));
  wb = new Workbench({ vaultDir: path.join(root, 'vault'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  await wb.create('pass', { name: 'Asha Verma', designation: 'Scientist D', organisation: 'NFL' });
  caseId = (await wb.handlers()['case.create']({ title: 'Header leak' })).id;
  const headerless = path.join(root, 'no_header.csv');
  fs.writeFileSync(headerless, headerlessPeopleCsv(12));
  const plain = path.join(root, 'people.csv');
  writePeopleCsv(plain, 10);
  const items = await wb.importFiles(caseId, [headerless, plain]);
  headerlessId = items.find((i) => i.name === 'no_header.csv')!.evidenceId!;
  plainId = items.find((i) => i.name === 'people.csv')!.evidenceId!;
}, 60_000);

afterAll(() => {
  wb?.lock('exit');
  cleanup?.();
});

describe('column names of a CSV without a header row', () => {
  it('evidence.rows and evidence.list label the Aadhaar, mobile, e-mail and name columns in masked form, and hold no raw spelling', async () => {
    replies.length = 0;
    const page = await call('evidence.rows', { caseId, evidenceId: headerlessId, offset: 0, limit: 100 });
    await call('evidence.list', { caseId });
    expectNoSecret(replies.join('\n'));
    const names = page.columns.map((c) => c.name);
    const last4 = HEADER_PERSON.aadhaar.slice(-4);
    // UIDAI's display convention, written here by hand: only the last four digits show.
    expect(names[2]).toBe(`XXXX XXXX ${last4}`);
    expect(names[3]).not.toBe(HEADER_PERSON.phone);
    expect(names[3]).toContain(HEADER_PERSON.phone.slice(-2));
    expect(names[4]).not.toContain(HEADER_PERSON.email.split('@')[0]);
    // The header row is a record: its other fields (a name never validates) are not shown either, only their place.
    expect(names[1]).toBe('column_2');
    expect(names[5]).toBe('column_6');
    expect(names[6]).toBe('column_7');
    expect(page.total).toBe(12);
  });

  it('sorts by the masked column by index, with the labels in the reply and no raw value', async () => {
    replies.length = 0;
    const asc = await call('evidence.sortedRows', { caseId, evidenceId: headerlessId, column: 2, direction: 'asc', offset: 0, limit: 100 });
    const expected = Array.from({ length: 12 }, (_, i) => ({ n: i, a: personAt(7002 + i).aadhaar.replace(/\D/g, '') }))
      .sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : 0))
      .map((x) => x.n);
    expect(asc.rowNumbers).toEqual(expected);
    expect(asc.sort.columnIndex).toBe(2);
    expect(asc.sort.column).toBe(`XXXX XXXX ${HEADER_PERSON.aadhaar.slice(-4)}`);
    expectNoSecret(replies.join('\n'));
  });

  it('a masked label cannot be used to ask for a column: the request names it by index', async () => {
    const label = `XXXX XXXX ${HEADER_PERSON.aadhaar.slice(-4)}`;
    await expect(call('evidence.sortedRows', { caseId, evidenceId: headerlessId, column: label, direction: 'asc', offset: 0, limit: 10 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('evidence.search, search.result and evidence.reveal name the column by its label only', async () => {
    replies.length = 0;
    const target = personAt(7005);
    await call('evidence.search', { caseId, evidenceId: headerlessId, query: target.aadhaar, limit: 10 });
    const { jobId } = await call('search.case', { caseId, query: target.aadhaar });
    await wb.jobs.wait(jobId);
    const result = await call('search.result', { jobId });
    const group = result.groups.find((g) => g.evidenceId === headerlessId)!;
    expect(group.column).toBe(`XXXX XXXX ${HEADER_PERSON.aadhaar.slice(-4)}`);
    expect(group.hits.map((h) => h.row)).toEqual([3]);
    // The app filters a search by the label it was shown.
    const narrowed = await call('search.case', { caseId, query: target.aadhaar, columns: [group.column] });
    await wb.jobs.wait(narrowed.jobId);
    expect((await call('search.result', { jobId: narrowed.jobId })).groups.map((g) => [g.evidenceId, g.column])).toEqual([[headerlessId, group.column]]);
    const shown = await call('evidence.reveal', { caseId, evidenceId: headerlessId, row: 3, column: 2, reason: 'checking the header leak' });
    expect(shown.value).toBe(target.aadhaar);
    expect(shown.column).toBe(group.column);
    // The reveal reply carries the one value asked for, nothing of the header record.
    expectNoSecret(replies.join('\n'));
  });
});

describe('column names in the analysis and the report', () => {
  it('analysis.run and the report personal-data section name the columns of the header record by label only', async () => {
    replies.length = 0;
    const view = await call('analysis.run', { caseId });
    expect(view.evidence.length).toBe(2);
    const e = listEvidence(wb.vault.db, caseId).find((x) => x.id === headerlessId)!;
    const pd = JSON.stringify(personalDataFor(wb.vault, e));
    expect(pd).toContain(`XXXX XXXX ${HEADER_PERSON.aadhaar.slice(-4)}`);
    expectNoSecret(replies.join('\n') + pd);
  });
});

describe('ordinary column names', () => {
  it('are shown as written', async () => {
    const page = await call('evidence.rows', { caseId, evidenceId: plainId, offset: 0, limit: 5 });
    expect(page.columns.map((c) => c.name)).toEqual(HEADER);
    const sorted = await call('evidence.sortedRows', { caseId, evidenceId: plainId, column: 'aadhaar', direction: 'desc', offset: 0, limit: 5 });
    expect(sorted.sort).toMatchObject({ column: 'aadhaar', columnIndex: 2 });
  });
});

describe('sakshya scan of a file without a header row', () => {
  it('lists the columns where each type was found by label, with no raw spelling of the header record', async () => {
    const { dir, cleanup: done } = tempDir('sakshya-scan-labels-');
    try {
      const file = path.join(dir, 'no_header.csv');
      fs.writeFileSync(file, headerlessPeopleCsv(12));
      const report = await scanFile(file);
      expect(report.types.IN_AADHAAR?.columns).toEqual([`XXXX XXXX ${HEADER_PERSON.aadhaar.slice(-4)}`]);
      expectNoSecret(JSON.stringify(report));
    } finally {
      done();
    }
  });
});
