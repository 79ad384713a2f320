// Hostile input: every file of a generated corpus is imported into a vault that already holds a case with
// committed evidence. Each import must end with a clear status and a reason saying what went wrong and where,
// without crashing, hanging or disturbing what was there before, and the case must still verify afterwards.
// The parsers are also fed a 2 GiB line as a stream (nothing on disk) and must stop with a byte offset.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { Workbench } from '../../electron/node/core/workbench';
import { checkVault } from '../../electron/node/services/vault-check';
import { getEvidence, listEvidence } from '../../electron/node/store/evidence';
import { createParser } from '../../electron/node/ingest/formats';
import type { FormatId, Position, RecordSink } from '../../electron/node/ingest/parsers/types';
import { exportEvidence } from '../../electron/node/report/export-evidence';
import { tempDir } from '../support/cli';
import { CORPUS, HOSTILE_CELLS, MiB } from './support/corpus';

const PER_FILE_MS = 30_000;
const GiB = 1024 ** 3;

let root: string;
let cleanup: () => void;
let wb: Workbench;
let caseId: string;
let baseline: { id: string; sha256: string; records: number };
const processWarnings: string[] = [];
const onWarning = (w: Error) => processWarnings.push(`${w.name}: ${w.message}`);

beforeAll(async () => {
  process.on('warning', onWarning);
  ({ dir: root, cleanup } = tempDir('sakshya-hostile-'));
  fs.mkdirSync(path.join(root, 'in'));
  wb = new Workbench({ vaultDir: path.join(root, 'v'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  await wb.create('hostile input pass', { name: 'Examiner Synthetic', designation: 'Analyst', organisation: 'Test Lab' });
  caseId = (await wb.handlers()['case.create']({ title: 'Hostile corpus' })).id;
  const good = path.join(root, 'in', 'baseline.csv');
  fs.writeFileSync(good, 'id,name,city\n1,Synthetic Baseline,Pune\n2,Synthetic Second,Agra\n');
  const [r] = await wb.importFiles(caseId, [good]);
  expect(r!.status).toBe('parsed');
  baseline = { id: r!.evidenceId!, sha256: r!.sha256, records: r!.records };
  console.log(`HARDENING corpus: ${CORPUS.length} files`);
});

afterAll(() => {
  process.off('warning', onWarning);
  wb?.lock();
  cleanup?.();
});

/** Rejects if `p` takes longer than `ms`: a hang is a failure, not a slow pass. */
function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let t: NodeJS.Timeout;
  return Promise.race([p, new Promise<never>((_, reject) => (t = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)))]).finally(() =>
    clearTimeout(t),
  );
}

/** Everything an examiner is told about one evidence item: its reason, warnings and per-row problems. */
function explanation(evidenceId: string): string {
  const e = getEvidence(wb.vault.db, caseId, evidenceId);
  return [e.reason ?? '', ...e.warnings.map((w) => w.message), ...e.problems.map((p) => `${p.reason} [line ${p.line ?? '-'}, offset ${p.offset ?? '-'}]`)].join('\n');
}

function assertVaultIntact(): void {
  const before = getEvidence(wb.vault.db, caseId, baseline.id);
  expect(before.sha256).toBe(baseline.sha256);
  expect(before.records).toBe(baseline.records);
  const v = wb.verifyCase(caseId);
  expect(v.ok, JSON.stringify(v)).toBe(true);
  // Nothing half-written is left behind: every blob file on disk belongs to committed evidence.
  expect(checkVault(wb.vault).orphans).toBe(0);
}

describe('hostile corpus through the full import path', () => {
  for (const f of CORPUS) {
    it(`${f.kind} (${f.name}): ${f.expect.status.join(' or ')}, with a reason`, async () => {
      const file = await f.make(path.join(root, 'in'));
      try {
        const res = await within(PER_FILE_MS, `import of ${f.name}`, wb.importFiles(caseId, [file]));
        const top = res[0]!;
        expect(top.evidenceId, `${f.name} was acquired as evidence`).toBeTruthy();
        expect(top.bytes).toBe(fs.statSync(file).size);
        expect(f.expect.status).toContain(top.status);
        if (f.expect.records !== undefined) expect(top.records).toBe(f.expect.records);
        const why = explanation(top.evidenceId!);
        if (f.expect.reason) expect(why).toMatch(f.expect.reason);
        if (f.expect.where) expect(why).toMatch(f.expect.where);
        if (f.expect.topReason) expect(top.reason).toMatch(f.expect.topReason);
        if (f.expect.children) expect(res.slice(1).map((r) => r.name)).toEqual(f.expect.children);
        // Reasons say where and what kind, never cell content.
        expect(why).not.toMatch(/Synthetic|aaaaaaaa|xxxxxxxx/);
        assertVaultIntact();
      } finally {
        fs.rmSync(file, { force: true });
      }
    });
  }

  it('leaks no listeners while a parser that stopped early is drained (no MaxListenersExceededWarning)', () => {
    expect(processWarnings.filter((w) => w.startsWith('MaxListenersExceededWarning'))).toEqual([]);
  });

  it('lists every corpus file (and the ZIP children) beside the baseline evidence', async () => {
    const names = listEvidence(wb.vault.db, caseId).map((e) => e.name);
    expect(names).toContain('baseline.csv');
    for (const f of CORPUS) expect(names).toContain(f.name);
  });

  it('keeps markup and formulas as inert text: shown verbatim as data, neutralised in a CSV export', async () => {
    const e = listEvidence(wb.vault.db, caseId).find((x) => x.name === 'markup-and-formulas.csv')!;
    const page = await wb.handlers()['evidence.rows']({ caseId, evidenceId: e.id, offset: 0, limit: 50 });
    // The API returns strings; the renderer shows them as text (React escapes), so they come back unchanged.
    expect(page.rows.map((r) => r[1])).toEqual(HOSTILE_CELLS);
    const out = path.join(root, 'markup-export.csv');
    exportEvidence(wb, caseId, e.id, { format: 'csv', out, record: false });
    const cells = Papa.parse<string[]>(fs.readFileSync(out, 'utf8'), { skipEmptyLines: true }).data.slice(1).map((r) => r[1]!);
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toHaveLength(HOSTILE_CELLS.length);
  });
});

/** A stream of `prefix` followed by `total` bytes of 'a' with no newline, generated as it is read. */
function endlessLine(prefix: string, total: number): { stream: Readable; read: () => number } {
  let produced = 0;
  const chunk = Buffer.alloc(MiB, 'a');
  function* gen() {
    yield Buffer.from(prefix);
    while (produced < total) {
      produced += chunk.length;
      yield chunk;
    }
  }
  return { stream: Readable.from(gen(), { objectMode: false }), read: () => produced };
}

class ProblemSink implements RecordSink {
  problems: { at: Position; reason: string }[] = [];
  rows = 0;
  table(): void {}
  row(): void {
    this.rows++;
  }
  malformed(_t: string | null, at: Position, reason: string): void {
    this.problems.push({ at, reason });
  }
  warning(): void {}
}

describe('a 2 GiB line, streamed straight into the parsers', () => {
  const cases: { format: Exclude<FormatId, 'sqlite'>; prefix: string; stops: boolean }[] = [
    { format: 'csv', prefix: 'id,blob\n1,', stops: true },
    { format: 'tsv', prefix: 'id\tblob\n1\t', stops: true },
    { format: 'text', prefix: '', stops: true },
    { format: 'json', prefix: '[{"blob":"', stops: true },
    { format: 'mysql-dump', prefix: "INSERT INTO t VALUES ('", stops: true },
    { format: 'postgres-dump', prefix: 'COPY public.t (a) FROM stdin;\n', stops: true },
    { format: 'telegram', prefix: '{"name":"x","type":"personal_chat","messages":[{"text":"', stops: true },
    // NDJSON skips an over-long line and reads on, so it streams to the end (in bounded memory).
    { format: 'ndjson', prefix: '{"a":1}\n{"blob":"', stops: false },
  ];
  for (const c of cases) {
    it(`${c.format}: ${c.stops ? "stops with 'malformed' and a byte offset" : 'skips the line as malformed, with its offset'}, in bounded time and memory`, async () => {
      const { stream, read } = endlessLine(c.prefix, 2 * GiB);
      const sink = new ProblemSink();
      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      const t0 = Date.now();
      try {
        const outcome = await within(PER_FILE_MS, `${c.format} parse`, createParser(c.format, { encoding: 'utf-8' }).parse(stream, sink, new AbortController().signal));
        const ms = Date.now() - t0;
        if (c.stops) {
          expect(outcome.status).toBe('malformed');
          expect(outcome.reason).toMatch(/larger than 16777216 bytes|longer than 16777216 bytes/);
          expect(outcome.at?.offset ?? outcome.at?.line).toBeDefined();
          // It stopped near the limit instead of reading the whole 2 GiB.
          expect(read()).toBeLessThan(64 * MiB);
        } else {
          expect(read()).toBeGreaterThanOrEqual(2 * GiB);
          expect(sink.problems).toHaveLength(1);
          expect(sink.problems[0]!.reason).toMatch(/larger than 16777216 bytes/);
          expect(sink.problems[0]!.at).toMatchObject({ line: 2, offset: 8 });
        }
        expect(ms).toBeLessThan(PER_FILE_MS);
        // Memory grows by about one record cap, not by the line: well under the 2 GiB that was streamed.
        expect(peak - rssBefore).toBeLessThan(400 * MiB);
      } finally {
        clearInterval(sampler);
        stream.destroy();
      }
    });
  }
});
