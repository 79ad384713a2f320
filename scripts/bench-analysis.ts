// Benchmark of the authenticity analysis: generates a 10-lakh-record genuine-like sample (synthetic),
// imports it into a throw-away vault, and times analyzeCase. Target: under 10 s for the analysis.
// Run: npx tsx scripts/bench-analysis.ts [records]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workbench } from '../electron/node/core/workbench';
import { analyzeCase } from '../electron/node/analysis/analyze-case';
import { sampleRows, writeCsv } from '../test/fixtures/analysis/generate';
import { fmtCount } from '../shared/analysis';

const records = Number(process.argv[2] ?? 1_000_000);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-bench-analysis-'));
try {
  const csv = path.join(root, 'sample.csv');
  let t = performance.now();
  writeCsv(csv, sampleRows({ kind: 'genuine', records, seed: 2023 }));
  console.log(`generated ${fmtCount(records)} records (${(fs.statSync(csv).size / 1e6).toFixed(1)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const wb = new Workbench({ vaultDir: path.join(root, 'vault'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  await wb.create('bench', { name: 'Bench', designation: '', organisation: '' });
  const c = await wb.handlers()['case.create']({ title: 'Analysis benchmark' });
  t = performance.now();
  await wb.importFiles(c.id, [csv]);
  console.log(`imported in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const heapBefore = process.memoryUsage().heapUsed;
  const cpuBefore = process.cpuUsage();
  t = performance.now();
  const result = await analyzeCase(wb.vault, c.id);
  const ms = performance.now() - t;
  const cpu = process.cpuUsage(cpuBefore);
  // On a shared, busy machine wall time includes waiting for a core; CPU time is the work itself.
  console.log(`analysis CPU time: ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`);
  const e = result.evidence[0]!;
  console.log(`analysis wall time: ${(ms / 1000).toFixed(2)} s (${fmtCount(Math.round(records / (ms / 1000)))} records/s), heap +${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(0)} MB`);
  console.log(`verdict: ${e.verdict}`);
  for (const r of e.reasons) console.log(`  - ${r}`);
  const { ages: _ages, tables: _tables, ...figures } = e.figures;
  console.log(JSON.stringify(figures, null, 2));
  wb.lock();
  if (ms > 10_000) {
    console.error(`SLOW: analysis took ${(ms / 1000).toFixed(2)} s (target < 10 s)`);
    process.exitCode = 1;
  }
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
