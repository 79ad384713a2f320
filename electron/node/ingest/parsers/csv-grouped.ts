// CSV/TSV in an ASCII-compatible encoding (UTF-8, Windows-1252), read as the in-place import reads it: a byte
// scanner cuts the records into groups (csv-groups.ts) and each group is read by groupRecords (papaparse's
// own reading, without its per-call cost where the text is clean). It reports to a RecordSink exactly what
// the streaming papaparse parser (csv.ts) reports — columns, rows, malformed rows by line, warnings — and is
// tested against it; UTF-16 files are handed to that parser. Used where CSV throughput matters most
// outside the import: personal-data detection over whole files.
import { decodeGroup, firstInvalidUtf8, groupRecords, RecordScanner, GROUP_RECORDS, type GroupSyntax } from '../csv-groups.js';
import { AbortError, yieldToEventLoop } from './abort.js';
import { byteChunks, HEAD_BYTES, readHead } from './byte-chunks.js';
import { parseCsv, type CsvOptions } from './csv.js';
import { sniffDelimiter, sniffNewline } from './csv-sniff.js';
import { bomLengthFor, decodeWindows1252, guessEncoding } from './encoding.js';
import { CsvTable } from './csv-table.js';
import type { ByteInput, ParseOutcome, RecordSink, StreamParser } from './types.js';
import { resolveLimits } from './types.js';

export function createGroupedCsvParser(options: CsvOptions = {}): StreamParser {
  return { parse: (input, sink, signal) => parseCsvGrouped(input, sink, signal, options) };
}

async function* prepend(head: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield head;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

function countCode(s: string, code: number): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === code) n++;
  return n;
}

export async function parseCsvGrouped(input: ByteInput, sink: RecordSink, signal: AbortSignal, options: CsvOptions = {}): Promise<ParseOutcome> {
  const chunks = byteChunks(input, signal);
  const { head, done } = await readHead(chunks, HEAD_BYTES);
  const guess = options.encoding ? { encoding: options.encoding, bomLength: bomLengthFor(head, options.encoding), fallback: false } : guessEncoding(head);
  const encoding = guess.encoding;
  if (encoding !== 'utf-8' && encoding !== 'windows-1252') return parseCsv(prepend(head, chunks), sink, signal, options);
  const bomLength = guess.bomLength;
  const headText = encoding === 'utf-8' ? head.subarray(bomLength).toString('utf8') : decodeWindows1252(head.subarray(bomLength));
  const delimiter = options.delimiter ?? (options.tsv ? '\t' : sniffDelimiter(headText).delimiter);
  if (delimiter.length !== 1 || delimiter === '"') return parseCsv(prepend(head, chunks), sink, signal, options);
  if (encoding === 'windows-1252') sink.warning('encoding-fallback', 'The start of the file is not valid UTF-8; it was decoded as Windows-1252.', { offset: 0 });
  if (headText.length === 0 && done) return { status: 'parsed', encoding, reason: 'The file holds no records.' };
  const syntax: GroupSyntax = { delimiter, newline: sniffNewline(headText), encoding };
  const limits = resolveLimits(options);
  const table = options.tableName ?? 'data';
  const breakCode = syntax.newline === '\r' ? 13 : 10;
  const breakChar = String.fromCharCode(breakCode);

  const records = new CsvTable(sink, table, limits.maxColumns);
  let invalidAt = -1;
  // Bytes held: from `heldStart` (absolute) on; groups are cut from them.
  let held: Buffer[] = [];
  let heldStart = bomLength;
  let groupStart = bomLength;
  let groupLine = 1;
  let inGroup = 0;
  const cuts: { end: number; nextLine: number }[] = [];
  const scanner = new RecordScanner(syntax, bomLength, (end) => {
    if (++inGroup === GROUP_RECORDS || records.columns === null) {
      cuts.push({ end, nextLine: scanner.recordStartBreaks + 1 });
      inGroup = 0;
    }
  });

  const readGroup = (bytes: Buffer, firstLine: number, at: number): void => {
    const { text, invalidUtf8 } = decodeGroup(bytes, encoding);
    if (invalidUtf8 && invalidAt < 0) invalidAt = at + firstInvalidUtf8(bytes);
    const hasReplacement = (fields: string[]): boolean => invalidUtf8 && fields.some((f) => f.indexOf('\uFFFD') !== -1);
    let line = firstLine;
    const rows = groupRecords(text, syntax);
    // Fields hold line breaks only if the text has more of them than records (see csv-segment.ts).
    let textBreaks = 0;
    for (let k = text.indexOf(breakChar); k !== -1 && textBreaks <= rows.length; k = text.indexOf(breakChar, k + 1)) textBreaks++;
    const fieldBreaks = textBreaks > rows.length - 1;
    for (const fields of rows) {
      const start = line;
      let breaks = 0;
      if (fieldBreaks) for (const f of fields) if (f.length > 0 && f.indexOf(breakChar) !== -1) breaks += countCode(f, breakCode);
      line += 1 + breaks;
      if (fields.length === 1 && fields[0] === '') continue; // blank line
      records.add(fields, start, hasReplacement);
    }
  };

  const flush = (): void => {
    for (const c of cuts) {
      const all = held.length === 1 ? held[0]! : Buffer.concat(held);
      readGroup(all.subarray(groupStart - heldStart, c.end - heldStart), groupLine, groupStart);
      held = [all.subarray(c.end - heldStart)];
      heldStart = c.end;
      groupStart = c.end;
      groupLine = c.nextLine;
    }
    cuts.length = 0;
  };

  let stopped: ParseOutcome | null = null;
  const feed = (chunk: Buffer): void => {
    held.push(chunk);
    scanner.push(chunk);
    flush();
    if (scanner.openRecordBytes > limits.maxRecordBytes) {
      const line = scanner.recordStartBreaks + 1;
      const offset = scanner.pos;
      const reason = `The record starting at line ${line} is larger than ${limits.maxRecordBytes} bytes (limit reached by byte offset ${offset}); parsing stopped there.`;
      // The records before it, in the open group, are kept.
      if (scanner.recordStart > groupStart) {
        cuts.push({ end: scanner.recordStart, nextLine: line });
        flush();
      }
      sink.malformed(table, { line, offset }, reason);
      stopped = { status: 'malformed', reason, at: { line, offset }, encoding };
    }
  };

  feed(head.subarray(bomLength));
  if (!stopped && !done) {
    let n = 0;
    for await (const c of chunks) {
      feed(c);
      if (stopped) break;
      if (++n % 16 === 0) await yieldToEventLoop();
      if (signal.aborted) throw new AbortError();
    }
  }
  if (stopped) {
    for await (const _ of chunks) void _; // let the input drain
    return stopped;
  }
  scanner.end();
  if (scanner.pos > groupStart) {
    cuts.push({ end: scanner.pos, nextLine: 0 });
    flush();
  }
  if (invalidAt >= 0) {
    sink.warning('invalid-utf8', `Invalid UTF-8 bytes found (first at byte offset ${invalidAt}); they were replaced with U+FFFD and the rows holding them are reported as malformed.`, { offset: invalidAt });
  }
  if (scanner.inQuotes) {
    const line = scanner.recordStartBreaks + 1;
    sink.warning('unbalanced-quotes', `The file has an odd number of quote characters: a quoted field may be unterminated; the record starting at line ${line} may hold the rest of the file.`, { line });
  }
  if (records.columns === null) return { status: 'parsed', encoding, reason: 'The file holds no records.' };
  return { status: 'parsed', encoding };
}
