// Report benchmark: a case with 20 evidence items and 10,000 custody entries must render to a signed
// bundle in under 30 s. Run: npx tsx scripts/bench-report.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workbench } from '../electron/node/core/workbench';
import { appendEvent } from '../electron/node/store/events';
import { collectReport, generateReport, verifyReportBundle, chromiumAvailable } from '../electron/node/report';

const ITEMS = 20;
const ENTRIES = 10_000;
const LIMIT_MS = 30_000;

async function main(): Promise<void> {
  if (!chromiumAvailable()) {
    console.log('bench-report skipped: /usr/bin/chromium is absent');
    return;
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-bench-report-'));
  try {
    const wb = new Workbench({ vaultDir: path.join(root, 'vault'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
    await wb.create('pass', { name: 'Bench Examiner', designation: 'Analyst', organisation: 'Bench Lab' });
    const { id: caseId } = await wb.handlers()['case.create']({ title: 'Benchmark case', ref: 'BENCH/1' });
    fs.mkdirSync(path.join(root, 'in'));
    const files = Array.from({ length: ITEMS }, (_, i) => {
      const p = path.join(root, 'in', `sample-${i + 1}.csv`);
      const rows = Array.from({ length: 500 }, (_, r) => `Person ${r},user${r}@example.com,${9_000_000_000 + i * 1000 + r}`);
      fs.writeFileSync(p, ['name,email,mobile', ...rows].join('\n') + '\n');
      return p;
    });
    await wb.importFiles(caseId, files);
    wb.vault.transaction((db) => {
      const at = Date.parse('2026-11-27T00:00:00.000Z');
      for (let i = 0; i < ENTRIES - ITEMS * 2 - 1; i++) {
        appendEvent(db, { caseId, action: 'evidence.viewed', actor: 'Bench Examiner', at: new Date(at + i * 1000), details: { evidenceId: 'e0', table: 'data', rows: [i * 50, i * 50 + 50] } });
      }
    });
    const c0 = performance.now();
    collectReport(wb, caseId, { template: 'regulator', lang: 'en' });
    console.log(`  reading the vault and building the model alone: ${((performance.now() - c0) / 1000).toFixed(1)} s`);
    const t0 = performance.now();
    const r = await generateReport(wb, caseId, { outDir: path.join(root, 'out'), template: 'regulator', lang: 'en', now: new Date('2026-11-27T08:40:00.000Z'), record: false });
    const ms = performance.now() - t0;
    const v = verifyReportBundle(r.dir);
    const pdfBytes = fs.statSync(path.join(r.dir, 'report.pdf')).size;
    console.log(`report: ${ITEMS} items, ${r.model.custody.entries.length} custody entries, PDF ${(pdfBytes / 1e6).toFixed(1)} MB, ${(ms / 1000).toFixed(1)} s (limit ${LIMIT_MS / 1000} s), bundle ${v.ok ? 'verifies' : `FAILS: ${v.file}`}`);
    wb.lock();
    if (ms > LIMIT_MS || !v.ok) process.exitCode = 1;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

void main();
