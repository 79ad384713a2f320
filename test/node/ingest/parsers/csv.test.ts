import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../electron/node/ingest/parsers/csv.js';
import { cp1252, peopleCsv, utf16be, utf16le, utf8Bom } from '../../../fixtures/ingest/text-samples.js';
import { corpus, haveCorpora, needsCorpora } from './corpora.js';
import { chunked, never, TestSink } from './test-sink.js';

async function csv(bytes: Buffer | string, opts: Parameters<typeof parseCsv>[3] = {}, chunk = 7) {
  const sink = new TestSink();
  const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const outcome = await parseCsv(chunked(buf, chunk), sink, never(), opts);
  return { sink, outcome };
}

describe('CSV parser', () => {
  it('uses the first record as header and yields the rest as rows', async () => {
    const { sink, outcome } = await csv('a,b,c\n1,2,3\n4,5,6\n');
    expect(outcome.status).toBe('parsed');
    expect(sink.tables.get('data')?.columns).toEqual(['a', 'b', 'c']);
    expect(sink.tables.get('data')?.rows).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(sink.tables.get('data')?.at).toEqual([{ line: 2 }, { line: 3 }]);
  });

  it('keeps quoted commas and newlines and counts physical lines across them', async () => {
    const { sink } = await csv('id,note\n1,"a, b\nc\nd"\n2,x\n3,"y"\n');
    expect(sink.tables.get('data')?.rows).toEqual([
      ['1', 'a, b\nc\nd'],
      ['2', 'x'],
      ['3', 'y'],
    ]);
    expect(sink.tables.get('data')?.at).toEqual([{ line: 2 }, { line: 5 }, { line: 6 }]);
  });

  it('handles CRLF, a UTF-8 BOM and a missing final newline', async () => {
    const { sink, outcome } = await csv(utf8Bom('name,city\r\nAsha,"Pune\r\nEast"\r\nRavi,Delhi'));
    expect(outcome.encoding).toBe('utf-8');
    expect(sink.tables.get('data')?.columns).toEqual(['name', 'city']);
    expect(sink.objects('data')).toEqual([
      { name: 'Asha', city: 'Pune\r\nEast' },
      { name: 'Ravi', city: 'Delhi' },
    ]);
    expect(sink.tables.get('data')?.at[1]).toEqual({ line: 4 });
  });

  it.each([
    ['UTF-16LE with BOM', utf16le('नाम,शहर\nराम,पुणे\n')],
    ['UTF-16BE with BOM', utf16be('नाम,शहर\nराम,पुणे\n')],
    ['UTF-16LE without BOM', utf16le('name,city\nRam,Pune\n', false)],
    ['UTF-16BE without BOM', utf16be('name,city\nRam,Pune\n', false)],
  ])('decodes %s', async (_label, bytes) => {
    const { sink, outcome } = await csv(bytes, {}, 5);
    expect(outcome.status).toBe('parsed');
    expect(outcome.encoding).toMatch(/^utf-16/);
    expect(sink.tables.get('data')?.rows).toHaveLength(1);
    expect(sink.tables.get('data')?.rows[0]?.[1]).toMatch(/^(पुणे|Pune)$/);
  });

  it('falls back to Windows-1252 with a warning when the head is not UTF-8', async () => {
    const { sink, outcome } = await csv(cp1252('name,price\nCafé “Nord”,€5\n'));
    expect(outcome.encoding).toBe('windows-1252');
    expect(sink.warnings.map((w) => w.code)).toContain('encoding-fallback');
    expect(sink.tables.get('data')?.rows).toEqual([['Café “Nord”', '€5']]);
  });

  it('reports invalid UTF-8 found after the head as a warning and malformed rows, and keeps going', async () => {
    const good = peopleCsv(3000); // well over 64 KiB of valid head
    const bad = Buffer.concat([Buffer.from(good), Buffer.from('9001,"bad '), Buffer.from([0xff, 0xfe]), Buffer.from(' x",555,Pune\n9002,ok,555,Pune\n')]);
    const { sink, outcome } = await csv(bad, {}, 4096);
    expect(outcome.status).toBe('parsed');
    expect(outcome.encoding).toBe('utf-8');
    expect(sink.rowCount('data')).toBe(3002);
    const w = sink.warnings.find((x) => x.code === 'invalid-utf8');
    expect(w?.at?.offset).toBe(Buffer.byteLength(good) + 10);
    expect(sink.malformedRows).toEqual([expect.objectContaining({ at: { line: 3002 } })]);
    expect(sink.malformedRows[0]?.reason).not.toContain('bad');
  });

  it('reports rows with the wrong field count by line and keeps them padded or widened', async () => {
    const { sink } = await csv('a,b,c\n1,2,3\n4,5\n6,7,8,9\n');
    expect(sink.malformedRows.map((m) => m.at.line)).toEqual([3, 4]);
    expect(sink.tables.get('data')?.columns).toEqual(['a', 'b', 'c', 'column_4']);
    expect(sink.tables.get('data')?.rows).toEqual([
      ['1', '2', '3'],
      ['4', '5', null],
      ['6', '7', '8', '9'],
    ]);
  });

  it('names empty and duplicate header cells', async () => {
    const { sink } = await csv('name,,name,\n1,2,3,4\n');
    expect(sink.tables.get('data')?.columns).toEqual(['name', 'column_2', 'name_2', 'column_4']);
  });

  it.each([
    [';', 'a;b;c\n1;2;3\n4;"5;5";6\n'],
    ['|', 'a|b|c\n1|2|3\n4|5|6\n'],
    ['\t', 'a\tb\tc\n1\t2\t3\n'],
  ])('sniffs the %j delimiter', async (d, text) => {
    const { sink } = await csv(text);
    expect(sink.tables.get('data')?.columns).toEqual(['a', 'b', 'c']);
    expect(sink.malformedRows).toEqual([]);
    void d;
  });

  it('stops with status malformed on a record larger than the cap, without reading it all into memory', async () => {
    async function* huge(): AsyncGenerator<Buffer> {
      yield Buffer.from('a,b\n1,2\n3,');
      const block = Buffer.alloc(1 << 20, 0x78);
      for (let i = 0; i < 64; i++) yield block; // 64 MiB without a newline
    }
    const sink = new TestSink();
    const outcome = await parseCsv(huge(), sink, never(), { maxRecordBytes: 4 << 20 });
    expect(outcome.status).toBe('malformed');
    expect(outcome.at?.line).toBe(3);
    expect(outcome.at?.offset).toBeGreaterThan(4 << 20);
    expect(outcome.at?.offset).toBeLessThan(16 << 20);
    expect(sink.rowCount('data')).toBe(1);
    expect(sink.malformedRows).toHaveLength(1);
  });

  it('warns when a quoted field is never closed', async () => {
    const { sink } = await csv('a,b\n1,2\n3,"open\n4,5\n');
    expect(sink.warnings).toEqual([expect.objectContaining({ code: 'unbalanced-quotes', at: { line: 3 } })]);
  });

  it('treats a 0-byte input as parsed with no table', async () => {
    const { sink, outcome } = await csv('');
    expect(outcome.status).toBe('parsed');
    expect(sink.tables.size).toBe(0);
  });

  it('rejects with an AbortError when cancelled', async () => {
    const ac = new AbortController();
    async function* endless(): AsyncGenerator<Buffer> {
      yield Buffer.from('a,b\n');
      for (;;) {
        await new Promise((r) => setTimeout(r, 1));
        yield Buffer.from('1,2\n');
      }
    }
    const p = parseCsv(endless(), new TestSink(), ac.signal);
    setTimeout(() => ac.abort(), 30);
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects with an AbortError when cancelled while the input stalls', async () => {
    const ac = new AbortController();
    async function* stalled(): AsyncGenerator<Buffer> {
      yield Buffer.from('a,b\n');
      await new Promise(() => undefined);
    }
    const p = parseCsv(stalled(), new TestSink(), ac.signal);
    setTimeout(() => ac.abort(), 20);
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe.skipIf(!haveCorpora)(needsCorpora('CSV parser on csv-spectrum'), () => {
  const dir = corpus('csv-spectrum', 'csvs');
  const names = haveCorpora ? readdirSync(dir).filter((n) => n.endsWith('.csv')) : [];
  it('has the 12 documented cases', () => expect(names).toHaveLength(12));
  it.each(names)('%s yields the expected records', async (name) => {
    const expected = JSON.parse(readFileSync(corpus('csv-spectrum', 'json', name.replace(/\.csv$/, '.json')), 'utf8')) as
      | Record<string, string>[]
      | Record<string, string>;
    const { sink, outcome } = await csv(readFileSync(`${dir}/${name}`), {}, 3);
    expect(outcome.status).toBe('parsed');
    expect(sink.malformedRows).toEqual([]);
    const got = sink.objects('data');
    if (name === 'location_coordinates.csv') {
      // Upstream bug: the expected JSON is one object and its phone number differs from the CSV.
      const one = expected as Record<string, string>;
      expect(got).toHaveLength(1);
      for (const key of ['Location Coordinates', 'Cities', 'Counties']) expect(got[0]?.[key]).toBe(one[key]);
      return;
    }
    expect(got).toEqual(expected);
  });
});
