// Importing PDFs: a printed PDF's text layer and a scan's OCR become records with page numbers, the exact bytes
// are hashed, each scanned page image keeps an encrypted OCR result from which a redacted copy can be drawn,
// and damaged, password-protected or cancelled PDFs lose nothing that was saved. Synthetic data only;
// identifiers are compared in memory and never printed.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workbench } from '../../../electron/node/core/workbench';
import { listEvents } from '../../../electron/node/store/events';
import { checkVault } from '../../../electron/node/services/vault-check';
import { loadExaminer } from '../../../electron/node/store/examiner';
import { exportCase, receiveCase } from '../../../electron/node/custody/transfer';
import { listEvidence, listTables } from '../../../electron/node/store/evidence';
import { EvidenceSink } from '../../../electron/node/ingest/evidence-sink';
import { readOcrResult } from '../../../electron/node/ingest/image-ocr';
import { listPdfOcr, readPdfIntoSink } from '../../../electron/node/ingest/pdf-ingest';
import { readRows } from '../../../electron/node/ingest/row-store';
import { encodePng } from '../../../electron/node/ocr/image-codec';
import { ocrFindings, PdfReader, recognise, redactImage, shutdownOcr } from '../../../electron/node/ocr';
import { digitsOnly } from '../../../shared/pii';
import { labelsOf, PEOPLE } from '../../fixtures/ocr/bot-replies';
import { hasChromium, renderBotReplyPdfs, SHOT, type BotReplyPdfs } from '../../fixtures/pdf/bot-reply-pdfs';
import { writePdf } from '../../fixtures/pdf/pdf-writer';
import { plainTextHits, tempDir } from '../../support/cli';

let root: string;
let cleanup: () => void;
let wb: Workbench;
let caseId: string;
let pdfs: BotReplyPdfs;
let scannedId: string;

const file = (name: string, data: Buffer): string => {
  const p = path.join(root, 'in', name);
  fs.writeFileSync(p, data);
  return p;
};
const sums = (b: Buffer) => ({
  md5: createHash('md5').update(b).digest('hex'),
  sha1: createHash('sha1').update(b).digest('hex'),
  sha256: createHash('sha256').update(b).digest('hex'),
});

/** A table's raw rows (decrypted in memory) as objects keyed by column. */
function rowsOf(evidenceId: string, table: string): Record<string, string>[] {
  const t = listTables(wb.vault.db, evidenceId).find((x) => x.name === table);
  if (!t?.rowsBlob) return [];
  return readRows(wb.vault, t.rowsBlob, 0, 0, 100_000).map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i] ?? ''])));
}

function pdfOcrRows(evidenceId: string): { page: number; image: number; blobId: string; width: number; height: number; confidence: number }[] {
  const r = wb.vault.db.exec('SELECT page, image, blob_id, width, height, confidence FROM evidence_pdf_ocr WHERE evidence_id = ? ORDER BY page, image', [evidenceId]);
  return (r[0]?.values ?? []).map((v) => ({ page: Number(v[0]), image: Number(v[1]), blobId: String(v[2]), width: Number(v[3]), height: Number(v[4]), confidence: Number(v[5]) }));
}

