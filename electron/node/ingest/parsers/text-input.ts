// Turns a byte stream into decoded text chunks: the encoding is decided from the head (first 64 KiB), the rest
// streams through the same decoder. A windows-1252 fallback is announced as a warning.
import { byteChunks, HEAD_BYTES, readHead } from './byte-chunks.js';
import { bomLengthFor, guessEncoding, TextStreamDecoder } from './encoding.js';
import type { ByteInput, RecordSink, TextEncoding } from './types.js';

export interface TextInput {
  encoding: TextEncoding;
  decoder: TextStreamDecoder;
  /** Decoded head; empty when the input is empty. */
  headText: string;
  /** Decoded text after the head, ending with the decoder's tail. */
  rest: AsyncGenerator<string>;
}

export async function openTextInput(
  input: ByteInput,
  signal: AbortSignal,
  sink: RecordSink,
  forced: TextEncoding | undefined,
): Promise<TextInput> {
  const chunks = byteChunks(input, signal);
  const { head, done } = await readHead(chunks, HEAD_BYTES);
  const guess = forced ? { encoding: forced, bomLength: bomLengthFor(head, forced), fallback: false } : guessEncoding(head);
  // Announced whether sniffed here or decided by detectFormat: cp1252 is always a guess.
  if (guess.fallback || guess.encoding === 'windows-1252') {
    sink.warning(
      'encoding-fallback',
      'The start of the file is not valid UTF-8; it was decoded as Windows-1252.',
      { offset: 0 },
    );
  }
  const decoder = new TextStreamDecoder(guess.encoding, guess.bomLength);
  const headText = decoder.write(head);
  async function* rest(): AsyncGenerator<string> {
    if (!done) {
      for await (const chunk of chunks) yield decoder.write(chunk);
    }
    const tail = decoder.end();
    if (tail) yield tail;
  }
  return { encoding: guess.encoding, decoder, headText, rest: rest() };
}

/** Reports the first invalid UTF-8 sequence once, as a warning with its byte offset. */
export class InvalidUtf8Reporter {
  private warned = false;
  private attributed = 0;

  constructor(
    private readonly decoder: TextStreamDecoder,
    private readonly sink: RecordSink,
  ) {}

  /** Sequences replaced in text already decoded but not yet attributed to a row. */
  get pending(): number {
    this.warnOnce();
    return this.decoder.invalidSequences - this.attributed;
  }

  attribute(count: number): void {
    this.attributed += count;
  }

  warnOnce(): void {
    if (this.warned || this.decoder.invalidSequences === 0) return;
    this.warned = true;
    const offset = this.decoder.firstInvalidOffset ?? 0;
    this.sink.warning(
      'invalid-utf8',
      `Invalid UTF-8 bytes found (first at byte offset ${offset}); they were replaced with U+FFFD and the rows holding them are reported as malformed.`,
      { offset },
    );
  }
}

export function countChar(s: string, ch: string): number {
  let n = 0;
  let i = s.indexOf(ch);
  while (i !== -1) {
    n++;
    i = s.indexOf(ch, i + 1);
  }
  return n;
}
