// RandomAccessSource adapters for in-memory bytes and plain files (tests, the CLI); the pipeline provides its
// own over the encrypted blob.
import { open } from 'node:fs/promises';
import type { RandomAccessSource } from './types.js';

export function bufferSource(bytes: Buffer): RandomAccessSource {
  return {
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.subarray(offset, Math.min(bytes.length, offset + length))),
  };
}

/** A source over a file; call close() when done. */
export async function fileSource(path: string): Promise<RandomAccessSource & { close(): Promise<void> }> {
  const fh = await open(path, 'r');
  const { size } = await fh.stat();
  return {
    size,
    async read(offset, length) {
      const buf = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      let done = 0;
      while (done < buf.length) {
        const { bytesRead } = await fh.read(buf, done, buf.length - done, offset + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return done === buf.length ? buf : buf.subarray(0, done);
    },
    close: () => fh.close(),
  };
}