const identifiers = () => PEOPLE.flatMap((p) => [p.aadhaar, digitsOnly(p.aadhaar), p.phone, p.passport]);

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir());
  fs.mkdirSync(path.join(root, 'in'));
  wb = new Workbench({ vaultDir: path.join(root, 'v'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  await wb.create('pass', { name: 'Examiner', designation: '', organisation: '' });
  caseId = (await wb.handlers()['case.create']({ title: 'PDF import' })).id;
  if (hasChromium) pdfs = await renderBotReplyPdfs();
}, 120_000);
afterAll(async () => {
  wb.lock();
  await shutdownOcr();
  cleanup();
});

describe.skipIf(!hasChromium)('PDF import', () => {
  it("imports a printed PDF as format pdf, hashes its exact bytes, and reads its text layer into lines and fields with the page number", async () => {
    const p = file('bot-replies-printed.pdf', pdfs.printed);
    const [r] = await wb.importFiles(caseId, [p], { reason: 'forwarded by complainant' });
    expect(r).toMatchObject({ status: 'parsed', format: 'pdf', bytes: pdfs.printed.length, ...sums(pdfs.printed) });
    const id = r!.evidenceId!;

    const lines = rowsOf(id, 'lines');
    expect(listTables(wb.vault.db, id).find((t) => t.name === 'lines')!.columns).toEqual(['page', 'source', 'line']);
    expect(lines.length).toBeGreaterThan(15);
    expect(lines.every((l) => l.page === '1' && l.source === 'text')).toBe(true);

    const fields = rowsOf(id, 'fields');
    expect(listTables(wb.vault.db, id).find((t) => t.name === 'fields')!.columns[0]).toBe('page');
    for (const person of PEOPLE) {
      const l = labelsOf(person);
      const row = fields.find((f) => f[l.aadhaar] === person.aadhaar);
      expect(row !== undefined, `a fields row holds the ${person.labels} Aadhaar`).toBe(true);
      expect(row!.page).toBe('1');
      expect(row![l.phone] === person.phone, 'mobile in the same row').toBe(true);
    }
    expect(fields.some((f) => f.Name === PEOPLE[0]!.name)).toBe(true);
    expect(pdfOcrRows(id)).toEqual([]);
    expect(listEvents(wb.vault.db, caseId).filter((e) => e.action === 'evidence.parsed').at(-1)!.details).toMatchObject({ format: 'pdf', status: 'parsed' });
    expect(plainTextHits([path.join(root, 'v')], identifiers())).toEqual([]);
  });

  it('imports a scanned PDF by OCR: records carry their page, and each page image keeps an encrypted OCR result that draws a redacted copy', async () => {
    const p = file('bot-replies-scanned.pdf', pdfs.scanned);
    const [r] = await wb.importFiles(caseId, [p]);
    expect(r).toMatchObject({ status: 'parsed', format: 'pdf', ...sums(pdfs.scanned) });
    const id = r!.evidenceId!;
    scannedId = id;

    const lines = rowsOf(id, 'lines');
    expect(lines.every((l) => l.source === 'ocr')).toBe(true);
    expect([...new Set(lines.map((l) => l.page))]).toEqual(['1', '2']);
    const fields = rowsOf(id, 'fields');
    pdfs.scannedPages.forEach((people, i) => {
      for (const person of people) {
        const l = labelsOf(person);
        const row = fields.find((f) => digitsOnly(f[l.aadhaar] ?? '') === digitsOnly(person.aadhaar));
        expect(row !== undefined, `page ${i + 1}: the ${person.labels} Aadhaar is read`).toBe(true);
        expect(row!.page).toBe(String(i + 1));
        expect(digitsOnly(row![l.phone] ?? '') === person.phone, `page ${i + 1}: mobile in the same row`).toBe(true);
      }
    });

    const ocr = pdfOcrRows(id);
    expect(ocr.map((o) => [o.page, o.image, o.width, o.height])).toEqual([
      [1, 0, SHOT.width, SHOT.height],
      [2, 0, SHOT.width, SHOT.height],
    ]);
    for (const o of ocr) {
      expect(o.confidence).toBeGreaterThan(50);
      expect(wb.vault.db.exec('SELECT kind FROM blobs WHERE blob_id = ?', [o.blobId])[0]?.values[0]?.[0]).toBe('ocr');
    }

    // A redacted copy of page 1: its image taken again from the encrypted original, painted by the stored result.
    const original = wb.vault.openBlob(listEvidence(wb.vault.db, caseId).find((e) => e.id === id)!.originalBlob);
    const bytes = original.read(0, original.size);
    original.close();
    const reader = await PdfReader.open(bytes);
    const page1 = await reader.readPage(1);
    await reader.close();
    const result = readOcrResult(wb.vault, ocr[0]!.blobId);
    expect(ocrFindings(result).length).toBeGreaterThan(0);
    const redacted = await redactImage(encodePng(page1.images[0]!), result);
    const again = await recognise(redacted);
    for (const person of pdfs.scannedPages[0]!) {
      expect(digitsOnly(again.text).includes(digitsOnly(person.aadhaar).slice(0, 8)), 'Aadhaar left on the redacted page').toBe(false);
      expect(again.text.includes(person.passport), 'passport left on the redacted page').toBe(false);
    }

    expect(plainTextHits([path.join(root, 'v')], identifiers())).toEqual([]);
    expect(checkVault(wb.vault).orphans).toBe(0);
  }, 180_000);

  it("hands each scanned page's OCR result over with the case when it is sent to another examiner's vault", async () => {
    const b = new Workbench({ vaultDir: path.join(root, 'vb'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
    await b.create('pass b', { name: 'Recipient', designation: '', organisation: '' });
    try {
      const pkg = path.join(root, 'case.skp');
      await exportCase(wb.vault, caseId, loadExaminer(b.vault.db)!.publicKey, pkg, new Date());
      await receiveCase(b.vault, pkg, new Date(), { senderKey: loadExaminer(wb.vault.db)!.publicKey });
      const sent = listPdfOcr(wb.vault.db, scannedId);
      const got = listPdfOcr(b.vault.db, scannedId);
      expect(got.map((o) => [o.page, o.image, o.width, o.height, o.confidence])).toEqual(sent.map((o) => [o.page, o.image, o.width, o.height, o.confidence]));
      expect(got).toHaveLength(2);
      got.forEach((o, i) => {
        const same = JSON.stringify(readOcrResult(b.vault, o.blobId)) === JSON.stringify(readOcrResult(wb.vault, sent[i]!.blobId));
        expect(same, `page ${o.page} OCR result arrives unchanged`).toBe(true);
      });
      expect(checkVault(b.vault).orphans).toBe(0);
    } finally {
      b.lock();
    }
  });

  it('acquires and hashes a truncated and a password-protected PDF with a specific reason each, losing nothing saved before', async () => {
    const before = listEvidence(wb.vault.db, caseId).map((e) => e.id);
    const truncated = pdfs.printed.subarray(0, Math.floor(pdfs.printed.length * 0.6));
    const locked = writePdf([{ width: 612, height: 792, text: [[72, 700, 14, `Aadhaar: ${PEOPLE[0]!.aadhaar}`]] }], { encrypt: { userPassword: 'secret', ownerPassword: 'owner' } });
    const results = await wb.importFiles(caseId, [file('cut.pdf', truncated), file('locked.pdf', locked)]);
    expect(results[0]).toMatchObject({ format: 'pdf', status: 'unparsed', records: 0, ...sums(truncated) });
    expect(results[0]!.reason).toMatch(/^the PDF is truncated \(no %%EOF end marker\): the PDF structure is damaged or truncated/);
    expect(results[1]).toMatchObject({ format: 'pdf', status: 'unparsed', records: 0, ...sums(locked) });
    expect(results[1]!.reason).toMatch(/^the PDF is encrypted with a password \(needed to open it\)/);

    const after = listEvidence(wb.vault.db, caseId).map((e) => e.id);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toHaveLength(before.length + 2);
    const acquired = listEvents(wb.vault.db, caseId).filter((e) => e.action === 'evidence.acquired').map((e) => e.details.name);
    expect(acquired).toEqual(expect.arrayContaining(['cut.pdf', 'locked.pdf']));
    expect(checkVault(wb.vault)).toMatchObject({ ok: true, orphans: 0 });
  });

  it('keeps nothing of a PDF whose import is cancelled mid-OCR, and leaves no blob file behind', async () => {
    const copy = Buffer.concat([pdfs.scanned, Buffer.from('% a second copy\n')]);
    const p = file('scanned-again.pdf', copy);
    const blobsBefore = wb.vault.listBlobFiles().length;
    const evidenceBefore = listEvidence(wb.vault.db, caseId).length;
    const ac = new AbortController();
    // Cancel once page 1's OCR result is on disk: original, two row stores and that result are new blob files.
    const watch = setInterval(() => {
      if (wb.vault.listBlobFiles().length >= blobsBefore + 4) ac.abort();
    }, 20);
    try {
      const [r] = await wb.importFiles(caseId, [p], { signal: ac.signal });
      expect(ac.signal.aborted).toBe(true);
      expect(r!.status).toBe('cancelled');
    } finally {
      clearInterval(watch);
    }
    expect(wb.vault.listBlobFiles()).toHaveLength(blobsBefore);
    expect(listEvidence(wb.vault.db, caseId)).toHaveLength(evidenceBefore);
    expect(checkVault(wb.vault).orphans).toBe(0);
  }, 180_000);
});

describe('PDF import limits', () => {
  it('reads only the first pages up to the page limit, says how many were left, and reports each page read', async () => {
    const pdf = writePdf([1, 2, 3].map((n) => ({ width: 612, height: 792, text: [[72, 700, 14, `Page ${n} Name: Synthetic Person ${n}`] as [number, number, number, string]] })));
    const { blobId, writer } = wb.vault.newBlob();
    writer.write(pdf);
    writer.close();
    const sink = new EvidenceSink(wb.vault);
    try {
      const progress: [number, number][] = [];
      const { outcome, ocrPages } = await readPdfIntoSink(wb.vault, blobId, sink, new AbortController().signal, {
        limits: { maxPages: 2 },
        onPage: (page, pages) => progress.push([page, pages]),
      });
      sink.close();
      expect(outcome).toEqual({ status: 'parsed' });
      expect(ocrPages).toEqual([]);
      expect(sink.warnings.map((w) => w.message)).toContain('Only the first 2 of 3 pages were read (page limit).');
      expect(sink.tables.get('lines')!.rows).toBe(2);
      expect(progress).toEqual([
        [1, 2],
        [2, 2],
      ]);
    } finally {
      sink.abort();
      wb.vault.removeBlobFile(blobId);
    }
  });
});
