import { describe, expect, it } from 'vitest';
import { parseSqlite } from '../../../../electron/node/ingest/parsers/sqlite.js';
import { bufferSource, fileSource } from '../../../../electron/node/ingest/parsers/sources.js';
import { sampleSqlite } from '../../../fixtures/ingest/sqlite-samples.js';
import { noise } from '../../../fixtures/ingest/text-samples.js';
import { corpus, haveCorpora, needsCorpora } from './corpora.js';
import { never, TestSink } from './test-sink.js';

describe('SQLite parser', () => {
  it('reads every table with its columns, rendering BLOBs', async () => {
    const sink = new TestSink();
    const outcome = await parseSqlite(bufferSource(await sampleSqlite()), sink, never());
    expect(outcome.status).toBe('parsed');
    expect(sink.tables.get('people')?.columns).toEqual(['id', 'name', 'photo', 'score']);
    expect(sink.tables.get('people')?.rows).toEqual([
      ['1', 'Asha', "x'0102ff'", '1.5'],
      ['2', 'Ravi', `<blob 100 bytes x'${'07'.repeat(32)}'…>`, null],
    ]);
    expect(sink.objects('odd "name"')).toEqual([{ x: 'q' }]);
  });

  it('refuses files over the size cap, and non-SQLite bytes, as unparsed', async () => {
    const db = await sampleSqlite();
    expect((await parseSqlite(bufferSource(db), new TestSink(), never(), { maxSqliteBytes: 100 })).status).toBe('unparsed');
    expect((await parseSqlite(bufferSource(noise(5000)), new TestSink(), never())).status).toBe('unparsed');
  });

  it('does not crash on a damaged database', async () => {
    const db = await sampleSqlite();
    const damaged = Buffer.from(db);
    noise(damaged.length - 200, 7).copy(damaged, 200);
    const outcome = await parseSqlite(bufferSource(damaged), new TestSink(), never());
    expect(['parsed', 'malformed', 'unparsed']).toContain(outcome.status);
  });

  it('rejects with an AbortError when cancelled', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(parseSqlite(bufferSource(await sampleSqlite()), new TestSink(), ac.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});

const CHINOOK: Record<string, number> = {
  Album: 347, Artist: 275, Customer: 59, Employee: 8, Genre: 25, Invoice: 412, InvoiceLine: 2240, MediaType: 5,
  Playlist: 18, PlaylistTrack: 8715, Track: 3503,
};
const CHINOOK_COLS: Record<string, number> = {
  Album: 3, Artist: 2, Customer: 13, Employee: 15, Genre: 2, Invoice: 9, InvoiceLine: 5, MediaType: 2, Playlist: 2,
  PlaylistTrack: 2, Track: 9,
};

describe.skipIf(!haveCorpora)(needsCorpora('SQLite parser on Chinook'), () => {
  it('has 11 tables with the documented row and column counts', async () => {
    const src = await fileSource(corpus('chinook/ChinookDatabase/DataSources/Chinook_Sqlite.sqlite'));
    const sink = new TestSink();
    try {
      expect((await parseSqlite(src, sink, never())).status).toBe('parsed');
    } finally {
      await src.close();
    }
    expect(Object.fromEntries([...sink.tables].map(([k, t]) => [k, t.rows.length]))).toEqual(CHINOOK);
    expect(Object.fromEntries([...sink.tables].map(([k, t]) => [k, t.columns.length]))).toEqual(CHINOOK_COLS);
  });
});
