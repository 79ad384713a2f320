import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../electron/node/ingest/parsers/text.js';
import { cp1252, utf16le } from '../../../fixtures/ingest/text-samples.js';
import { chunked, never, TestSink } from './test-sink.js';

async function text(bytes: Buffer, chunk = 3, opts = {}) {
  const sink = new TestSink();
  const outcome = await parseText(chunked(bytes, chunk), sink, never(), opts);
  return { sink, outcome };
}

describe('plain text parser', () => {
  it('makes one row per line with LF, CRLF and CR endings, split anywhere', async () => {
    for (const chunk of [1, 2, 5, 100]) {
      const { sink } = await text(Buffer.from('a\r\nb\n\nc\rd\r\n'), chunk);
      expect(sink.tables.get('lines')?.rows).toEqual([['a'], ['b'], [''], ['c'], ['d']]);
      expect(sink.tables.get('lines')?.at.map((a) => a.line)).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('keeps a last line without a newline, and decodes UTF-16 and cp1252', async () => {
    expect((await text(Buffer.from('x\ny'))).sink.tables.get('lines')?.rows).toEqual([['x'], ['y']]);
    expect((await text(utf16le('नमस्ते\nदुनिया'))).sink.tables.get('lines')?.rows).toEqual([['नमस्ते'], ['दुनिया']]);
    const { sink, outcome } = await text(cp1252('Café €\n'));
    expect(outcome.encoding).toBe('windows-1252');
    expect(sink.tables.get('lines')?.rows).toEqual([['Café €']]);
  });

  it('stops on a line longer than the cap', async () => {
    const { outcome, sink } = await text(Buffer.concat([Buffer.from('ok\n'), Buffer.alloc(3000, 0x61)]), 256, { maxRecordBytes: 1000 });
    expect(outcome.status).toBe('malformed');
    expect(outcome.at?.line).toBe(2);
    expect(sink.rowCount('lines')).toBe(1);
  });
});
