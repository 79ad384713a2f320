// Choosing what a report covers (issue #16, problem 6): the evidence items (default: every parsed item) and
// bookmarked records printed, redacted, as an annex of records of interest. The choice is saved in the case
// as a custody entry of IDs and counts; the PDF, report.json and the signed manifest name only the chosen
// items; the bundle still verifies; an item not in the case is refused. Also: the examiner's own contact
// field prints as typed while every other free text stays redacted.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chromiumAvailable, verifyReportBundle } from '../../../electron/node/report';
import { readEntries } from '../../../electron/node/store/custody-log';
import { keyFingerprint } from '../../../shared/custody';
import { loadExaminer, signWithExaminerKey } from '../../../electron/node/store/examiner';
import { canonicalize, type JsonObject } from '../../../shared/custody';
import { tempDir } from '../../support/cli';
import { PEOPLE, fixtureCase, messagesCsv, peopleCsv, rawIdentifiers, type FixtureCase } from './fixture';

const HAVE_CHROMIUM = chromiumAvailable();
const HAVE_POPPLER = fs.existsSync('/usr/bin/pdftotext');
const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');
/** The examiner's own desk phone: a valid-looking mobile number, not one of the leak's people. */
const EXAMINER_PHONE = '9812345670';
const pdfText = (dir: string): string => execFileSync('pdftotext', ['-layout', path.join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });

