// `npm run bench`: generates realistic samples (100 MB and 1 GB CSV with Indian identifiers; the 1 GB one
// holds about 5 million records) and prints, for hashing alone, PII detection, the whole import and reading
// a page of 100 records from the middle: MB/s, records/s, wall time and peak RSS. Each measurement runs
// in a fresh process. `sqlite3 .import --csv` of the same file is timed as a reference when sqlite3 exists.
// Then the custody log (issue #15): one-entry write at 1,000 / 1,00,000 / 10,00,000 entries, unlock + open and
// full verify at the largest size (scripts/bench/journal-child.ts).
// Options: --sizes=100,1024 (MB)  --keep (keep generated files in bench-output/)
//          --journal=1000,100000,1000000 (log sizes; --journal=none skips)  --journal-only (skip the CSV part)
// The measuring child and the worker threads it starts are bundled first, as the CLI is (scripts/build.mjs),
// so the figures are those of the shipped code, not of a TypeScript loader.
import { spawnSync, execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'bench-output');
fs.mkdirSync(outDir, { recursive: true });
const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt;
const journalOnly = process.argv.includes('--journal-only');
const sizes = journalOnly ? [] : arg('sizes', '100,1024').split(',').map(Number);
const journalSizes = arg('journal', '1000,100000,1000000');
const tsx = [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')];
const childDir = path.join(outDir, 'child');
await build({
  entryPoints: {
    'import-child': 'scripts/bench/import-child.ts',
    'journal-child': 'scripts/bench/journal-child.ts',
    'csv-worker': 'electron/node/ingest/csv-worker.ts',
    'detect-worker': 'electron/node/pii/detect-worker.ts',
  },
  outdir: childDir, outExtension: { '.js': '.mjs' }, bundle: true, platform: 'node', target: 'node20', format: 'esm',
  packages: 'external', absWorkingDir: root, logLevel: 'warning', define: { __SAKSHYA_VERSION__: JSON.stringify(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version) },
});

function child(mode, file) {
  const r = spawnSync(process.execPath, [path.join(childDir, 'import-child.mjs'), mode, file], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function sqliteImport(file) {
  try {
    execFileSync('sqlite3', ['--version'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const db = path.join(os.tmpdir(), `sakshya-bench-${process.pid}.db`);
  fs.rmSync(db, { force: true });
  const t = performance.now();
  execFileSync('sqlite3', [db, '.import --csv ' + file + ' leak'], { stdio: 'ignore' });
  const ms = performance.now() - t;
  fs.rmSync(db, { force: true });
  return ms;
}

const mb = (bytes) => bytes / 1e6;
const fmt = (n, d = 1) => n.toLocaleString('en-IN', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log(`Sakshya benchmark — ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString()}\n`);
const rows = [];
for (const size of sizes) {
  const file = path.join(outDir, `sample-${size}MB.csv`);
  if (!fs.existsSync(file) || Math.abs(fs.statSync(file).size - size * 1e6) > 1e6) {
    process.stdout.write(`generating ${file} … `);
    const g = spawnSync(process.execPath, [...tsx, '-e', `import('${path.join(root, 'scripts/bench/generate-csv.ts')}').then(m => m.generateCsv(${JSON.stringify(file)}, ${size * 1e6})).then(r => console.log(JSON.stringify(r)))`], { cwd: root, encoding: 'utf8' });
    if (g.status !== 0) throw new Error(g.stderr);
    console.log('done');
  }
  const bytes = fs.statSync(file).size;
  const hash = child('hash', file);
  const detect = child('detect', file);
  const imp = child('import', file);
  const sq = sqliteImport(file);
  rows.push({ size, bytes, hash, detect, imp, sq });
  console.log(`\n== ${fmt(mb(bytes), 0)} MB CSV, ${imp.records.toLocaleString('en-IN')} records`);
  console.log(`hashing (MD5+SHA-1+SHA-256):  ${fmt(mb(bytes) / (hash.wallMs / 1000))} MB/s   wall ${fmt(hash.wallMs / 1000, 2)} s   peak RSS ${fmt(hash.maxRssMB, 0)} MB`);
  console.log(`PII detection (table-aware):  ${fmt(mb(bytes) / (detect.tableMs / 1000))} MB/s   wall ${fmt(detect.tableMs / 1000, 2)} s   ${fmt(mb(bytes) / (detect.tableCpuMs / 1000))} MB per CPU-second   ${detect.threads} threads   peak RSS ${fmt(detect.maxRssMB, 0)} MB   ${detect.findings.toLocaleString('en-IN')} findings`);
  console.log(`free-text detection:          ${fmt(mb(bytes) / (detect.freeTextMs / 1000))} MB/s   wall ${fmt(detect.freeTextMs / 1000, 2)} s   ${fmt(mb(bytes) / (detect.freeTextCpuMs / 1000))} MB per CPU-second   1 thread   ${detect.freeTextFindings.toLocaleString('en-IN')} findings`);
  console.log(`whole import:                 ${fmt(mb(bytes) / (imp.importMs / 1000))} MB/s   ${fmt(imp.records / (imp.importMs / 1000), 0)} records/s   wall ${fmt(imp.importMs / 1000, 2)} s   ${fmt(mb(bytes) / (imp.importCpuMs / 1000))} MB per CPU-second   peak RSS ${fmt(imp.maxRssMB, 0)} MB   status ${imp.status}`);
  console.log(`page of 100 from the middle:  ${fmt(imp.pageMs, 1)} ms (${imp.pageRows} rows)`);
  if (sq !== null) console.log(`sqlite3 .import --csv:        ${fmt(mb(bytes) / (sq / 1000))} MB/s   wall ${fmt(sq / 1000, 2)} s   → Sakshya import takes ${fmt(imp.importMs / sq, 2)}× sqlite3's time (and also hashes, encrypts, indexes and profiles)`);
  else console.log('sqlite3 .import --csv:        (sqlite3 not installed; apt-get install sqlite3 to compare)');
}
if (rows.length >= 2) {
  const [a, b] = [rows[0], rows[rows.length - 1]];
  console.log(`\npeak RSS of the whole import: ${fmt(a.imp.maxRssMB, 0)} MB (${a.size} MB) vs ${fmt(b.imp.maxRssMB, 0)} MB (${b.size} MB): ${fmt((b.imp.maxRssMB / a.imp.maxRssMB - 1) * 100, 1)}% more`);
}
if (!process.argv.includes('--keep')) for (const r of rows) fs.rmSync(path.join(outDir, `sample-${r.size}MB.csv`), { force: true });

if (journalSizes !== 'none') {
  const r = spawnSync(process.execPath, ['--max-old-space-size=6144', path.join(childDir, 'journal-child.mjs'), journalSizes], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`journal bench failed: ${r.stderr}`);
  const j = JSON.parse(r.stdout.trim().split('\n').pop());
  const ms = (x) => `${fmt(x, 1)} ms`;
  const first = j.writes[0];
  const last = j.writes[j.writes.length - 1];
  console.log(`\n== custody log: one-entry write (a note through the app's handler; median, with the slowest)`);
  for (const w of j.writes) {
    console.log(`${w.entries.toLocaleString('en-IN').padStart(12)} entries:  ${ms(w.medianMs).padStart(10)}  (max ${ms(w.maxMs)}, CPU ${ms(w.cpuMedianMs)})   journal.enc ${fmt(w.journalMB, 1)} MB, casedb.enc ${fmt(w.casedbMB, 2)} MB`);
  }
  console.log(`write at ${last.entries.toLocaleString('en-IN')} vs ${first.entries.toLocaleString('en-IN')}: ${fmt(last.medianMs / first.medianMs, 2)}× wall, ${fmt(last.cpuMedianMs / first.cpuMedianMs, 2)}× CPU (target ≤ 2×, ≤ 20 ms)`);
  console.log(`unlock + open at ${j.verified.toLocaleString('en-IN')} entries: ${fmt(j.unlockMs / 1000, 2)} s, of which Argon2id ${fmt(j.kdfMs / 1000, 2)} s (target ≤ 3 s); first note after it ${ms(j.firstWriteMs)}`);
  console.log(`full verify of ${j.verified.toLocaleString('en-IN')} entries: ${fmt(j.verifyMs / 1000, 1)} s ${j.ok ? 'ok' : 'FAILED'} (target ≤ 60 s)   building the log took ${fmt(j.buildMs / 1000, 0)} s   peak RSS ${fmt(j.maxRssMB, 0)} MB`);
}
