import type { ByteInput } from './types.js';
import { raceAbort, throwIfAborted, yieldToEventLoop } from './abort.js';

/** In-memory inputs never wait for I/O; yield this often so an abort can be seen. */
const YIELD_EVERY_BYTES = 8 * 1024 * 1024;

/** Iterates the input as Buffers; an abort ends the wait for the next chunk at once. */
export async function* byteChunks(input: ByteInput, signal: AbortSignal): AsyncGenerator<Buffer> {
  throwIfAborted(signal);
  const iterable = input as AsyncIterable<Buffer | string | Uint8Array>;
  const it = iterable[Symbol.asyncIterator]();
  let sinceYield = 0;
  try {
    for (;;) {
      const next = await raceAbort(it.next(), signal);
      if (next.done) break;
      const chunk = next.value;
      sinceYield += chunk.length;
      if (sinceYield >= YIELD_EVERY_BYTES) {
        sinceYield = 0;
        await yieldToEventLoop();
        throwIfAborted(signal);
      }
      if (typeof chunk === 'string') yield Buffer.from(chunk, 'utf8');
      else if (Buffer.isBuffer(chunk)) yield chunk;
      else yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
  } finally {
    // Stop the source (destroys a Node stream); ignore its own errors on the way out.
    void it.return?.().catch(() => undefined);
  }
  throwIfAborted(signal);
}

/**
 * Reads chunks until at least `minBytes` are buffered (or the input ends) so the encoding and dialect can be
 * decided from the head while the rest still streams.
 */
export async function readHead(chunks: AsyncIterator<Buffer>, minBytes: number): Promise<{ head: Buffer; done: boolean }> {
  const parts: Buffer[] = [];
  let total = 0;
  while (total < minBytes) {
    const next = await chunks.next();
    if (next.done) return { head: Buffer.concat(parts, total), done: true };
    parts.push(next.value);
    total += next.value.length;
  }
  return { head: Buffer.concat(parts, total), done: false };
}

export const HEAD_BYTES = 64 * 1024;
