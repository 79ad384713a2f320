import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createParser, detectFormat } from '../../../../electron/node/ingest/formats.js';
import type { StreamParser } from '../../../../electron/node/ingest/parsers/types.js';
import { telegramExport } from '../../../fixtures/ingest/telegram-samples.js';
import { mysqlAwkward, postgresAwkward } from '../../../fixtures/ingest/sql-samples.js';
import { cp1252, noise, peopleCsv, utf16be, utf16le, utf8Bom } from '../../../fixtures/ingest/text-samples.js';
import { corpus, haveCorpora, needsCorpora } from './corpora.js';
import { chunked, never, TestSink } from './test-sink.js';

const detect = (b: Buffer | string, name = 'sample') => {
  const buf = typeof b === 'string' ? Buffer.from(b) : b;
  return detectFormat(buf.subarray(0, 65536), name, buf.length);
};

describe('detectFormat', () => {
  it.each([
    ['empty', Buffer.alloc(0), 'empty'],
    ['sqlite', Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(100)]), 'sqlite'],
    ['zip', Buffer.from('PK\x03\x04rest', 'latin1'), 'zip'],
    ['empty zip', Buffer.from('PK\x05\x06' + '\0'.repeat(18), 'latin1'), 'zip'],
    ['binary noise', noise(4096), 'binary'],
    ['NUL bytes', Buffer.from('abc\0def'), 'binary'],
    ['telegram', telegramExport(), 'telegram'],
    ['json array', '[{"a":1},\n{"a":2}]', 'json'],
    ['json object', '{"users":[{"a":1}]}', 'json'],
    ['ndjson', '{"a":1}\n{"a":2}\n', 'ndjson'],
    ['mysql dump', mysqlAwkward, 'mysql-dump'],
    ['postgres dump', postgresAwkward, 'postgres-dump'],
    ['csv', peopleCsv(5), 'csv'],
    ['tsv', 'a\tb\n1\t2\n', 'tsv'],
    ['text', 'just some words\nand more words\n', 'text'],
    ['log lines in brackets', '[INFO] started\n[WARN] slow\n', 'text'],
    ['empty json array', '[]', 'json'],
  ])('%s', (_label, bytes, format) => {
    expect(detect(bytes).format).toBe(format);
  });

  it('reports encodings and delimiters', () => {
    expect(detect(utf16le('a;b\n1;2\n'))).toEqual({ format: 'csv', encoding: 'utf-16le', delimiter: ';' });
    expect(detect(utf16be('a|b\n1|2\n', false))).toEqual({ format: 'csv', encoding: 'utf-16be', delimiter: '|' });
    expect(detect(utf8Bom('x,y\n1,2\n'))).toEqual({ format: 'csv', encoding: 'utf-8', delimiter: ',' });
    expect(detect(cp1252('name,city\nJosé,Köln\n'))).toEqual({ format: 'csv', encoding: 'windows-1252', delimiter: ',' });
  });

  it('uses the file name only to break ties', () => {
    expect(detect('one column\nvalues\n', 'x.csv').format).toBe('csv');
    expect(detect('{"a":1}', 'x.jsonl').format).toBe('ndjson');
    expect(detect('[1,2]', 'x.txt').format).toBe('json');
  });

  it('recognises a PDF by its %PDF- header, after leading junk only when the name ends in .pdf', () => {
    const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n', 'latin1');
    expect(detect(pdf, 'reply').format).toBe('pdf');
    const junk = Buffer.concat([Buffer.from('X-Mailer: gateway\r\n\r\n'), pdf]);
    expect(detect(junk, 'reply.PDF').format).toBe('pdf');
    expect(detect(junk, 'reply.txt').format).not.toBe('pdf');
  });
});

describe('createParser', () => {
  it('gives a stream parser that yields unparsed for binary, empty and zip', async () => {
    for (const f of ['binary', 'empty', 'zip'] as const) {
      const out = await createParser(f).parse(chunked(noise(100)), new TestSink(), never());
      expect(out.status).toBe('unparsed');
    }
  });

  it('parses what it detects, end to end', async () => {
    const bytes = Buffer.from(peopleCsv(10));
    const d = detectFormat(bytes, 'p.csv', bytes.length);
    const sink = new TestSink();
    const parser = createParser(d.format, { encoding: d.encoding, delimiter: d.delimiter }) as StreamParser;
    const out = await parser.parse(chunked(bytes, 64), sink, never());
    expect(out.status).toBe('parsed');
    expect(sink.rowCount('data')).toBe(10);
  });
});

describe.skipIf(!haveCorpora)(needsCorpora('detectFormat on the corpora'), () => {
  it.each([
    ['sakila-mysql/sakila/sakila-mv-data.sql', 'mysql-dump'],
    ['sakila-mysql/sakila/sakila-mv-schema.sql', 'mysql-dump'],
    ['pagila/pagila-data.sql', 'postgres-dump'],
    ['pagila/pagila-schema.sql', 'postgres-dump'],
    ['chinook/ChinookDatabase/DataSources/Chinook_Sqlite.sqlite', 'sqlite'],
    ['telegram-tg2md/tests/result.json', 'telegram'],
    ['telegram-tkonverter/examples/result.json', 'telegram'],
    ['telegram-tkonverter/examples/result_group.json', 'telegram'],
    ['csv-spectrum/csvs/newlines_crlf.csv', 'csv'],
    ['csv-spectrum/csvs/utf8.csv', 'csv'],
    ['JSONTestSuite/test_parsing/y_array_heterogeneous.json', 'json'],
  ])('%s → %s', (file, format) => {
    const bytes = readFileSync(corpus(file));
    expect(detectFormat(bytes.subarray(0, 65536), file, bytes.length).format).toBe(format);
  });
});
