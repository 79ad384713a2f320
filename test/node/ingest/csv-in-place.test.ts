// The in-place CSV path (csv-group-ingest.ts) must read exactly what the streaming parser reads: the same
// columns, rows, malformed rows (by line) and warnings, whatever the chunking, group size and thread count.
// The streaming parser (parsers/csv.ts, papaparse over the whole file) is the reference.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../electron/node/ingest/parsers/csv.js';
import { CsvGroupIngest, type InPlaceSink } from '../../../electron/node/ingest/csv-group-ingest.js';
import { groupRows, RecordScanner } from '../../../electron/node/ingest/csv-groups.js';
import type { ColumnProfile } from '../../../electron/node/ingest/column-stats.js';
import type { InPlaceRows } from '../../../electron/node/ingest/evidence-sink.js';
import { detectFormat } from '../../../electron/node/ingest/formats.js';
import { bomLengthFor } from '../../../electron/node/ingest/parsers/encoding.js';
import { sniffNewline } from '../../../electron/node/ingest/parsers/csv-sniff.js';
import { cp1252, utf8Bom } from '../../fixtures/ingest/text-samples.js';
import { corpus, haveCorpora, needsCorpora } from './parsers/corpora.js';
import { chunked, never, TestSink } from './parsers/test-sink.js';
import { Rng } from '../../fixtures/pii/prng.js';
import { awkwardCsv } from '../../fixtures/ingest/awkward-csv.js';

class CaptureSink implements InPlaceSink {
  malformedCount = 0;
  readonly problems: { line?: number; reason: string }[] = [];
  readonly warnings: string[] = [];
  table: { columns: string[]; profiles: ColumnProfile[]; inPlace: InPlaceRows } | null = null;
  storedTable(_name: string, columns: string[], profiles: ColumnProfile[], inPlace: InPlaceRows): void {
    this.table = { columns, profiles, inPlace };
  }
  malformed(_t: string | null, at: { line?: number }, reason: string): void {
    this.malformedCount++;
    if (this.problems.length < 100) this.problems.push({ line: at.line, reason });
  }
  warning(code: string): void {
    if (!this.warnings.includes(code)) this.warnings.push(code);
  }
}

interface Run {
  groupRecords?: number;
  workers?: number;
  chunk?: number;
}

async function inPlace(bytes: Buffer, run: Run = {}) {
  const d = detectFormat(bytes.subarray(0, 65536), 'x.csv', bytes.length);
  const encoding = d.encoding as 'utf-8' | 'windows-1252';
  const bomLength = bomLengthFor(bytes, encoding);
  const syntax = { delimiter: d.delimiter ?? ',', newline: sniffNewline(bytes.subarray(bomLength, 65536).toString('latin1')), encoding };
  const sink = new CaptureSink();
  const ingest = new CsvGroupIngest({
    sink, table: 'data', syntax, bomLength, maxRecordBytes: 1 << 20, maxColumns: 4096, declaredSize: bytes.length,
    workers: run.workers ?? 0, groupRecords: run.groupRecords ?? 2, signal: never(),
  });
  for await (const c of chunked(bytes, run.chunk ?? 5)) await ingest.push(c);
  const outcome = await ingest.finish();
  // Read every group back from the bytes, as readTableRows does from the decrypted original.
  const rows: (string | null)[][] = [];
  const t = sink.table;
  if (t) {
    const { index, format } = t.inPlace;
    index.forEach((e, k) => {
      expect(rows.length).toBe(e.row);
      rows.push(...groupRows(bytes.subarray(e.offset, k + 1 < index.length ? index[k + 1]!.offset : format.end), format));
    });
    expect(rows.length).toBe(t.inPlace.rows);
  }
  return { sink, outcome, rows, columns: t?.columns ?? null };
}

async function reference(bytes: Buffer) {
  const sink = new TestSink();
  const outcome = await parseCsv(chunked(bytes, 1 << 16), sink, never(), {});
  const t = sink.tables.get('data');
  const columns = t?.columns ?? null;
  const rows = (t?.rows ?? []).map((r) => (columns ? [...r, ...new Array<null>(columns.length - r.length).fill(null)] : r));
  return { sink, outcome, rows, columns };
}

async function expectSame(bytes: Buffer | string, runs: Run[] = [{}, { groupRecords: 1, chunk: 1 }, { groupRecords: 256, chunk: 4096 }, { groupRecords: 3, workers: 2, chunk: 64 }]) {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const ref = await reference(buf);
  for (const run of runs) {
    const got = await inPlace(buf, run);
    expect(got.columns, JSON.stringify(run)).toEqual(ref.columns);
    expect(got.rows, JSON.stringify(run)).toEqual(ref.rows);
    expect(got.outcome.status).toBe(ref.outcome.status);
    expect(got.sink.problems.map((p) => p.reason)).toEqual(ref.sink.malformedRows.map((m) => m.reason));
    expect(got.sink.warnings.sort()).toEqual([...new Set(ref.sink.warnings.map((w) => w.code))].sort());
  }
}

