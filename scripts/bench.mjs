// `npm run bench`: generates realistic samples (100 MB and 1 GB CSV with Indian identifiers; the 1 GB one
// holds about 5 million records) and prints, for hashing alone, PII detection, the whole import and reading
// a page of 100 records from the middle: MB/s, records/s, wall time and peak RSS. Each measurement runs
// in a fresh process. `sqlite3 .import --csv` of the same file is timed as a reference when sqlite3 exists.
// Then (issue #15) free-text detection of a generated Telegram export through detectFile (the detector
// `sakshya scan` counts with, split across cores), and `sakshya scan` of a generated CSV end to end (the
// built CLI in its own process), each beside `grep -oE` listing every Aadhaar-shaped match in the file.
// Then the crore run: BENCH_RECORDS records (default 1,00,00,000, about 1.5 GB of CSV, generated once into the
// temp folder and kept there for the next run) imported, then analysed in a second process, each with wall
// time and peak RSS, beside `sqlite3 .import` of the same file. BENCH_RECORDS=0 skips it.
// Then the custody log: one-entry write at 1,000 / 1,00,000 / 10,00,000 entries, unlock + open and full
// verify at the largest size (scripts/bench/journal-child.ts).
// Options: --sizes=100,1024 (MB; empty for none)  --telegram=200 (MB; 0 skips)  --scan=200 (MB; 0 skips)
//          --journal=1000,100000,1000000 (log sizes; --journal=none skips)  --journal-only (only the log)
//          --keep (keep generated files in bench-output/)
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
const sizes = journalOnly ? [] : arg('sizes', '100,1024').split(',').map(Number).filter((n) => n > 0);
const telegramMB = journalOnly ? 0 : Number(arg('telegram', '200'));
const scanMB = journalOnly ? 0 : Number(arg('scan', '200'));
const croreRecords = journalOnly ? 0 : Number(process.env.BENCH_RECORDS ?? 1e7);
const journalSizes = arg('journal', '1000,100000,1000000');
const tsx = [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')];
const childDir = path.join(outDir, 'child');
await build({
  entryPoints: {
    'import-child': 'scripts/bench/import-child.ts',
    'journal-child': 'scripts/bench/journal-child.ts',
    'csv-worker': 'electron/node/ingest/csv-worker.ts',
    'detect-worker': 'electron/node/pii/detect-worker.ts',
    'analysis-worker': 'electron/node/analysis/analysis-worker.ts',
  },
  outdir: childDir, outExtension: { '.js': '.mjs' }, bundle: true, platform: 'node', target: 'node20', format: 'esm',
  packages: 'external', absWorkingDir: root, logLevel: 'warning', define: { __SAKSHYA_VERSION__: JSON.stringify(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version) },
});

function child(mode, file, ...rest) {
  const r = spawnSync(process.execPath, [path.join(childDir, 'import-child.mjs'), mode, file, ...rest], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
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

/** A generated sample, made once (kept between runs only with --keep). */
function sample(name, size, generator, fn) {
  const file = path.join(outDir, name);
  if (!fs.existsSync(file) || Math.abs(fs.statSync(file).size - size * 1e6) > 2e6) {
    process.stdout.write(`generating ${file} … `);
    const g = spawnSync(process.execPath, [...tsx, '-e', `import('${path.join(root, generator)}').then(m => m.${fn}(${JSON.stringify(file)}, ${size * 1e6})).then(r => console.log(JSON.stringify(r)))`], { cwd: root, encoding: 'utf8' });
    if (g.status !== 0) throw new Error(g.stderr);
    console.log('done');
  }
  return file;
}

/**
 * Runs a shell command line and measures it from outside, as a person would: wall time, and the CPU time of
 * everything it started (bash's `time`, so a program's worker threads count, and so do grep and wc).
 */
function timedShell(line, args, env = process.env) {
  const r = spawnSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; time { ${line} ; }`, 'bash', ...args], { encoding: 'utf8', env, maxBuffer: 1 << 26 });
  const times = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: times[0] * 1000, cpuMs: (times[1] + times[2]) * 1000 };
}

/** The reference: grep listing every match of an Aadhaar pattern in the file (piped to wc -l). */
const AADHAAR_ERE = '[2-9][0-9]{3} ?[0-9]{4} ?[0-9]{4}';
function grepReference(file) {
  const r = timedShell(`grep -oE '${AADHAAR_ERE}' "$1" | wc -l`, [file], { ...process.env, LC_ALL: 'C' });
  if (r.status !== 0) return null;
  return { ms: r.ms, cpuMs: r.cpuMs, matches: Number(r.stdout.trim()) };
}

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
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
  console.log(`whole import:                 ${fmt(mb(bytes) / (imp.importMs / 1000))} MB/s   ${fmt(imp.records / (imp.importMs / 1000), 0)} records/s   wall ${fmt(imp.importMs / 1000, 2)} s   ${fmt(mb(bytes) / (imp.importCpuMs / 1000))} MB per CPU-second   peak RSS ${fmt(imp.maxRssMB, 0)} MB   status ${imp.status}`);
  console.log(`page of 100 from the middle:  ${fmt(imp.pageMs, 1)} ms (${imp.pageRows} rows)`);
  if (sq !== null) console.log(`sqlite3 .import --csv:        ${fmt(mb(bytes) / (sq / 1000))} MB/s   wall ${fmt(sq / 1000, 2)} s   → Sakshya import takes ${fmt(imp.importMs / sq, 2)}× sqlite3's time (and also hashes, encrypts, indexes and profiles)`);
  else console.log('sqlite3 .import --csv:        (sqlite3 not installed; apt-get install sqlite3 to compare)');
}
if (rows.length >= 2) {
  const [a, b] = [rows[0], rows[rows.length - 1]];
  console.log(`\npeak RSS of the whole import: ${fmt(a.imp.maxRssMB, 0)} MB (${a.size} MB) vs ${fmt(b.imp.maxRssMB, 0)} MB (${b.size} MB): ${fmt((b.imp.maxRssMB / a.imp.maxRssMB - 1) * 100, 1)}% more`);
}
const made = rows.map((r) => path.join(outDir, `sample-${r.size}MB.csv`));
if (telegramMB > 0) {
  const file = sample(`telegram-${telegramMB}MB.json`, telegramMB, 'scripts/bench/generate-telegram.ts', 'generateTelegram');
  made.push(file);
  const bytes = fs.statSync(file).size;
  const loadBefore = load();
  const d = child('detect-file', file);
  const g = grepReference(file);
  console.log(`\n== ${fmt(mb(bytes), 0)} MB Telegram export, ${d.records.toLocaleString('en-IN')} records (load average before: ${loadBefore})`);
  console.log(`free-text detection (detectFile):  ${fmt(mb(bytes) / (d.detectMs / 1000))} MB/s   wall ${fmt(d.detectMs / 1000, 2)} s   ${fmt(mb(bytes) / (d.detectCpuMs / 1000))} MB per CPU-second   ${d.threads} threads${d.fellBack ? ' (fell back to one)' : ''}   peak RSS ${fmt(d.maxRssMB, 0)} MB   ${d.findings.toLocaleString('en-IN')} findings   target ≥ 100 MB/s`);
  if (g) console.log(`grep -oE Aadhaar pattern | wc -l:   ${fmt(mb(bytes) / (g.ms / 1000))} MB/s   wall ${fmt(g.ms / 1000, 2)} s   ${fmt(mb(bytes) / (g.cpuMs / 1000))} MB per CPU-second   ${g.matches.toLocaleString('en-IN')} matches (LC_ALL=C; no check digit, no context)`);
}
if (scanMB > 0) {
  const file = sample(`scan-${scanMB}MB.csv`, scanMB, 'scripts/bench/generate-csv.ts', 'generateCsv');
  made.push(file);
  const bytes = fs.statSync(file).size;
  // The CLI as shipped: its bundle and worker scripts built by scripts/build.mjs.
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'cli'], { cwd: root, stdio: 'inherit' });
  const loadBefore = load();
  const r = timedShell('"$1" "$2" scan "$3" --json', [process.execPath, path.join(root, 'dist/cli.mjs'), file]);
  if (r.status !== 0) throw new Error(`scan failed: ${r.stderr}`);
  const { ms, cpuMs } = r;
  const report = JSON.parse(r.stdout.trim().split('\n').pop());
  const g = grepReference(file);
  console.log(`\n== ${fmt(mb(bytes), 0)} MB CSV, ${report.records.toLocaleString('en-IN')} records (load average before: ${loadBefore})`);
  console.log(`sakshya scan, end to end:          ${fmt(mb(bytes) / (ms / 1000))} MB/s   wall ${fmt(ms / 1000, 2)} s   ${fmt(mb(bytes) / (cpuMs / 1000))} MB per CPU-second   status ${report.status}   target ≥ 80 MB/s`);
  if (g) console.log(`grep -oE Aadhaar pattern | wc -l:   ${fmt(mb(bytes) / (g.ms / 1000))} MB/s   wall ${fmt(g.ms / 1000, 2)} s   ${fmt(mb(bytes) / (g.cpuMs / 1000))} MB per CPU-second   ${g.matches.toLocaleString('en-IN')} matches (LC_ALL=C; no check digit, no context)`);
}
if (croreRecords > 0) {
  // Generated once per record count (deterministic), outside the repository: 1.5 GB is worth keeping.
  const file = path.join(os.tmpdir(), `sakshya-bench-${croreRecords}-records.csv`);
  if (!fs.existsSync(file)) {
    process.stdout.write(`\ngenerating ${file} … `);
    const t = performance.now();
    const g = spawnSync(process.execPath, [...tsx, '-e', `import('${path.join(root, 'scripts/bench/generate-crore.ts')}').then(m => console.log(JSON.stringify(m.generateCrore(${JSON.stringify(file)}, ${croreRecords}))))`], { cwd: root, encoding: 'utf8' });
    if (g.status !== 0) throw new Error(g.stderr);
    console.log(`done in ${fmt((performance.now() - t) / 1000, 0)} s`);
  }
  const bytes = fs.statSync(file).size;
  const vaultDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-bench-crore-'));
  try {
    const imp = child('crore-import', file, path.join(vaultDir, 'v'));
    const an = child('crore-analyze', path.join(vaultDir, 'v'), imp.caseId);
    const vaultMB = mb(Number(execFileSync('du', ['-sb', path.join(vaultDir, 'v')], { encoding: 'utf8' }).split('\t')[0]));
    const sq = sqliteImport(file);
    console.log(`\n== ${croreRecords.toLocaleString('en-IN')} records, ${fmt(mb(bytes), 0)} MB CSV (peak RSS is the whole process, its worker threads included)`);
    console.log(`import:                       ${fmt(mb(bytes) / (imp.importMs / 1000))} MB/s   ${fmt(imp.records / (imp.importMs / 1000), 0)} records/s   wall ${fmt(imp.importMs / 1000, 1)} s   peak RSS ${fmt(imp.maxRssMB, 0)} MB   status ${imp.status}   (targets ≥ 60 MB/s, ≤ 600 MB)`);
    console.log(`analysis:                     ${fmt(an.records / (an.analysisMs / 1000), 0)} records/s   wall ${fmt(an.analysisMs / 1000, 1)} s   CPU ${fmt(an.analysisCpuMs / 1000, 1)} s   peak RSS ${fmt(an.maxRssMB, 0)} MB (incl. unlock)   spill ${fmt(an.spillMB, 0)} MB in ${an.spillRuns} encrypted runs, ${an.spillLeft} files left after   (target ≤ 1,024 MB)`);
    console.log(`                              ${an.records.toLocaleString('en-IN')} records, ${an.identifierTokens.toLocaleString('en-IN')} distinct identifier tokens, ${an.people.toLocaleString('en-IN')} people, ${an.duplicateRows.toLocaleString('en-IN')} duplicate rows, Aadhaar ${an.aadhaar ? `${an.aadhaar.values.toLocaleString('en-IN')} values / ${an.aadhaar.distinct.toLocaleString('en-IN')} distinct` : 'none'}, verdict ${an.verdict}`);
    console.log(`vault on disk:                ${fmt(vaultMB, 0)} MB (${fmt(vaultMB / mb(bytes), 2)}× the CSV)`);
    if (sq !== null) console.log(`sqlite3 .import --csv:        ${fmt(mb(bytes) / (sq / 1000))} MB/s   wall ${fmt(sq / 1000, 1)} s   → Sakshya import takes ${fmt(imp.importMs / sq, 2)}× sqlite3's time`);
  } finally {
    fs.rmSync(vaultDir, { recursive: true, force: true });
  }
}

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
console.log(`\nload average after: ${load()} (${os.cpus().length} cores; other work on the machine lowers every figure above)`);
if (!process.argv.includes('--keep')) for (const f of made) fs.rmSync(f, { force: true });
