// Child process of the benchmark: one measurement in a fresh process, so peak RSS is this job's alone.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { createHash } from 'node:crypto';
import { Workbench } from '../../electron/node/core/workbench';
import { detectFile } from '../../electron/node/pii/detect-file';
import { findingsByType } from '../../electron/node/pii/table-detector';
import { analyzeCase } from '../../electron/node/analysis/analyze-case';

const [mode, file] = process.argv.slice(2) as [string, string];
const t0 = performance.now();
const result: Record<string, unknown> = { mode };

if (mode === 'hash') {
  const md5 = createHash('md5');
  const sha1 = createHash('sha1');
  const sha256 = createHash('sha256');
  for await (const c of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    md5.update(c as Buffer);
    sha1.update(c as Buffer);
    sha256.update(c as Buffer);
  }
  sha256.digest('hex');
} else if (mode === 'detect') {
  // Table-aware detection, the realistic path (import, `sakshya scan`): the file goes through
  // detectFormat and the import's parser; columns are typed from header + sample and typed cells
  // validated, untyped cells scanned. A large CSV is split across worker threads (one per core).
  // process.cpuUsage() is process-wide, so it includes the workers: MB per CPU-second stays comparable
  // when other processes share the machine.
  const cpu0 = process.cpuUsage();
  const t1 = performance.now();
  const r = await detectFile(file, { workers: os.availableParallelism() });
  const cpu1 = process.cpuUsage(cpu0);
  result.tableMs = performance.now() - t1;
  result.tableCpuMs = (cpu1.user + cpu1.system) / 1000;
  result.threads = r.threads;
  result.records = r.records;
  result.findings = r.findings.reduce((a, b) => a + b, 0);
  result.byType = findingsByType(r.findings);
} else if (mode === 'detect-file') {
  // Any file through detectFile, the one detector `sakshya scan` uses: a plain-text file or a Telegram
  // export is split across worker threads (one per core) as a CSV is.
  const cpu0 = process.cpuUsage();
  const t1 = performance.now();
  const r = await detectFile(file, { workers: os.availableParallelism() });
  const cpu1 = process.cpuUsage(cpu0);
  result.detectMs = performance.now() - t1;
  result.detectCpuMs = (cpu1.user + cpu1.system) / 1000;
  result.format = r.format;
  result.threads = r.threads;
  result.fellBack = r.fellBack;
  result.records = r.records;
  result.findings = r.findings.reduce((a, b) => a + b, 0);
  result.byType = findingsByType(r.findings);
} else if (mode === 'import') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-bench-'));
  const wb = new Workbench({ vaultDir: path.join(dir, 'v'), autoLockMinutes: 0 });
  await wb.create('bench passphrase', { name: 'Bench', designation: '', organisation: '' });
  const caseId = (await wb.handlers()['case.create']({ title: 'bench' })).id;
  const ti = performance.now();
  const cpu0 = process.cpuUsage();
  const [r] = await wb.importFiles(caseId, [file]);
  result.importMs = performance.now() - ti;
  // Process-wide, so it includes the parsing threads: comparable when other work shares the machine.
  const cpu = process.cpuUsage(cpu0);
  result.importCpuMs = (cpu.user + cpu.system) / 1000;
  result.records = r!.records;
  result.status = r!.status;
  // A page of 100 records from the middle: what the app does when the examiner scrolls there.
  const mid = Math.floor(r!.records / 2);
  const tp = performance.now();
  const page = await wb.handlers()['evidence.rows']({ caseId, evidenceId: r!.evidenceId!, offset: mid, limit: 100 });
  result.pageMs = performance.now() - tp;
  result.pageRows = page.rows.length;
  wb.lock();
  fs.rmSync(dir, { recursive: true, force: true });
} else if (mode === 'crore-import') {
  // The crore-record run, first half: import into a vault that the analysis child then opens (argv[4]).
  const vaultDir = process.argv[4]!;
  const wb = new Workbench({ vaultDir, autoLockMinutes: 0 });
  await wb.create('bench passphrase', { name: 'Bench', designation: '', organisation: '' });
  const caseId = (await wb.handlers()['case.create']({ title: 'crore' })).id;
  const ti = performance.now();
  const [r] = await wb.importFiles(caseId, [file]);
  result.importMs = performance.now() - ti;
  result.records = r!.records;
  result.status = r!.status;
  result.caseId = caseId;
  wb.lock();
} else if (mode === 'crore-analyze') {
  // Second half: unlock that vault and analyse the case (argv[3] is the vault, argv[4] the case). The
  // spilled runs are all on disk at the end, before they are removed: that is the disk the spill needs.
  const vaultDir = file;
  const wb = new Workbench({ vaultDir, autoLockMinutes: 0 });
  await wb.unlock('bench passphrase', false);
  const ta = performance.now();
  const cpu0 = process.cpuUsage();
  let spill = { runs: 0, bytes: 0 };
  const a = await analyzeCase(wb.vault, process.argv[4]!, { onSpill: (s) => (spill = s) });
  result.analysisMs = performance.now() - ta;
  const cpu = process.cpuUsage(cpu0);
  result.analysisCpuMs = (cpu.user + cpu.system) / 1000;
  result.spillMB = spill.bytes / 1e6;
  result.spillRuns = spill.runs;
  const left = path.join(vaultDir, 'spill');
  result.spillLeft = fs.existsSync(left) ? fs.readdirSync(left, { recursive: true }).length : 0;
  const f = a.evidence[0]!.figures;
  result.records = f.records;
  result.identifierTokens = f.identifierTokens;
  result.people = f.people;
  result.duplicateRows = f.duplicateRows;
  result.aadhaar = f.identifierDuplicates.IN_AADHAAR;
  result.verdict = a.evidence[0]!.verdict;
  wb.lock();
}
result.wallMs = performance.now() - t0;
result.maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify(result) + '\n');
