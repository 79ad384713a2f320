import { createReadStream, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSqlDump } from '../../../../electron/node/ingest/parsers/sql-dump.js';
import { mysqlAwkward, mysqlBroken, postgresAwkward } from '../../../fixtures/ingest/sql-samples.js';
import { corpus, haveCorpora, needsCorpora } from './corpora.js';
import { chunked, never, TestSink } from './test-sink.js';

async function dump(dialect: 'mysql' | 'postgres', text: string, chunk = 11) {
  const sink = new TestSink();
  // `chunk` also sets how much text the reader gets at a time, so tokens split at every position are resumed.
  const outcome = await parseSqlDump(dialect, chunked(Buffer.from(text), chunk), sink, never(), { feedChars: chunk });
  return { sink, outcome };
}

describe('MySQL dump reader', () => {
  it('reads multi-row INSERTs with escapes, hex, _binary and versioned comments, and skips routine bodies', async () => {
    for (const chunk of [1, 2, 3, 11, 1 << 20]) {
      const { sink, outcome } = await dump('mysql', mysqlAwkward, chunk);
      expect(outcome.status).toBe('parsed');
      expect(sink.malformedRows).toEqual([]);
      expect([...sink.tables.keys()]).toEqual(['people', 'shop.orders']);
      const people = sink.tables.get('people');
      expect(people?.columns).toEqual(['id', 'name', 'photo', 'geo', 'note']);
      expect(people?.rows).toEqual([
        ['1', "O'Brien", "x'89504e47'", "x'0101'", 'a\nb'],
        ['2', "It's", "x'ff00'", null, null],
        ['3', 'raw\\bytes', null, "ST_GeomFromText('POINT(1 2)')", 'dq'],
        ['-4', 'semi;colon', null, null, '--not a comment'],
        ['5', 'five', null, null, 'ok'],
      ]);
      expect(people?.at.map((a) => a.line)).toEqual([14, 14, 15, 15, 24]);
      expect(sink.objects('shop.orders')).toEqual([
        { id: '10', total: '1.5e3' },
        { id: '11', total: '-2' },
      ]);
    }
  });

  it('reports broken statements by line and continues with the next one', async () => {
    const { sink, outcome } = await dump('mysql', mysqlBroken);
    expect(sink.tables.get('t')?.rows.map((r) => r[0])).toEqual(['1', '2', '3', '5', '6', '8']);
    // line 4 is short once line 3 widened the table to 3 columns
    expect(sink.malformedRows.map((m) => m.at.line)).toEqual([2, 3, 4, 5]);
    expect(outcome.status).toBe('malformed');
    expect(outcome.at?.line).toBe(5);
    for (const m of sink.malformedRows) expect(m.reason).not.toMatch(/unterminated'|[cdefg]'/);
  });

  it('streams through long runs of blank lines and comments between statements', async () => {
    async function* spaced(): AsyncGenerator<Buffer> {
      yield Buffer.from("INSERT INTO t VALUES (1);\n");
      for (let i = 0; i < 40; i++) yield Buffer.from('\n'.repeat(1 << 16) + '-- note\n/* block */\n');
      yield Buffer.from("INSERT INTO t VALUES (2);\n");
    }
    const sink = new TestSink();
    const outcome = await parseSqlDump('mysql', spaced(), sink, never(), { maxRecordBytes: 1 << 20 });
    expect(outcome.status).toBe('parsed');
    expect(sink.tables.get('t')?.at).toEqual([{ line: 1 }, { line: 40 * ((1 << 16) + 2) + 2 }]);
  });

  it('stops on a statement part over the cap instead of buffering it', async () => {
    async function* huge(): AsyncGenerator<Buffer> {
      yield Buffer.from("INSERT INTO t VALUES (1,'");
      const block = Buffer.alloc(1 << 20, 0x61);
      for (let i = 0; i < 40; i++) yield block;
    }
    const sink = new TestSink();
    const outcome = await parseSqlDump('mysql', huge(), sink, never(), { maxRecordBytes: 4 << 20 });
    expect(outcome.status).toBe('malformed');
    expect(outcome.at?.line).toBe(1);
  });
});

