// CSV/TSV kept as the original bytes: the file is cut into groups of about GROUP_RECORDS records, each group is
// parsed by papaparse on its own (at import to count, check and profile, and again whenever its records are
// read), and the row index holds where each group starts in the original and its first record's number. So
// a CSV needs no second, re-encoded copy of its records in the vault, and groups can be parsed on several
// cores at once.
//
// The cuts come from RecordScanner, a byte-level pass that follows papaparse's quoting rules (a quote opens a
// quoted field only at the start of a field; inside one, `""` is a quote and a quote followed by the
// delimiter, a line break or the end closes it). Where a malformed file makes the two disagree, nothing is
// lost or misread: a group is parsed by itself at import and at reading alike, so its records are the same
// both times.
import Papa from 'papaparse';
import { isUtf8 } from 'node:buffer';
import { decodeWindows1252 } from './parsers/encoding.js';
import { cleanRows } from './csv-clean.js';

/** Records per group: a page read decrypts and parses one or two groups. */
export const GROUP_RECORDS = 256;

export type { CsvNewline } from '../store/evidence';
import type { CsvNewline } from '../store/evidence';

// How a table's records are read from the original bytes: defined with the store that keeps it.
import type { CsvRowFormat } from '../store/evidence';
export type { CsvRowFormat };

export interface GroupSyntax {
  delimiter: string;
  newline: CsvNewline;
  encoding: 'utf-8' | 'windows-1252';
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/** Result of looking for the end of a record that starts at `from`. */
const NEED_MORE = -1;

/**
 * Finds record ends in a byte stream. `push` scans a chunk and calls `onRecordEnd(endOffset)` for every
 * record that ends in it (endOffset = the offset just after its line break); call `end()` after the last
 * chunk. Offsets count from the scanner's `start`. Native searches (indexOf) jump from one quote or line
 * break to the next, so ordinary bytes are never looked at one by one. A record not finished at the end
 * of a chunk is scanned again, whole, with the next chunk.
 */
export class RecordScanner {
  /** Absolute offset of the next byte to scan. */
  pos: number;
  /** Absolute offset where the current (unfinished) record starts. */
  recordStart: number;
  /** Line breaks (LF; CR in CR-only files) before the current record's start. */
  recordStartBreaks = 0;
  /** After end(): whether the input ended inside a quoted field. */
  inQuotes = false;
  private carry: Uint8Array = new Uint8Array(0);
  private readonly delim: number;
  /** The byte searched for as a line break: LF, or CR in CR-only files. */
  private readonly nl: number;
  private readonly crlf: boolean;

  constructor(
    syntax: { delimiter: string; newline: CsvNewline },
    start: number,
    private readonly onRecordEnd: (end: number) => void,
  ) {
    this.delim = syntax.delimiter.charCodeAt(0);
    this.crlf = syntax.newline === '\r\n';
    this.nl = syntax.newline === '\r' ? CR : LF;
    this.pos = start;
    this.recordStart = start;
  }

  /** Bytes of the current, unfinished record. */
  get openRecordBytes(): number {
    return this.pos - this.recordStart;
  }

  push(chunk: Uint8Array): void {
    const data = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    this.pos += chunk.length;
    const done = this.scan(data, false);
    this.carry = data.subarray(done);
  }

  /** The input has ended: an unfinished last record (no final line break) is judged as it stands. */
  end(): void {
    if (this.carry.length > 0) this.scan(this.carry, true);
    this.carry = new Uint8Array(0);
  }

