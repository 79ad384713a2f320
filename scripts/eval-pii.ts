// npm run eval:pii — precision / recall / F1 of the PII engine per type on a generated, labelled
// corpus (free text in English and Hindi, and tables), with hard negatives next to positives.
// Exits 1 when IN_AADHAAR, IN_PAN, IN_PHONE or EMAIL_ADDRESS fall below 0.99 precision or recall,
// or any other type below 0.95, in free text or in table cells.
import { PII_TYPES, type PiiType, scanText, inferColumn, detectCell } from '../shared/pii/index';
import { textCorpus, tableCorpus } from '../test/fixtures/pii/corpus';

const SEED = Number(process.env.PII_EVAL_SEED ?? 20230612);
const STRICT: PiiType[] = ['IN_AADHAAR', 'IN_PAN', 'IN_PHONE', 'EMAIL_ADDRESS'];
const MIN_SUPPORT = 20;

type Tally = Map<PiiType, { tp: number; fp: number; fn: number }>;
const newTally = (): Tally => new Map(PII_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));

function evalText(): Tally {
  const tally = newTally();
  for (const doc of textCorpus(SEED, 4000)) {
    const found = scanText(doc.text);
    const key = (t: string, s: number, e: number): string => `${t}:${s}:${e}`;
    const gold = new Set(doc.gold.map((g) => key(g.type, g.start, g.end)));
    const got = new Set(found.map((f) => key(f.type, f.start, f.end)));
    for (const f of found) tally.get(f.type)![gold.has(key(f.type, f.start, f.end)) ? 'tp' : 'fp']++;
    for (const g of doc.gold) if (!got.has(key(g.type, g.start, g.end))) tally.get(g.type)!.fn++;
  }
  return tally;
}

function evalTables(): { cells: Tally; columns: { right: number; total: number; wrong: string[] } } {
  const cells = newTally();
  const columns = { right: 0, total: 0, wrong: [] as string[] };
  for (const table of tableCorpus(SEED + 1, 400)) {
    for (const col of table.columns) {
      const inf = inferColumn(col.header, col.cells.slice(0, 100).map((c) => c.value));
      columns.total++;
      if (inf.type === col.type) columns.right++;
      else if (columns.wrong.length < 15) columns.wrong.push(`${col.header}: expected ${col.type} got ${inf.type}`);
      for (const cell of col.cells) {
        if (cell.value.trim() === '') continue;
        const types = new Set(detectCell(cell.value, inf, col.header).map((f) => f.type));
        if (cell.type) {
          if (types.has(cell.type)) cells.get(cell.type)!.tp++;
          else cells.get(cell.type)!.fn++;
        }
        for (const t of types) if (t !== cell.type) cells.get(t)!.fp++;
      }
    }
  }
  return { cells, columns };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

function report(name: string, tally: Tally): string[] {
  const failures: string[] = [];
  console.log(`\n${name}`);
  console.log(`${'type'.padEnd(26)}${'support'.padStart(8)}${'tp'.padStart(7)}${'fp'.padStart(6)}${'fn'.padStart(6)}${'precision'.padStart(11)}${'recall'.padStart(8)}${'F1'.padStart(8)}`);
  for (const [type, { tp, fp, fn }] of tally) {
    const support = tp + fn;
    if (support === 0 && fp === 0) continue;
    const p = ratio(tp, tp + fp);
    const r = ratio(tp, tp + fn);
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    const bar = STRICT.includes(type) ? 0.99 : 0.95;
    const gated = support >= MIN_SUPPORT || fp >= MIN_SUPPORT;
    const fail = gated && (p < bar || r < bar);
    if (fail) failures.push(`${name} ${type}: precision ${p.toFixed(3)} recall ${r.toFixed(3)} < ${bar}`);
    console.log(
      `${type.padEnd(26)}${String(support).padStart(8)}${String(tp).padStart(7)}${String(fp).padStart(6)}${String(fn).padStart(6)}` +
        `${p.toFixed(3).padStart(11)}${r.toFixed(3).padStart(8)}${f1.toFixed(3).padStart(8)}${fail ? '  FAIL' : ''}`,
    );
  }
  return failures;
}

const failures = [...report('Free text (English + Hindi)', evalText())];
const tables = evalTables();
failures.push(...report('Table cells (column inference + cell detection)', tables.cells));
console.log(`\nColumn inference: ${tables.columns.right}/${tables.columns.total} columns typed correctly (${(100 * ratio(tables.columns.right, tables.columns.total)).toFixed(1)}%)`);
for (const w of tables.columns.wrong) console.log(`  miss ${w}`);
if (failures.length) {
  console.log(`\nFAILED:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll types meet their precision/recall bars.');