describe('CSV read in place', () => {
  it('reads quoted delimiters, newlines and escaped quotes across group and chunk cuts', async () => {
    await expectSame('id,note,x\n1,"a, b\nc\nd",z\n2,"say ""hi""",y\n3,"",\n4,"tail""",q\n5,plain,"end"\n');
  });

  it('handles CRLF, a BOM, a missing final newline and CR-only files', async () => {
    await expectSame(utf8Bom('name,city\r\nAsha,"Pune\r\nEast"\r\nRavi,Delhi\r\n"Q",R'));
    await expectSame('"h1",h2\r"a\rb",c\rd,e\r');
    await expectSame('a,b\r\n1,"x\ny"\r\n2,"p""\r\nq"\r\n');
  });

  it('skips blank lines (before the header too) and numbers lines as the streaming parser does', async () => {
    const got = await inPlace(Buffer.from('\n\na,b\n1,2\n\n\n\n3,4\n\n5\n'), { groupRecords: 1 });
    const ref = await reference(Buffer.from('\n\na,b\n1,2\n\n\n\n3,4\n\n5\n'));
    expect(got.rows).toEqual(ref.rows);
    expect(got.sink.problems).toEqual(ref.sink.malformedRows.map((m) => ({ line: m.at.line, reason: m.reason })));
    await expectSame('\n\na,b\n1,2\n\n\n\n3,4\n\n5\n');
  });

  it('keeps rows with the wrong number of fields, widening the table, and reports each by line', async () => {
    await expectSame('a,b,c\n1,2\n3,4,5,6,7\n8,9,10\n"x\ny",1,2,3\n');
  });

  it('reads stray and misplaced quotes as papaparse does', async () => {
    await expectSame('a,b,c\n1,x"y,2\n3,"q"w,4\n5,"ok" ,6\n7,"a""b"c",8\n9,10,11\n');
  });

  it('keeps an unterminated quoted field to the end and warns', async () => {
    await expectSame('a,b\n1,2\n3,"never closed\n4,5\n6,7\n');
    // In a CRLF file a closing quote before a bare LF does not close the field (papaparse): same rows; this
    // path warns from the parse state where the streaming parser counts quote characters (an even number here).
    const text = 'a,b\r\n1,"x"\r\n2,"y"\n';
    const [got, ref] = [await inPlace(Buffer.from(text)), await reference(Buffer.from(text))];
    expect(got.rows).toEqual(ref.rows);
    expect(got.sink.warnings).toEqual(['unbalanced-quotes']);
  });

  it('decodes Windows-1252 and reports rows with invalid UTF-8 by line', async () => {
    await expectSame(cp1252('name,city\nJos\u00e9,S\u00e3o Paulo\nRen\u00e9e,K\u00f6ln\n'));
    // Past the 64 KiB head that decides the encoding, so the file is read as UTF-8.
    const bad = Buffer.concat([Buffer.from('name,city\n' + 'Asha,Pune\n'.repeat(8000)), Buffer.from([0x52, 0xff, 0x76, 0x69, 0x2c, 0x58, 0x0a]), Buffer.from('Ravi,Delhi\n')]);
    await expectSame(bad, [{ groupRecords: 100, chunk: 1000 }, { groupRecords: 7, chunk: 4096, workers: 2 }]);
    const got = await inPlace(bad);
    expect(got.sink.warnings).toContain('invalid-utf8');
  });

  it('reads TSV and semicolon-separated files', async () => {
    await expectSame('a\tb\n1\t"x\ty"\n2\t3\n');
    await expectSame('a;b;c\n1;"2;3";4\n5;6;7\n8;9;10\n');
  });

  it('agrees with the streaming parser on generated files with every awkward character', async () => {
    const rng = new Rng(7);
    for (let f = 0; f < 12; f++) {
      const eol = f % 2 ? '\r\n' : '\n';
      await expectSame(awkwardCsv(rng, 40, eol, f % 3 !== 0), [{ groupRecords: rng.int(1, 5), chunk: rng.int(1, 20), workers: f % 4 === 0 ? 2 : 0 }]);
    }
  });

  it('stops at a record over the size cap, keeping the records before it', async () => {
    const big = 'a,b\n1,2\n3,4\n5,"' + 'x'.repeat(3000) + '"\n6,7\n';
    const sink = new CaptureSink();
    const ingest = new CsvGroupIngest({
      sink, table: 'data', syntax: { delimiter: ',', newline: '\n', encoding: 'utf-8' }, bomLength: 0, maxRecordBytes: 1000,
      maxColumns: 4096, declaredSize: big.length, workers: 0, groupRecords: 1, signal: never(),
    });
    for await (const c of chunked(Buffer.from(big), 100)) await ingest.push(c);
    const outcome = await ingest.finish();
    expect(outcome.status).toBe('malformed');
    expect(outcome.reason).toMatch(/record starting at line 4 is larger than 1000 bytes/);
    expect(sink.table?.inPlace.rows).toBe(2);
  });

  it('scanner ends records only outside quotes', () => {
    const ends: number[] = [];
    const s = new RecordScanner({ delimiter: ',', newline: '\n' }, 0, (e) => ends.push(e));
    s.push(Buffer.from('a,"b\n"\nc,d"\n'));
    expect(ends).toEqual([7, 12]);
    expect(s.inQuotes).toBe(false);
  });
});

describe.skipIf(!haveCorpora)(needsCorpora('CSV read in place on csv-spectrum'), () => {
  const dir = corpus('csv-spectrum', 'csvs');
  const names = haveCorpora ? readdirSync(dir).filter((n) => n.endsWith('.csv')) : [];
  // A real test, so that the suite reports itself skipped (with its reason) when the corpora are absent.
  it('has the 12 csv-spectrum cases', () => expect(names).toHaveLength(12));
  it.each(names)('%s reads as the streaming parser reads it', async (name) => {
    await expectSame(readFileSync(`${dir}/${name}`));
  });
});
