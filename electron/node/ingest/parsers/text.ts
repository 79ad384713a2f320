// Plain text: one row per line in table `lines` (column `line`), with line numbers. Line ends are LF, CRLF or
// a lone CR. A line longer than the cap stops the parse with status 'malformed'.
import { AbortError } from './abort.js';
import { countChar, InvalidUtf8Reporter, openTextInput } from './text-input.js';
import type { ByteInput, ParseOutcome, ParserOptions, RecordSink, StreamParser } from './types.js';
import { resolveLimits } from './types.js';

export function createTextParser(options: ParserOptions = {}): StreamParser {
  return { parse: (input, sink, signal) => parseText(input, sink, signal, options) };
}

const LINE_BREAK = /\r\n|\n|\r/;
const HAS_BREAK = /[\r\n]/;

export async function parseText(
  input: ByteInput,
  sink: RecordSink,
  signal: AbortSignal,
  options: ParserOptions = {},
): Promise<ParseOutcome> {
  const limits = resolveLimits(options);
  const table = options.tableName ?? 'lines';
  const text = await openTextInput(input, signal, sink, options.encoding);
  const utf8 = new InvalidUtf8Reporter(text.decoder, sink);
  sink.table(table, ['line']);
  let line = 1;
  let carry = '';
  const emit = (s: string): void => {
    const at = { line };
    if (utf8.pending > 0 && s.indexOf('\uFFFD') !== -1) {
      utf8.attribute(countChar(s, '\uFFFD'));
      sink.malformed(table, at, `line ${line}: holds invalid UTF-8 bytes (replaced with U+FFFD)`);
    }
    sink.row(table, [s], at);
    line++;
  };
  const consume = (piece: string): boolean => {
    if (!HAS_BREAK.test(piece) && !carry.endsWith('\r')) {
      carry += piece; // no split: a long line costs one pass
      return carry.length <= limits.maxRecordBytes;
    }
    let s = carry + piece;
    // A CR at the very end may be the first half of CRLF: keep it for the next piece.
    const keepCr = s.endsWith('\r');
    if (keepCr) s = s.slice(0, -1);
    const parts = s.split(LINE_BREAK);
    carry = (parts.pop() ?? '') + (keepCr ? '\r' : '');
    for (const p of parts) emit(p);
    return carry.length <= limits.maxRecordBytes;
  };
  try {
    let ok = consume(text.headText);
    if (ok) {
      for await (const piece of text.rest) {
        ok = consume(piece);
        if (!ok) break;
      }
    }
    if (!ok) {
      const offset = text.decoder.bytesIn;
      const reason = `Line ${line} is longer than ${limits.maxRecordBytes} bytes (limit reached by byte offset ${offset}); parsing stopped there.`;
      sink.malformed(table, { line, offset }, reason);
      return { status: 'malformed', reason, at: { line, offset }, encoding: text.encoding };
    }
    // Final flush: `carry` holds the last line when the file does not end with a line break.
    if (carry.length > 0) {
      const last = carry.endsWith('\r') ? carry.slice(0, -1) : carry;
      carry = '';
      emit(last);
    }
  } catch (e) {
    if (signal.aborted) throw new AbortError();
    throw e;
  }
  utf8.warnOnce();
  return { status: 'parsed', encoding: text.encoding };
}
