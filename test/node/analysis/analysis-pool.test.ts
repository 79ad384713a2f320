import { describe, it, expect, afterEach } from 'vitest';
import { AnalysisPool, type PieceTable } from '../../../electron/node/analysis/analysis-pool';

const asOf = new Date(Date.UTC(2023, 5, 12));
const table: PieceTable = { name: 'records', columns: ['name', 'aadhaar'], types: [null, 'IN_AADHAAR'], format: null, seed: 1 };
const lines = (rows: (string | null)[][]) => new TextEncoder().encode(rows.map((r) => JSON.stringify(r)).join('\n') + '\n');

let pool: AnalysisPool | null = null;
afterEach(() => {
  pool?.terminate();
  pool = null;
});

describe('AnalysisPool', () => {
  it('profiles a piece on a worker into a partial profile, taking the piece buffer but only a copy of the key', async () => {
    const key = new Uint8Array(32).fill(5);
    pool = await AnalysisPool.start(1, key, asOf);
    expect(Array.from(key)).toEqual(new Array(32).fill(5));
    const piece = { bytes: lines([['Asha', '234567890124'], ['Ravi', null], ['Asha', '234567890124']]), groups: null, limit: 2 };
    const partial = await pool.run(table, piece);
    expect(piece.bytes.byteLength).toBe(0); // transferred, not copied
    expect(partial.records).toBe(2); // the limit caps the piece
    expect(partial.nonEmpty).toEqual([2, 1]);
    expect(partial.tokens).toEqual([{ type: 'IN_AADHAAR', words: expect.any(Uint32Array) }]);
    expect(partial.tokens[0]!.words.length).toBe(2);
    await pool.idle();
    pool.close();
  });

  it('fails the analysis when a piece cannot be profiled', async () => {
    pool = await AnalysisPool.start(1, new Uint8Array(32), asOf);
    const bad = pool.run(table, { bytes: new TextEncoder().encode('not json\n'), groups: null, limit: 1 });
    await expect(bad).rejects.toThrow(/analysis thread failed/);
    await expect(pool.idle()).rejects.toThrow(/analysis thread failed/);
  });

  it('says CANCELLED while waiting, once the signal aborts', async () => {
    pool = await AnalysisPool.start(1, new Uint8Array(32), asOf);
    const ac = new AbortController();
    ac.abort();
    await expect(pool.room(ac.signal)).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