describe('PostgreSQL dump reader', () => {
  it('reads COPY blocks and INSERTs, skips $$ bodies, keeps schema-qualified names', async () => {
    for (const chunk of [1, 2, 5, 1 << 20]) {
      const { sink, outcome } = await dump('postgres', postgresAwkward, chunk);
      expect(outcome.status).toBe('parsed');
      expect(sink.malformedRows).toEqual([]);
      expect(sink.tables.get('public.people')?.rows).toEqual([
        ['1', 'Asha', '{"a b",c}'],
        ['2', null, null],
        ['3', 'Tab\there\nnewline \\ back', '{}'],
        ['4', "it's", '{x}'],
        ['5', "plain'quote", null],
      ]);
      expect(sink.tables.get('public.people')?.at.map((a) => a.line)).toEqual([13, 14, 15, 17, 17]);
      expect(sink.tables.get('public.empty_one')).toEqual({ columns: ['a'], rows: [], at: [] });
    }
  });

  it('reports a COPY block cut off before \\.', async () => {
    const { sink, outcome } = await dump('postgres', 'COPY t (a, b) FROM stdin;\n1\t2\n3\t4\n');
    expect(sink.rowCount('t')).toBe(2);
    expect(outcome.status).toBe('malformed');
  });

  it('reports COPY rows with the wrong field count and keeps them', async () => {
    const { sink } = await dump('postgres', 'COPY t (a, b) FROM stdin;\n1\t2\n3\n4\t5\t6\n\\.\n');
    expect(sink.malformedRows.map((m) => m.at.line)).toEqual([3, 4]);
    expect(sink.tables.get('t')?.columns).toEqual(['a', 'b', 'column_3']);
  });
});

const SAKILA: Record<string, number> = {
  actor: 200, address: 603, category: 16, city: 600, country: 109, customer: 599, film: 1000, film_actor: 5462,
  film_category: 1000, inventory: 4581, language: 6, payment: 16049, rental: 16044, staff: 2, store: 2,
};
const SAKILA_WIDTH: Record<string, number> = {
  actor: 4, address: 9, category: 3, city: 4, country: 3, customer: 9, film: 13, film_actor: 3, film_category: 3,
  inventory: 4, language: 3, payment: 7, rental: 7, staff: 11, store: 4,
};
const PAGILA: Record<string, number> = {
  'public.actor': 200, 'public.country': 109, 'public.city': 600, 'public.address': 603, 'public.category': 16,
  'public.store': 500, 'public.customer': 599, 'public.language': 6, 'public.film': 1000, 'public.film_actor': 5462,
  'public.film_category': 2367, 'public.inventory': 4581, 'public.staff': 1500, 'public.rental': 16044,
  'public.payment_p2022_01': 723, 'public.payment_p2022_02': 2401, 'public.payment_p2022_03': 2713,
  'public.payment_p2022_04': 2547, 'public.payment_p2022_05': 2677, 'public.payment_p2022_06': 2654,
  'public.payment_p2022_07': 2334,
};

describe.skipIf(!haveCorpora)(needsCorpora('dump readers on Sakila and Pagila'), () => {
  const counts = (sink: TestSink) => Object.fromEntries([...sink.tables].map(([k, t]) => [k, t.rows.length]));

  it('Sakila data: 15 tables with the documented row counts and 9 address values', async () => {
    const sink = new TestSink();
    const outcome = await parseSqlDump('mysql', createReadStream(corpus('sakila-mysql/sakila/sakila-mv-data.sql')), sink, never());
    expect(outcome.status).toBe('parsed');
    expect(sink.malformedRows).toEqual([]);
    expect(counts(sink)).toEqual(SAKILA);
    for (const [t, w] of Object.entries(SAKILA_WIDTH)) expect(sink.tables.get(t)?.columns.length).toBe(w);
    const staff = sink.tables.get('staff');
    expect(staff?.rows[0]?.[4]).toMatch(/^<blob 36365 bytes x'89504e47/);
    expect(staff?.rows[1]?.[4]).toBeNull();
  });

  it('Sakila schema + data: 16 tables, film_text empty, routine INSERTs not read as data', async () => {
    const sink = new TestSink();
    const bytes = Buffer.concat([
      readFileSync(corpus('sakila-mysql/sakila/sakila-mv-schema.sql')),
      readFileSync(corpus('sakila-mysql/sakila/sakila-mv-data.sql')),
    ]);
    const outcome = await parseSqlDump('mysql', chunked(bytes, 65536), sink, never());
    expect(outcome.status).toBe('parsed');
    expect(counts(sink)).toEqual({ ...SAKILA, film_text: 0 });
    expect(sink.tables.get('address')?.columns).toContain('location');
    expect(sink.malformedRows).toEqual([]);
  });

  it('Pagila data: 21 COPY blocks with the documented row counts', async () => {
    const sink = new TestSink();
    const outcome = await parseSqlDump('postgres', createReadStream(corpus('pagila/pagila-data.sql')), sink, never());
    expect(outcome.status).toBe('parsed');
    expect(sink.malformedRows).toEqual([]);
    expect(counts(sink)).toEqual(PAGILA);
    expect(sink.objects('public.film')[0]?.['special_features']).toMatch(/^\{/);
  });

  it('Pagila schema: 22 tables declared, no rows', async () => {
    const sink = new TestSink();
    const outcome = await parseSqlDump('postgres', createReadStream(corpus('pagila/pagila-schema.sql')), sink, never());
    expect(outcome.status).toBe('parsed');
    expect(sink.tables.size).toBe(22);
    expect([...sink.tables.values()].every((t) => t.rows.length === 0)).toBe(true);
  });
});
