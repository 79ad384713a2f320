// Every parser must end with an outcome (never a crash or hang) on binary noise and on cut-off input, and must
// reject with an AbortError when cancelled.
import { describe, expect, it } from 'vitest';
import { createParser } from '../../../../electron/node/ingest/formats.js';
import type { FormatId, StreamParser } from '../../../../electron/node/ingest/parsers/types.js';
import { mysqlAwkward, postgresAwkward } from '../../../fixtures/ingest/sql-samples.js';
import { telegramExport } from '../../../fixtures/ingest/telegram-samples.js';
import { noise, peopleCsv } from '../../../fixtures/ingest/text-samples.js';
import { peopleJson, peopleNdjson } from '../../../fixtures/ingest/json-samples.js';
import { chunked, never, TestSink } from './test-sink.js';

const STREAM_FORMATS: [FormatId, string][] = [
  ['csv', peopleCsv(200)],
  ['tsv', peopleCsv(200).replace(/,/g, '\t')],
  ['json', peopleJson(50)],
  ['ndjson', peopleNdjson(200)],
  ['telegram', telegramExport()],
  ['mysql-dump', mysqlAwkward],
  ['postgres-dump', postgresAwkward],
  ['text', peopleCsv(200)],
];

const parser = (f: FormatId): StreamParser => createParser(f) as StreamParser;

describe.each(STREAM_FORMATS)('%s parser robustness', (format, sample) => {
  it('ends with an outcome on binary noise', async () => {
    for (const seed of [1, 2, 3]) {
      const out = await parser(format).parse(chunked(noise(200_000, seed), 4096), new TestSink(), never());
      expect(['parsed', 'malformed', 'unparsed']).toContain(out.status);
    }
  });

  it('ends with an outcome when the input is cut at any of many points', async () => {
    const bytes = Buffer.from(sample);
    for (let cut = 0; cut < bytes.length; cut += Math.max(1, Math.floor(bytes.length / 60))) {
      const out = await parser(format).parse(chunked(bytes.subarray(0, cut), 97), new TestSink(), never());
      expect(['parsed', 'malformed', 'unparsed']).toContain(out.status);
    }
  });

  it('rejects with an AbortError when already cancelled', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(parser(format).parse(chunked(Buffer.from(sample)), new TestSink(), ac.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects with an AbortError when cancelled mid-stream', async () => {
    const ac = new AbortController();
    async function* slow(): AsyncGenerator<Buffer> {
      const bytes = Buffer.from(sample);
      for (let i = 0; ; i = (i + 64) % bytes.length) {
        await new Promise((r) => setTimeout(r, 1));
        yield bytes.subarray(i, i + 64);
      }
    }
    const p = parser(format).parse(slow(), new TestSink(), ac.signal);
    setTimeout(() => ac.abort(), 25);
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('early stop on a Node stream input', () => {
  it('stops reading (destroys the input) so a producer that keeps writing neither blocks nor crashes', async () => {
    const { PassThrough } = await import('node:stream');
    const feed = new PassThrough({ highWaterMark: 1 << 16 });
    const errors: unknown[] = [];
    feed.on('error', (e) => errors.push(e));
    const parsing = (createParser('csv', { maxRecordBytes: 1 << 20 }) as StreamParser).parse(feed, new TestSink(), never());
    feed.write('a,b\n1,');
    let ended = false;
    void parsing.then(() => (ended = true));
    const block = Buffer.alloc(1 << 16, 0x78);
    for (let i = 0; i < 200 && !ended; i++) {
      if (!feed.write(block)) await Promise.race([new Promise((r) => feed.once('drain', r)), parsing]);
    }
    const out = await parsing;
    expect(out.status).toBe('malformed');
    for (let i = 0; i < 10; i++) feed.write(block); // the producer may still be writing: dropped, no throw
    await new Promise((r) => setTimeout(r, 10));
    expect(feed.destroyed).toBe(true);
  });
});
