// yauzl reads the archive through this RandomAccessReader, backed by a RandomAccessSource (the encrypted blob).
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { RandomAccessSource } from '../parsers/types.js';

const READ_BLOCK = 1024 * 1024;

export class SourceReader extends yauzl.RandomAccessReader {
  constructor(private readonly source: RandomAccessSource) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const source = this.source;
    async function* blocks(): AsyncGenerator<Buffer> {
      for (let off = start; off < end; ) {
        const chunk = await source.read(off, Math.min(READ_BLOCK, end - off));
        if (chunk.length === 0) throw new Error('unexpected end of archive data');
        off += chunk.length;
        yield chunk;
      }
    }
    return Readable.from(blocks(), { objectMode: false });
  }
}
