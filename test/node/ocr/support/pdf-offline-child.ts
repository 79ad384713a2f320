// Runs in a child process started with the network trap preloaded (see pdf-offline.test.ts): proves the trap
// reaches worker threads, then imports the PDF given on the command line into a new vault (PDF reader thread,
// OCR worker thread, encryption, commit) and prints a summary as JSON. Identifiers are compared here, not printed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Workbench } from '../../../../electron/node/core/workbench';
import { listTables } from '../../../../electron/node/store/evidence';
import { readRows } from '../../../../electron/node/ingest/row-store';
import { shutdownOcr } from '../../../../electron/node/ocr';

const probe = await new Promise<string>((resolve) => {
  const w = new Worker("Promise.resolve().then(() => fetch('http://127.0.0.1:9/')).then(() => 'allowed', (e) => e.message).then((m) => require('node:worker_threads').parentPort.postMessage(m))", { eval: true });
  w.once('message', (m: string) => {
    void w.terminate();
    resolve(m);
  });
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-pdf-offline-'));
const wb = new Workbench({ vaultDir: path.join(dir, 'v'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
try {
  await wb.create('pass', { name: 'Examiner', designation: '', organisation: '' });
  const caseId = (await wb.handlers()['case.create']({ title: 'offline' })).id;
  const [r] = await wb.importFiles(caseId, [process.argv[2] ?? '']);
  const fields = listTables(wb.vault.db, r!.evidenceId!).find((t) => t.name === 'fields')!;
  const values = readRows(wb.vault, fields.rowsBlob!, 0, 0, 1000).flat().map((v) => (v ?? '').replace(/\D/g, ''));
  const ocrPages = Number(wb.vault.db.exec('SELECT COUNT(*) FROM evidence_pdf_ocr WHERE evidence_id = ?', [r!.evidenceId!])[0]!.values[0]![0]);
  const wanted = (process.env.PDF_OFFLINE_AADHAAR ?? '').split(',');
  process.stdout.write(JSON.stringify({ probe, status: r!.status, format: r!.format, warnings: r!.warnings, ocrPages, aadhaarFound: wanted.every((a) => values.includes(a)) }));
} finally {
  wb.lock();
  await shutdownOcr();
  fs.rmSync(dir, { recursive: true, force: true });
}
