// The report fields an examiner saves in the case (findings, BSA/CERT-In/DPDP annex fields): kept in the
// vault, logged by name only, returned masked, and printed in the PDF in place of "[to be completed]".
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromiumAvailable, verifyReportBundle } from '../../../electron/node/report';
import { readEntries } from '../../../electron/node/store/custody-log';
import { contract } from '../../../shared/api/contract';
import { tempDir } from '../../support/cli';
import { PEOPLE, fixtureCase, type FixtureCase } from './fixture';

const HAVE_CHROMIUM = chromiumAvailable();
const HAVE_POPPLER = fs.existsSync('/usr/bin/pdftotext');

const person = PEOPLE[0]!;
const FIELDS = {
  statement: 'The samples match the complaint; the bot replied with records of real format.',
  device: 'Seagate USB drive serial ZX-4471',
  place: 'Hyderabad',
  contact: `Desk officer, phone ${person.mobile}`,
  dataFiduciary: 'Example Health Registry',
  mitigation: 'Bot account reported and blocked',
};

describe('report fields', () => {
  let root: string;
  let cleanup: () => void;
  let fx: FixtureCase;

  beforeAll(async () => {
    ({ dir: root, cleanup } = tempDir('sakshya-report-fields-'));
    fx = await fixtureCase(root);
  });
  afterAll(() => {
    fx?.wb.lock();
    cleanup?.();
  });

  it('a new case has no fields', async () => {
    expect(await fx.wb.handlers()['report.fields']({ caseId: fx.caseId })).toEqual({});
  });

  it('saves the fields and logs one custody entry that names them in form order, without their text', async () => {
    const h = fx.wb.handlers();
    const before = readEntries(fx.wb.vault.db, fx.caseId).length;
    const res = await h['report.setFields']({ caseId: fx.caseId, fields: FIELDS });
    expect(res.changed).toEqual(['statement', 'device', 'place', 'contact', 'dataFiduciary', 'mitigation']);
    const entries = readEntries(fx.wb.vault.db, fx.caseId);
    expect(entries).toHaveLength(before + 1);
    const e = entries.at(-1)!;
    expect(e.action).toBe('report.fields_saved');
    expect(e.details).toEqual({ fields: ['statement', 'device', 'place', 'contact', 'dataFiduciary', 'mitigation'] });
    const json = JSON.stringify(e);
    for (const v of Object.values(FIELDS)) expect(json).not.toContain(v);
    expect(json).not.toContain(person.mobile);
  });

  it('returns the fields with identifiers masked, except the examiner\'s own contact, which is not suspect data', async () => {
    const h = fx.wb.handlers();
    await h['report.setFields']({ caseId: fx.caseId, fields: { likelyImpact: `Callers such as ${person.mobile} were exposed` } });
    const f = await h['report.fields']({ caseId: fx.caseId });
    expect(f.place).toBe('Hyderabad');
    expect(f.statement).toBe(FIELDS.statement);
    expect(f.likelyImpact).toMatch(/^Callers such as /);
    expect(f.likelyImpact).not.toContain(person.mobile);
    expect(f.contact).toBe(FIELDS.contact);
    await h['report.setFields']({ caseId: fx.caseId, fields: { likelyImpact: '' } });
  });

  it('saving the same text again changes nothing and logs nothing; an empty text clears one field', async () => {
    const h = fx.wb.handlers();
    const n = readEntries(fx.wb.vault.db, fx.caseId).length;
    expect((await h['report.setFields']({ caseId: fx.caseId, fields: { place: 'Hyderabad' } })).changed).toEqual([]);
    expect(readEntries(fx.wb.vault.db, fx.caseId)).toHaveLength(n);
    const res = await h['report.setFields']({ caseId: fx.caseId, fields: { mitigation: '  ' } });
    expect(res.changed).toEqual(['mitigation']);
    expect(res.fields.mitigation).toBeUndefined();
    expect(res.fields.device).toBe(FIELDS.device);
    await h['report.setFields']({ caseId: fx.caseId, fields: { mitigation: FIELDS.mitigation } });
  });

  it('the contract refuses an unknown field and an over-long one', () => {
    const req = contract['report.setFields'].request;
    expect(req.safeParse({ caseId: fx.caseId, fields: { colour: 'red' } }).success).toBe(false);
    expect(req.safeParse({ caseId: fx.caseId, fields: { place: 'x'.repeat(2001) } }).success).toBe(false);
    expect(req.safeParse({ caseId: fx.caseId, fields: { statement: 'x'.repeat(20000) } }).success).toBe(true);
  });

  it('refuses a case that does not exist and saves nothing', async () => {
    const other = 'c0000000000';
    expect(other).not.toBe(fx.caseId);
    const n = readEntries(fx.wb.vault.db, other).length;
    await expect(fx.wb.handlers()['report.setFields']({ caseId: other, fields: { place: 'Pune' } })).rejects.toThrow();
    expect(readEntries(fx.wb.vault.db, other)).toHaveLength(n);
    expect((await fx.wb.handlers()['report.fields']({ caseId: fx.caseId })).place).toBe('Hyderabad');
  });

  it.skipIf(!HAVE_CHROMIUM || !HAVE_POPPLER)('the generated PDF prints the saved fields and still marks the empty ones', async () => {
    const out = path.join(root, 'out');
    const g = await fx.wb.generateReport(fx.caseId, 'regulator', 'en', out);
    const text = execFileSync('pdftotext', [path.join(g.dir, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const k of ['statement', 'device', 'place', 'dataFiduciary', 'mitigation'] as const) expect(text).toContain(FIELDS[k]);
    // The examiner's contact prints as typed (CERT-In reporter and DPDP contact); nothing else carries the number.
    expect(text).toContain(FIELDS.contact);
    expect(text.split(person.mobile)).toHaveLength(3);
    // Fields nobody filled in (e.g. persons intimated, likely impact) still say so.
    expect(text).toContain('[to be completed]');
    expect(g.model.annexes.dpdp.principalsIntimated).toBeNull();
    expect(g.model.annexes.hashCertificate.place).toBe('Hyderabad');
    expect(g.model.annexes.certIn.location).toBe('Hyderabad');
    expect(await verifyReportBundle(g.dir)).toMatchObject({ ok: true });
  }, 120_000);
});