describe('report items: choosing what a report covers', () => {
  let root: string;
  let cleanup: () => void;
  let fx: FixtureCase;
  let people: string;
  let messages: string;
  const person = PEOPLE[1]!;

  beforeAll(async () => {
    ({ dir: root, cleanup } = tempDir('sakshya-report-items-'));
    fx = await fixtureCase(root);
    const list = await fx.wb.handlers()['evidence.list']({ caseId: fx.caseId });
    people = list.find((e) => e.name === 'people.csv')!.id;
    messages = list.find((e) => e.name === 'messages.csv')!.id;
    // A record of interest: people.csv record 2 (Yara Quill), tagged, with a note that quotes her mobile number.
    await fx.wb.handlers()['bookmarks.add']({ caseId: fx.caseId, evidenceId: people, row: 1, tag: 'bot-reply-match', note: `Matches the bot reply for ${person.mobile}` });
  });
  afterAll(() => {
    fx?.wb.lock();
    cleanup?.();
  });

  it('by default a report covers every parsed item and no records', async () => {
    const r = await fx.wb.handlers()['report.items']({ caseId: fx.caseId });
    expect(r).toEqual({ evidenceIds: null, records: [], covered: [people, messages] });
  });

  it('refuses an item that is not in the case, and a record in an item not chosen, saving nothing', async () => {
    const h = fx.wb.handlers();
    const n = readEntries(fx.wb.vault.db, fx.caseId).length;
    await expect(h['report.setItems']({ caseId: fx.caseId, evidenceIds: [people, 'e-not-here'], records: [] })).rejects.toThrow(/"e-not-here" is not in case/);
    await expect(h['report.setItems']({ caseId: fx.caseId, evidenceIds: [people], records: [{ evidenceId: messages, table: null, row: 0 }] })).rejects.toThrow(/does not cover/);
    await expect(h['report.setItems']({ caseId: fx.caseId, evidenceIds: [people], records: [{ evidenceId: people, table: null, row: 99 }] })).rejects.toThrow(/past the end/);
    await expect(h['report.setItems']({ caseId: fx.caseId, evidenceIds: [], records: [] })).rejects.toThrow(/at least one evidence item/);
    expect(readEntries(fx.wb.vault.db, fx.caseId)).toHaveLength(n);
    expect((await h['report.items']({ caseId: fx.caseId })).evidenceIds).toBeNull();
  });

  it('saves the choice as one custody entry with item IDs, positions and counts, never a record value', async () => {
    const h = fx.wb.handlers();
    const n = readEntries(fx.wb.vault.db, fx.caseId).length;
    const res = await h['report.setItems']({ caseId: fx.caseId, evidenceIds: [people], records: [{ evidenceId: people, table: null, row: 1 }] });
    expect(res).toEqual({ evidenceIds: [people], records: [{ evidenceId: people, table: null, row: 1 }], covered: [people], changed: true });
    const entries = readEntries(fx.wb.vault.db, fx.caseId);
    expect(entries).toHaveLength(n + 1);
    const e = entries.at(-1)!;
    expect(e.action).toBe('report.items_chosen');
    expect(e.details).toEqual({ evidenceIds: [people], records: [{ evidenceId: people, table: null, record: 2 }], items: 1, caseItems: 2, recordCount: 1 });
    for (const raw of rawIdentifiers()) expect(JSON.stringify(e)).not.toContain(raw);
    // The same choice again (in another order) changes nothing and logs nothing.
    const again = await h['report.setItems']({ caseId: fx.caseId, evidenceIds: [people, people], records: [{ evidenceId: people, table: null, row: 1 }] });
    expect(again.changed).toBe(false);
    expect(readEntries(fx.wb.vault.db, fx.caseId)).toHaveLength(n + 1);
    expect(await h['report.items']({ caseId: fx.caseId })).toEqual({ evidenceIds: [people], records: [{ evidenceId: people, table: null, row: 1 }], covered: [people] });
  });

  it('a report that names an item not in the case is refused with the ID named, and nothing is written', async () => {
    const out = path.join(root, 'refused');
    await expect(fx.wb.generateReport(fx.caseId, 'regulator', 'en', out, [people, 'e-unknown-1'])).rejects.toThrow(/Item "e-unknown-1" is not in case .*no report was written/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it.skipIf(!HAVE_CHROMIUM || !HAVE_POPPLER)(
    'the report of a subset names only the chosen item in the PDF, report.json and the signed manifest, prints the record redacted, and verifies',
    async () => {
      await fx.wb.handlers()['report.setFields']({
        caseId: fx.caseId,
        fields: { contact: `Cyber cell desk, phone ${EXAMINER_PHONE}`, statement: `Records match; desk phone ${EXAMINER_PHONE}, caller ${PEOPLE[2]!.mobile}.` },
      });
      const g = await fx.wb.generateReport(fx.caseId, 'regulator', 'en', path.join(root, 'subset'));
      const text = pdfText(g.dir);
      const flat = text.replace(/\s+/g, '');
      // The chosen item, by name and by the SHA-256 of the file the test wrote; the other one nowhere.
      expect(text).toContain('people.csv');
      expect(flat).toContain(sha256(peopleCsv()));
      expect(text).not.toContain('messages.csv');
      expect(flat).not.toContain(sha256(messagesCsv()));
      expect(text).toMatch(/covers 1 of the case's 2 evidence items/);
      // The manifest lists exactly the chosen item; report.json describes only it.
      const manifest = JSON.parse(fs.readFileSync(path.join(g.dir, 'manifest.json'), 'utf8')) as { format: string; items: { id: string; sha256: string }[] };
      expect(manifest.format).toBe('sakshya-report-bundle/v2');
      expect(manifest.items.map((i) => [i.id, i.sha256])).toEqual([[people, sha256(peopleCsv())]]);
      const json = fs.readFileSync(path.join(g.dir, 'report.json'), 'utf8');
      expect(json).not.toContain(messages);
      expect(json).not.toContain('messages.csv');
      // The annex of records of interest: the tag, the note and every field of record 2, all redacted.
      expect(text).toContain('Records of interest');
      expect(text).toContain('bot-reply-match');
      expect(text).toContain('Matches the bot reply for');
      expect(text).toMatch(/record 2/);
      for (const raw of rawIdentifiers()) expect(text).not.toContain(raw);
      expect(text).toContain(`XXXX XXXX ${person.aadhaar.slice(8)}`);
      // The examiner's own contact prints as typed; the same kind of number in the findings stays masked.
      expect(text).toContain(`Cyber cell desk, phone ${EXAMINER_PHONE}`);
      expect(text).toContain('Records match; desk phone');
      expect(text.split(EXAMINER_PHONE)).toHaveLength(3); // the CERT-In and DPDP contact fields only, not the findings
      expect(text).not.toContain(PEOPLE[2]!.mobile);
      // A third party verifies the bundle of a subset, pinned to the examiner's key.
      const fp = keyFingerprint(loadExaminer(fx.wb.vault.db)!.publicKey);
      expect(await verifyReportBundle(g.dir, { fingerprint: fp })).toMatchObject({ ok: true, pinned: true });
      // The report is logged with the items it covers.
      const logged = readEntries(fx.wb.vault.db, fx.caseId).at(-1)!;
      expect(logged.action).toBe('report.generated');
      expect(logged.details).toMatchObject({ items: [people], records: 1 });
    },
    180_000,
  );

  /** Copies a bundle, lets `edit` change report.json and the manifest, and signs the manifest again with the
   * examiner's own key (so only the item check can object). */
  function resigned(dir: string, name: string, edit: (model: { evidence: { id: string; name: string }[] }, manifest: Record<string, unknown>) => void): string {
    const copy = path.join(root, name);
    fs.cpSync(dir, copy, { recursive: true });
    const model = JSON.parse(fs.readFileSync(path.join(copy, 'report.json'), 'utf8')) as { evidence: { id: string; name: string }[] };
    const manifest = JSON.parse(fs.readFileSync(path.join(copy, 'manifest.json'), 'utf8')) as Record<string, unknown> & { files: { name: string; bytes: number; sha256: string }[] };
    edit(model, manifest);
    const json = Buffer.from(`${JSON.stringify(model, null, 2)}\n`);
    fs.writeFileSync(path.join(copy, 'report.json'), json);
    const f = manifest.files.find((x) => x.name === 'report.json')!;
    f.bytes = json.length;
    f.sha256 = createHash('sha256').update(json).digest('hex');
    const bytes = Buffer.from(canonicalize(manifest as unknown as JsonObject), 'utf8');
    fs.writeFileSync(path.join(copy, 'manifest.json'), bytes);
    fs.writeFileSync(path.join(copy, 'manifest.sig'), `${signWithExaminerKey(fx.wb.vault.db, bytes).toString('base64')}\n`);
    return copy;
  }

  it.skipIf(!HAVE_CHROMIUM || !HAVE_POPPLER)('the verifier refuses a bundle whose report.json describes other items than its signed manifest, and still accepts a v1 manifest', async () => {
    const g = await fx.wb.generateReport(fx.caseId, 'regulator', 'en', path.join(root, 'for-verifier'), [people]);
    expect(await verifyReportBundle(g.dir)).toMatchObject({ ok: true });
    // report.json claims a second item the manifest does not list.
    const added = resigned(g.dir, 'added-item', (m) => m.evidence.push({ ...m.evidence[0]!, id: messages, name: 'messages.csv' }));
    expect(await verifyReportBundle(added)).toMatchObject({ ok: false, file: 'report.json', problem: 'does not describe the same evidence items as the manifest' });
    // The manifest lists an item under another name.
    const renamed = resigned(g.dir, 'renamed-item', (_m, man) => ((man.items as { name: string }[])[0]!.name = 'other.csv'));
    expect(await verifyReportBundle(renamed)).toMatchObject({ ok: false, file: 'report.json' });
    // A bundle from before item lists (v1: no items field) still verifies.
    const v1 = resigned(g.dir, 'v1', (_m, man) => {
      man.format = 'sakshya-report-bundle/v1';
      delete man.items;
    });
    expect(await verifyReportBundle(v1)).toMatchObject({ ok: true });
    // But a v1 manifest with an item list, or a v2 one without, is malformed.
    const mixed = resigned(g.dir, 'v2-no-items', (_m, man) => delete man.items);
    expect(await verifyReportBundle(mixed)).toMatchObject({ ok: false, file: 'manifest.json', problem: 'has missing or unknown fields' });
  }, 180_000);

  it.skipIf(!HAVE_CHROMIUM || !HAVE_POPPLER)('an explicit list of items (the CLI --items) overrides the saved choice for that report only', async () => {
    const g = await fx.wb.generateReport(fx.caseId, 'cert-in', 'en', path.join(root, 'explicit'), [messages]);
    const text = pdfText(g.dir);
    expect(text).toContain('messages.csv');
    expect(text).not.toContain('people.csv');
    // The saved record is in people.csv, which this report does not cover: no annex.
    expect(text).not.toContain('Records the examiner tagged or noted');
    expect(g.manifest.items?.map((i) => i.id)).toEqual([messages]);
    expect(await verifyReportBundle(g.dir)).toMatchObject({ ok: true });
    expect((await fx.wb.handlers()['report.items']({ caseId: fx.caseId })).evidenceIds).toEqual([people]);
  }, 180_000);

  it.skipIf(!HAVE_CHROMIUM || !HAVE_POPPLER)('choosing every parsed item again gives a report of the whole case without a scope note', async () => {
    await fx.wb.handlers()['report.setItems']({ caseId: fx.caseId, evidenceIds: null, records: [] });
    const g = await fx.wb.generateReport(fx.caseId, 'regulator', 'hi', path.join(root, 'all'));
    const text = pdfText(g.dir);
    expect(text).toContain('people.csv');
    expect(text).toContain('messages.csv');
    expect(g.model.recordsOfInterest).toBeUndefined();
    expect(text).not.toContain('टैग या टिप्पणी लगाई');
    expect(text).not.toContain('इस रिपोर्ट में नहीं है');
    expect(g.manifest.items?.map((i) => i.id)).toEqual([people, messages]);
    expect(await verifyReportBundle(g.dir)).toMatchObject({ ok: true });
  }, 180_000);
});
