// npm run eval:analysis — calibration of the authenticity verdict: 20 genuine, 20 fabricated (fake ratios
// 0.3-1.0) and 10 recycled samples of 500 to 50,000 records, written as CSV, JSON, MySQL dumps and
// Telegram exports by a generator that shares no code with the validators (test/fixtures/analysis/
// leak-samples.ts), imported into a fresh vault and analysed exactly as `sakshya import` and
// `sakshya analyze` do (Workbench.importFiles, Workbench.runAnalysis). Prints every sample's verdict and the
// confusion matrix (rows: truth, columns: verdict); exits 1 when any sample is judged wrongly.
// EVAL_SCALE (default 1) multiplies the sample sizes, e.g. 0.1 for a quick look.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workbench } from '../electron/node/core/workbench';
import type { Verdict } from '../shared/analysis';
import { fileName, people, recycledFrom, writeLeak, type LeakFormat, type Person } from '../test/fixtures/analysis/leak-samples';

type Truth = 'genuine' | 'fabricated' | 'recycled';
interface Spec {
  name: string;
  truth: Truth;
  format: LeakFormat;
  people: Person[];
  fakeRatio: number;
  /** For recycled samples: the sample they were cut from. */
  source?: string;
}

const SCALE = Number(process.env.EVAL_SCALE ?? 1);
const FORMATS: LeakFormat[] = ['csv', 'json', 'mysql', 'telegram'];
// 500 to 50,000 records, most of them small, as samples posted to show a leak are.
const SIZES = [500, 600, 800, 1000, 1200, 1500, 2000, 2500, 3000, 4000, 5000, 6000, 8000, 10_000, 12_000, 15_000, 20_000, 25_000, 35_000, 50_000];
const size = (i: number) => Math.max(100, Math.round(SIZES[i]! * SCALE));

export function evalSpecs(): Spec[] {
  const specs: Spec[] = [];
  for (let i = 0; i < 20; i++) {
    specs.push({ name: `genuine_${String(i + 1).padStart(2, '0')}`, truth: 'genuine', format: FORMATS[i % 4]!, people: people(size(i), 0, 1000 + i), fakeRatio: 0 });
  }
  for (let i = 0; i < 20; i++) {
    const ratio = Math.round((0.3 + (0.7 * i) / 19) * 100) / 100;
    // Sizes in another order, so fake ratio and size are not tied.
    const n = size((i * 7) % 20);
    specs.push({ name: `fabricated_${String(i + 1).padStart(2, '0')}`, truth: 'fabricated', format: FORMATS[(i + 1) % 4]!, people: people(n, ratio, 2000 + i), fakeRatio: ratio });
  }
  // Cut from genuine samples of at least 2,000 records (and two from fabricated ones), in another format.
  const sources = [...specs.filter((s) => s.truth === 'genuine' && s.people.length >= 2000 * SCALE).slice(0, 8), specs[30]!, specs[35]!];
  sources.forEach((src, i) => {
    const fraction = 0.15 + 0.05 * i;
    specs.push({
      name: `recycled_${String(i + 1).padStart(2, '0')}_from_${src.name}`,
      truth: 'recycled',
      format: FORMATS[(FORMATS.indexOf(src.format) + 1 + (i % 3)) % 4]!,
      people: recycledFrom(src.people, fraction, 3000 + i),
      fakeRatio: src.fakeRatio,
      source: src.name,
    });
  });
  return specs;
}

const VERDICTS: Verdict[] = ['genuine', 'fabricated', 'recycled', 'insufficient'];
const TRUTHS: Truth[] = ['genuine', 'fabricated', 'recycled'];

async function main(): Promise<void> {
  const started = Date.now();
  const specs = evalSpecs();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-eval-analysis-'));
  const wb = new Workbench({ vaultDir: path.join(root, 'vault'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  try {
    await wb.create('evaluation passphrase', { name: 'Evaluator', designation: '', organisation: '' });
    const caseId = (await wb.handlers()['case.create']({ title: 'Calibration' })).id;
    const files = path.join(root, 'files');
    fs.mkdirSync(files);
    const byEvidence = new Map<string, Spec>();
    let records = 0;
    // Sources first: of two samples, the later one is the copy.
    for (const s of specs) {
      const file = path.join(files, fileName(s.name, s.format));
      records += writeLeak(file, s.format, s.people);
      const [r] = await wb.importFiles(caseId, [file]);
      fs.rmSync(file);
      if (!r || r.status !== 'parsed' || !r.evidenceId) throw new Error(`${s.name}: import ${r?.status ?? 'failed'}`);
      byEvidence.set(r.evidenceId, s);
    }
    const imported = Date.now();
    const res = await wb.runAnalysis(caseId);
    const analysed = Date.now();

    const matrix = new Map<Truth, Map<Verdict, number>>(TRUTHS.map((t) => [t, new Map(VERDICTS.map((v) => [v, 0]))]));
    const wrong: string[] = [];
    const names = new Map(res.evidence.map((e) => [e.evidenceId, byEvidence.get(e.evidenceId)!.name]));
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log('sample                                   format    records  fake  verdict       detail');
    for (const e of res.evidence) {
      const s = byEvidence.get(e.evidenceId)!;
      const row = matrix.get(s.truth)!;
      row.set(e.verdict, row.get(e.verdict)! + 1);
      const from = e.containedIn[0];
      const detail = from ? `${pct(from.containment)} of its identifiers in ${names.get(from.evidenceId) ?? from.evidenceId}` : '';
      let ok = e.verdict === s.truth;
      if (s.truth === 'recycled') ok = ok && names.get(from?.evidenceId ?? '') === s.source;
      if (!ok) wrong.push(`${s.name}: ${e.verdict} ${detail} — ${e.reasons.join(' ')}`);
      console.log(`${s.name.padEnd(40)} ${s.format.padEnd(9)} ${String(e.figures.records).padStart(7)}  ${s.fakeRatio.toFixed(2)}  ${e.verdict.padEnd(12)}  ${detail}${ok ? '' : '  <-- WRONG'}`);
    }
    const totals = res.totals;
    const distinct = new Set(specs.filter((s) => s.truth !== 'recycled').flatMap((s) => s.people.map((p) => p.aadhaar))).size;
    console.log(`\nGenerated: ${records.toLocaleString('en-IN')} records in ${specs.length} samples, ${distinct.toLocaleString('en-IN')} distinct people.`);
    console.log(`Analysis: ${totals?.records.toLocaleString('en-IN')} records across ${totals?.items} items (a Telegram export adds one row for its chat), about ${totals?.people.toLocaleString('en-IN')} distinct people.`);
    console.log(`Import ${((imported - started) / 1000).toFixed(1)} s (writing included), analysis ${((analysed - imported) / 1000).toFixed(1)} s, on ${os.availableParallelism()} cores.\n`);
    console.log('Confusion matrix (rows: truth, columns: verdict)\n');
    console.log(`| truth \\ verdict | ${VERDICTS.join(' | ')} |`);
    console.log(`|---|${VERDICTS.map(() => '---:').join('|')}|`);
    for (const t of TRUTHS) console.log(`| ${t} (${specs.filter((s) => s.truth === t).length}) | ${VERDICTS.map((v) => matrix.get(t)!.get(v)).join(' | ')} |`);
    if (wrong.length > 0) {
      console.log(`\n${wrong.length} sample(s) judged wrongly:\n${wrong.join('\n')}`);
      process.exitCode = 1;
    } else console.log('\nEvery sample judged as labelled.');
  } finally {
    wb.lock();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

void main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
