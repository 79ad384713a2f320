// The grouped CSV parser (detection's reader) must report to a sink exactly what the streaming papaparse
// parser reports: columns, rows, their lines, malformed rows and warnings, whatever the chunking.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../electron/node/ingest/parsers/csv.js';
import { parseCsvGrouped } from '../../../electron/node/ingest/parsers/csv-grouped.js';
import { cp1252, utf16le, utf8Bom } from '../../fixtures/ingest/text-samples.js';
import { corpus, haveCorpora, needsCorpora } from './parsers/corpora.js';
import { chunked, never, TestSink } from './parsers/test-sink.js';
import { Rng } from '../../fixtures/pii/prng.js';
import { awkwardCsv } from '../../fixtures/ingest/awkward-csv.js';

async function run(parse: typeof parseCsv, buf: Buffer, chunk: number, opts: Parameters<typeof parseCsv>[3] = {}) {
  const sink = new TestSink();
  const outcome = await parse(chunked(buf, chunk), sink, never(), opts);
  return {
    outcome: { status: outcome.status, encoding: outcome.encoding },
    tables: [...sink.tables.entries()],
    malformed: sink.malformedRows.map((m) => [m.at.line, m.reason]),
    warnings: [...new Set(sink.warnings.map((w) => w.code))].sort(),
  };
}

async function expectSame(text: string | Buffer, opts: Parameters<typeof parseCsv>[3] = {}) {
  const buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const ref = await run(parseCsv, buf, 1 << 16, opts);
  for (const chunk of [1, 7, 1 << 16]) expect(await run(parseCsvGrouped, buf, chunk, opts), `chunk ${chunk}`).toEqual(ref);
}

describe('grouped CSV parser', () => {
  it('reports what the streaming parser reports on awkward files', async () => {
    await expectSame('id,note,x\n1,"a, b\nc\nd",z\n2,"say ""hi""",y\n3,"",\n');
    await expectSame(utf8Bom('name,city\r\nAsha,"Pune\r\nEast"\r\nRavi,Delhi\r\n"Q",R'));
    await expectSame('"h1",h2\r"a\rb",c\rd,e\r');
    await expectSame('\n\na,b\n1,2\n\n\n\n3,4\n\n5\n');
    await expectSame('a,b,c\n1,2\n3,4,5,6,7\n8,9,10\n"x\ny",1,2,3\n');
    await expectSame('a,b,c\n1,x"y,2\n3,"q"w,4\n5,"ok" ,6\n7,"a""b"c",8\n9,10,11\n');
    await expectSame('a,b\n1,2\n3,"never closed\n4,5\n6,7\n');
    await expectSame(cp1252('name,city\nJos\u00e9,S\u00e3o Paulo\n'));
    await expectSame(Buffer.concat([Buffer.from('name,city\n' + 'Asha,Pune\n'.repeat(8000)), Buffer.from([0x52, 0xff, 0x76, 0x69, 0x2c, 0x58, 0x0a]), Buffer.from('Ravi,Delhi\n')]));
    await expectSame('a\tb\n1\t"x\ty"\n2\t3\n', { tsv: true });
    await expectSame('a;b;c\n1;"2;3";4\n5;6;7\n8;9;10\n');
    await expectSame('');
    await expectSame('only,a,header');
    await expectSame(utf16le('a,b\n1,2\n'));
    await expectSame('h\n' + '"x",y\n'.repeat(700));
  });

  it('stops at a record over the cap as the streaming parser does', async () => {
    await expectSame('a,b\n1,2\n3,4\n5,"' + 'x'.repeat(3000) + '"\n6,7\n', { maxRecordBytes: 1000 });
  });

  it('agrees on generated files with every awkward character', async () => {
    const rng = new Rng(5);
    for (let f = 0; f < 16; f++) await expectSame(awkwardCsv(rng, 300, f % 2 ? '\r\n' : '\n', f % 3 !== 0));
  });
});

describe.skipIf(!haveCorpora)(needsCorpora('grouped CSV parser on csv-spectrum'), () => {
  const dir = corpus('csv-spectrum', 'csvs');
  const names = haveCorpora ? readdirSync(dir).filter((n) => n.endsWith('.csv')) : [];
  // A real test, so that the suite reports itself skipped (with its reason) when the corpora are absent.
  it('has the 12 csv-spectrum cases', () => expect(names).toHaveLength(12));
  it.each(names)('%s', async (name) => expectSame(readFileSync(`${dir}/${name}`)));
});