  /** Scans whole records of `b` (which starts at recordStart); returns where the unfinished one starts. */
  private scan(b: Uint8Array, final: boolean): number {
    const base = this.recordStart;
    const buf = Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
    const n = buf.length;
    const { delim, nl, crlf } = this;
    let breaks = this.recordStartBreaks;
    let recBreaks = 0;
    let rs = 0;
    let pos = 0;
    // The next quote and line break at or after pos (-1: none in the buffer), kept across records so a
    // far-away quote is searched for once, not once per record.
    let nextNl = buf.indexOf(nl, 0);
    let nextQ = buf.indexOf(QUOTE, 0);
    const more = (inQuotes: boolean): number => {
      this.inQuotes = inQuotes;
      return rs;
    };
    const ended = (end: number): void => {
      breaks += recBreaks;
      recBreaks = 0;
      rs = pos = end;
      this.recordStart = base + end;
      this.recordStartBreaks = breaks;
      this.onRecordEnd(base + end);
      if (nextQ !== -1 && nextQ < pos) nextQ = buf.indexOf(QUOTE, pos);
    };
    /** Record end at i (LF, CRLF or CR): its end offset, 0 for none, NEED_MORE when the buffer ends first. */
    const endAt = (i: number): number => {
      if (crlf) {
        if (buf[i] !== CR) return 0;
        if (i + 1 >= n) return final ? 0 : NEED_MORE;
        return buf[i + 1] === LF ? i + 2 : 0;
      }
      return buf[i] === nl ? i + 1 : 0;
    };
    for (;;) {
      if (nextQ !== -1 && (nextNl === -1 || nextQ < nextNl)) {
        const q = nextQ;
        if (q !== rs && buf[q - 1] !== delim) {
          nextQ = buf.indexOf(QUOTE, q + 1); // a quote inside an unquoted field is a character
          continue;
        }
        // A quoted field: find the quote that closes it (followed by the delimiter or a line break).
        let k = q + 1;
        let stop = 0;
        let isEnd = false;
        for (;;) {
          const c = buf.indexOf(QUOTE, k);
          if (c === -1) return more(true);
          if (c + 1 >= n) return more(!final); // at the very end, a quote closes the field
          if (buf[c + 1] === QUOTE) {
            k = c + 2;
            continue;
          }
          let j = c + 1;
          while (j < n && (buf[j] === SPACE || buf[j] === TAB)) j++;
          if (j >= n) return more(!final);
          if (buf[j] === delim) {
            stop = j + 1;
            break;
          }
          const e = endAt(j);
          if (e === NEED_MORE) return more(true);
          if (e > 0) {
            stop = e;
            isEnd = true;
            break;
          }
          k = c + 1; // papaparse: not a closing quote; keep looking
        }
        // Line breaks inside the quoted field (and the one ending the record) count as lines.
        while (nextNl !== -1 && nextNl < stop) {
          recBreaks++;
          nextNl = buf.indexOf(nl, nextNl + 1);
        }
        nextQ = buf.indexOf(QUOTE, stop);
        if (isEnd) ended(stop);
        else pos = stop;
        continue;
      }
      if (nextNl === -1) return more(false);
      // The next line break comes before any quote.
      recBreaks++;
      const at = nextNl;
      nextNl = buf.indexOf(nl, at + 1);
      if (!crlf || (at > pos && buf[at - 1] === CR)) ended(at + 1);
      // else: a bare LF in a CRLF file is a character
    }
  }
}

/** Text of a group's bytes, and whether they held invalid UTF-8 (replaced with U+FFFD). */
export function decodeGroup(bytes: Uint8Array, encoding: GroupSyntax['encoding']): { text: string; invalidUtf8: boolean } {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === 'windows-1252') return { text: decodeWindows1252(buf), invalidUtf8: false };
  return { text: buf.toString('utf8'), invalidUtf8: !isUtf8(buf) };
}

/** papaparse's records of one group, blank lines left out (as the streaming parser leaves them out). */
export function parseGroupText(text: string, syntax: GroupSyntax): string[][] {
  const rows = groupRecords(text, syntax);
  const kept: string[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.length === 1 && r[0] === '') continue;
    kept.push(r);
  }
  return kept;
}

/**
 * papaparse's records of a group, blank lines included (import counts lines with them). The import threads
 * and every reader go through this one function, so a group always reads the same. Text without quotes is
 * split as papaparse's fast mode splits it, clean quoted text is read by cleanRows (csv-clean.ts); both give
 * papaparse's own result, without its per-call objects. Anything else is papaparse's to read.
 */
export function groupRecords(text: string, syntax: GroupSyntax): string[][] {
  return (
    unquotedRows(text, syntax) ??
    cleanRows(text, syntax.delimiter, syntax.newline) ??
    Papa.parse<string[]>(text, { delimiter: syntax.delimiter, newline: syntax.newline, quoteChar: '"', header: false, skipEmptyLines: false }).data
  );
}

/**
 * papaparse's result for a group without a quote character, which it parses in its "fast mode": the text
 * (without a leading byte-order mark) split at line breaks, each line split at the delimiter. Done here
 * because a papaparse call keeps much of what it allocates alive into the next young-generation
 * collection, which then copies it: for a 10-lakh-row sample that doubled the parsing time. Null when
 * papaparse would take another path (quotes, or a delimiter it replaces).
 */
function unquotedRows(text: string, syntax: GroupSyntax): string[][] | null {
  const d = syntax.delimiter;
  if (d.length !== 1 || d === '\r' || d === '\n' || d === '"' || d === '\ufeff') return null;
  if (syntax.newline !== '\n' && syntax.newline !== '\r\n' && syntax.newline !== '\r') return null;
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (t.indexOf('"') !== -1) return null;
  if (t.length === 0) return [];
  const lines = t.split(syntax.newline);
  const rows = new Array<string[]>(lines.length);
  for (let i = 0; i < lines.length; i++) rows[i] = lines[i]!.split(d);
  return rows;
}

/** A record as the table's cells: padded with nulls or cut to the table's width. */
export function toCells(fields: string[], width: number): (string | null)[] {
  if (fields.length === width) return fields;
  if (fields.length > width) return fields.slice(0, width);
  const cells: (string | null)[] = fields.slice();
  while (cells.length < width) cells.push(null);
  return cells;
}

/** The records of one stored group, as cells. */
export function groupRows(bytes: Uint8Array, f: CsvRowFormat): (string | null)[][] {
  const { text } = decodeGroup(bytes, f.encoding);
  return parseGroupText(text, f).map((r) => toCells(r, f.width));
}

/** Offset of the first invalid UTF-8 sequence in `buf` (-1 if none). */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= n) return i;
    for (let k = 1; k <= need; k++) if (((buf[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    const c1 = buf[i + 1]!;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
}
