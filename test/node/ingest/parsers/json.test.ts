import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJson, parseNdjson } from '../../../../electron/node/ingest/parsers/json.js';
import { deepArrays, peopleJson, peopleNdjson } from '../../../fixtures/ingest/json-samples.js';
import { corpus, haveCorpora, needsCorpora } from './corpora.js';
import { chunked, never, TestSink } from './test-sink.js';

async function json(text: string | Buffer, chunk = 5, opts = {}) {
  const sink = new TestSink();
  const buf = typeof text === 'string' ? Buffer.from(text) : text;
  const outcome = await parseJson(chunked(buf, chunk), sink, never(), opts);
  return { sink, outcome };
}

describe('JSON parser', () => {
  it('turns an array of objects into rows with dotted and indexed columns', async () => {
    const { sink, outcome } = await json(peopleJson(3));
    expect(outcome.status).toBe('parsed');
    const t = sink.tables.get('records');
    expect(t?.columns).toEqual(['id', 'name', 'address.city', 'address.pin', 'phones.0', 'phones.1', 'verified', 'note']);
    expect(t?.rows[0]).toEqual(['1', 'Person 1', 'Pune', '411001', '555-0100', '555-0101', 'true', null]);
    expect(t?.rows).toHaveLength(3);
    expect(t?.at[1]?.line).toBe(16);
  });

  it('keeps number source text and widens the table for new keys', async () => {
    const { sink } = await json('[{"a":1.50},{"a":1e3,"b":{"c":[]}},{"d":{}}]');
    const t = sink.tables.get('records');
    expect(t?.columns).toEqual(['a', 'b.c', 'd']);
    expect(t?.rows).toEqual([['1.50'], ['1e3', '[]'], [null, null, '{}']]);
  });

  it('streams array-valued properties of a top-level object as their own tables', async () => {
    const { sink, outcome } = await json('{"source":"leak","count":2,"users":[{"n":"A"},{"n":"B"}],"tags":["x"]}');
    expect(outcome.status).toBe('parsed');
    expect(sink.objects('users')).toEqual([{ n: 'A' }, { n: 'B' }]);
    expect(sink.objects('tags')).toEqual([{ value: 'x' }]);
    expect(sink.objects('records')).toEqual([{ source: 'leak', count: '2' }]);
  });

  it('makes one row of a top-level object without arrays, and of a scalar', async () => {
    expect((await json('{"a":{"b":"c"}}')).sink.objects('records')).toEqual([{ 'a.b': 'c' }]);
    expect((await json(' "x" ')).sink.objects('records')).toEqual([{ value: 'x' }]);
  });

  it('does not let a __proto__ key touch prototypes', async () => {
    const { sink } = await json('[{"__proto__":{"polluted":"yes"}}]');
    expect(sink.objects('records')).toEqual([{ '__proto__.polluted': 'yes' }]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports truncated JSON with the byte offset and keeps the records before it', async () => {
    const text = '[{"a":1},{"a":2},{"a":';
    const { sink, outcome } = await json(text);
    expect(outcome.status).toBe('malformed');
    expect(outcome.at?.offset).toBe(text.length);
    expect(outcome.reason).toMatch(/truncated/);
    expect(sink.rowCount('records')).toBe(2);
  });

  it('caps nesting depth without overflowing the stack (100000 brackets)', async () => {
    const { outcome } = await json(deepArrays(100000), 4096);
    expect(outcome.status).toBe('malformed');
    expect(outcome.at?.offset).toBe(512);
    expect(outcome.reason).toMatch(/nesting deeper than 512/);
  });

  it.each([
    ['trailing comma', '[1,]'],
    ['NaN', '[NaN]'],
    ['leading zero', '[012]'],
    ['control character', '["a\u0001b"]'],
    ['single quotes', "['a']"],
    ['two values', '{} {}'],
  ])('rejects %s', async (_label, text) => {
    expect((await json(text)).outcome.status).toBe('malformed');
  });

  it('rejects invalid UTF-8 inside a string without echoing it', async () => {
    const { outcome } = await json(Buffer.from([0x5b, 0x22, 0x41, 0xff, 0x22, 0x5d]));
    expect(outcome.status).toBe('malformed');
    expect(outcome.reason).toMatch(/invalid UTF-8 in a string at byte offset 4/);
  });

  it('stops on a record larger than the cap', async () => {
    const big = `[{"a":"${'x'.repeat(2000)}"}]`;
    const { outcome } = await json(big, 100, { maxRecordBytes: 1000 });
    expect(outcome.status).toBe('malformed');
  });

  it('rejects with an AbortError when cancelled', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(parseJson(chunked(Buffer.from('[]')), new TestSink(), ac.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('NDJSON parser', () => {
  it('yields one row per line with line numbers', async () => {
    const sink = new TestSink();
    const outcome = await parseNdjson(chunked(Buffer.from(peopleNdjson(3))), sink, never());
    expect(outcome.status).toBe('parsed');
    expect(sink.tables.get('records')?.at.map((a) => a.line)).toEqual([1, 2, 3]);
  });

  it('reports a broken line by number, skips it and continues', async () => {
    const sink = new TestSink();
    const text = '{"a":1}\n{"a":2,}\n\n{"a":\n{"a":5}\n[1,2]\n"s"\n';
    const outcome = await parseNdjson(chunked(Buffer.from(text), 3), sink, never());
    expect(outcome.status).toBe('parsed');
    expect(sink.malformedRows.map((m) => m.at.line)).toEqual([2, 4]);
    expect(sink.objects('records')).toEqual([
      { a: '1', '0': null, '1': null, value: null },
      { a: '5', '0': null, '1': null, value: null },
      { a: null, '0': '1', '1': '2', value: null },
      { a: null, '0': null, '1': null, value: 's' },
    ]);
  });
});

describe.skipIf(!haveCorpora)(needsCorpora('JSON parser on JSONTestSuite'), () => {
  const dir = corpus('JSONTestSuite', 'test_parsing');
  const files = haveCorpora ? readdirSync(dir).filter((n) => n.endsWith('.json')) : [];
  const run = async (name: string) => {
    const sink = new TestSink();
    sink.keepRows = false;
    return parseJson(chunked(readFileSync(`${dir}/${name}`), 3), sink, never());
  };
  it('has the documented 318 cases', () => expect(files).toHaveLength(318));
  it.each(files.filter((n) => n.startsWith('y_')))('accepts %s', async (name) => {
    expect((await run(name)).status).toBe('parsed');
  });
  it.each(files.filter((n) => n.startsWith('n_')))('rejects %s', async (name) => {
    expect(['malformed', 'unparsed']).toContain((await run(name)).status);
  });
  it.each(files.filter((n) => n.startsWith('i_')))('survives %s', async (name) => {
    expect(['parsed', 'malformed', 'unparsed']).toContain((await run(name)).status);
  });
  const transform = haveCorpora ? readdirSync(corpus('JSONTestSuite', 'test_transform')) : [];
  it.each(transform)('survives test_transform/%s', async (name) => {
    const sink = new TestSink();
    const out = await parseJson(chunked(readFileSync(corpus('JSONTestSuite', 'test_transform', name))), sink, never());
    expect(['parsed', 'malformed']).toContain(out.status);
  });
});
