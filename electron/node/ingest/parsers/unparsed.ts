// A parser for content with no records (binary, empty, containers): it reads the input to its end so the caller
// can keep streaming, and says why nothing was parsed.
import { byteChunks } from './byte-chunks.js';
import type { StreamParser } from './types.js';

export function drainUnparsed(reason: string): StreamParser {
  return {
    async parse(input, _sink, signal) {
      for await (const _ of byteChunks(input, signal)) void _;
      return { status: 'unparsed', reason };
    },
  };
}
