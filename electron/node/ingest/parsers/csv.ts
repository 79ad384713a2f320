// CSV/TSV: papaparse's streaming parser (Papa.NODE_STREAM_INPUT) fed with text decoded from the bytes.
// First record = header. Records with the wrong field count are reported (by the physical line where they
// start) and kept, padded with nulls or widened with `column_N`. A record that grows past the cap stops the
// parse with status 'malformed' instead of exhausting memory.
import Papa from 'papaparse';
import type { Duplex } from 'node:stream';
import { AbortError, raceAbort, yieldToEventLoop } from './abort.js';
import { sniffDelimiter, sniffNewline } from './csv-sniff.js';
import { CsvTable } from './csv-table.js';
import { countChar, InvalidUtf8Reporter, openTextInput } from './text-input.js';
import type { ByteInput, ParseOutcome, ParserOptions, RecordSink, StreamParser } from './types.js';
import { resolveLimits } from './types.js';

/** Decoded text is handed to papaparse in pieces of at least this many characters (fewer re-scans of a long record). */
const FEED_CHARS = 1 << 20;

export interface CsvOptions extends ParserOptions {
  /** TSV: tab delimiter without sniffing. */
  tsv?: boolean;
}

class RecordTooLarge extends Error {}

export function createCsvParser(options: CsvOptions = {}): StreamParser {
  return { parse: (input, sink, signal) => parseCsv(input, sink, signal, options) };
}

export async function parseCsv(
  input: ByteInput,
  sink: RecordSink,
  signal: AbortSignal,
  options: CsvOptions = {},
): Promise<ParseOutcome> {
  const limits = resolveLimits(options);
  const table = options.tableName ?? 'data';
  const text = await openTextInput(input, signal, sink, options.encoding);
  const encoding = text.encoding;
  if (text.headText.length === 0) {
    for await (const _ of text.rest) void _;
    return { status: 'parsed', encoding, reason: 'The file holds no records.' };
  }
  const delimiter = options.delimiter ?? (options.tsv ? '\t' : sniffDelimiter(text.headText).delimiter);
  const newline = sniffNewline(text.headText);
  const lineBreakChar = newline === '\r' ? '\r' : '\n';
  const utf8 = new InvalidUtf8Reporter(text.decoder, sink);

  // Rows are judged against the header's own width: a long row widens the table, but the rows after it
  // that match the header are not malformed.
  const records = new CsvTable(sink, table, limits.maxColumns);
  let line = 1; // physical line where the next record starts
  let charsSinceRecord = 0;

  const onRecord = (fields: string[]): void => {
    charsSinceRecord = 0;
    const start = line;
    lastStart = start;
    let breaks = 0;
    for (const f of fields) if (f.length > 0 && f.indexOf(lineBreakChar) !== -1) breaks += countChar(f, lineBreakChar);
    line += 1 + breaks;
    if (fields.length === 1 && fields[0] === '') return; // blank line
    records.add(fields, start, (fs) => {
      if (utf8.pending <= 0) return false;
      let bad = 0;
      for (const f of fs) if (f.indexOf('\uFFFD') !== -1) bad += countChar(f, '\uFFFD');
      if (bad > 0) utf8.attribute(bad);
      return bad > 0;
    });
  };

  const papa = Papa.parse(Papa.NODE_STREAM_INPUT, {
    delimiter,
    newline,
    quoteChar: '"',
    header: false,
    skipEmptyLines: false,
  }) as unknown as Duplex;

  let streamError: Error | null = null;
  const ended = new Promise<void>((resolve) => {
    papa.on('data', (fields: string[]) => {
      try {
        onRecord(fields);
      } catch (e) {
        streamError = e instanceof Error ? e : new Error('sink failed');
        papa.destroy();
      }
    });
    papa.on('end', resolve);
    papa.on('close', resolve);
    papa.on('error', (e: Error) => {
      streamError = e;
      resolve();
    });
  });

  // An odd number of quote characters means a quoted field never closed (papaparse then reads to the end).
  let quotes = 0;
  let lastStart = 1;
  const write = async (s: string): Promise<void> => {
    charsSinceRecord += s.length;
    quotes += countChar(s, '"');
    const ok = papa.write(s);
    if (!ok) await raceAbort(new Promise<void>((r) => papa.once('drain', () => r())), signal);
    // Records are emitted on later ticks: let them through before measuring the unfinished record.
    await yieldToEventLoop();
    if (streamError) throw streamError;
    if (charsSinceRecord > limits.maxRecordBytes) throw new RecordTooLarge();
  };

  try {
    let pending = text.headText;
    for await (const piece of text.rest) {
      pending += piece;
      if (pending.length >= FEED_CHARS) {
        await write(pending);
        pending = '';
      }
    }
    if (pending) await write(pending);
    papa.end();
    await raceAbort(ended, signal);
    if (streamError) throw streamError;
  } catch (e) {
    papa.destroy();
    if (e instanceof RecordTooLarge) {
      const offset = text.decoder.bytesIn;
      const reason = `The record starting at line ${line} is larger than ${limits.maxRecordBytes} bytes (limit reached by byte offset ${offset}); parsing stopped there.`;
      sink.malformed(table, { line, offset }, reason);
      return { status: 'malformed', reason, at: { line, offset }, encoding };
    }
    if (signal.aborted) throw new AbortError();
    throw e;
  }
  utf8.warnOnce();
  if (quotes % 2 === 1) {
    sink.warning(
      'unbalanced-quotes',
      `The file has an odd number of quote characters: a quoted field may be unterminated; the record starting at line ${lastStart} may hold the rest of the file.`,
      { line: lastStart },
    );
  }
  if (records.columns === null) return { status: 'parsed', encoding, reason: 'The file holds no records.' };
  return { status: 'parsed', encoding };
}
