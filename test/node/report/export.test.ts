import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { exportEvidence } from '../../../electron/node/report';
import { listEvidence } from '../../../electron/node/store/evidence';
import { listEvents } from '../../../electron/node/store/events';
import { tempDir } from '../../support/cli';
import { HOSTILE, fixtureCase, rawIdentifiers, type FixtureCase } from './fixture';

let root: string;
let cleanup: () => void;
let fx: FixtureCase;
let people: string;

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir('sakshya-export-'));
  fx = await fixtureCase(root);
  people = listEvidence(fx.wb.vault.db, fx.caseId).find((e) => e.name === 'people.csv')!.id;
});
afterAll(() => {
  fx.wb.lock();
  cleanup();
});

describe('exportEvidence', () => {
  it('writes redacted CSV with RFC 4180 quoting and CRLF records', () => {
    const out = path.join(root, 'people.csv');
    const r = exportEvidence(fx.wb, fx.caseId, people, { format: 'csv', out });
    expect(r.rows).toBe(4);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.split('\r\n')[0]).toBe('name,aadhaar,mobile,pan,email,remarks,comment');
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(5);
    expect(parsed[1]!.slice(0, 5)).toEqual(['Z. Q.', 'XXXX XXXX 0124', 'XXXXXX3210', 'XXXXX1234X', 'z***@example.com']);
    for (const id of rawIdentifiers()) expect(text).not.toContain(id);
  });

  it('neutralises formulas so a spreadsheet shows them as text', () => {
    const m = fx.wb;
    // A column not inferred as personal data keeps its text, so the hostile cells reach the CSV writer.
    const out = path.join(root, 'people-formula.csv');
    exportEvidence(m, fx.caseId, people, { format: 'csv', out, record: false });
    const cells = Papa.parse<string[]>(fs.readFileSync(out, 'utf8'), { skipEmptyLines: true }).data.flat();
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    const comments = Papa.parse<string[]>(fs.readFileSync(out, 'utf8'), { skipEmptyLines: true }).data.slice(1).map((r) => r[6]);
    expect(comments).toEqual([`'${HOSTILE.formula}`, `'${HOSTILE.plus}`, `'${HOSTILE.at}`, `'${HOSTILE.minus}`]);
  });

  it('writes JSON with every table and records the export with its hash', () => {
    const out = path.join(root, 'people.json');
    const r = exportEvidence(fx.wb, fx.caseId, people, { format: 'json', out });
    const doc = JSON.parse(fs.readFileSync(out, 'utf8')) as { tables: { columns: string[]; rows: (string | null)[][] }[] };
    expect(doc.tables[0]!.rows).toHaveLength(4);
    expect(doc.tables[0]!.rows[0]!.slice(0, 2)).toEqual(['Z. Q.', 'XXXX XXXX 0124']);
    const ev = listEvents(fx.wb.vault.db, fx.caseId).filter((e) => e.action === 'export.created').at(-1)!;
    expect(ev.details).toMatchObject({ evidenceId: people, format: 'json', records: 4, sha256: r.sha256 });
  });

  it('refuses to overwrite an existing file', () => {
    const out = path.join(root, 'exists.csv');
    fs.writeFileSync(out, 'keep');
    expect(() => exportEvidence(fx.wb, fx.caseId, people, { format: 'csv', out })).toThrow();
    expect(fs.readFileSync(out, 'utf8')).toBe('keep');
  });
});
