// Decides a text encoding from the head of a file and decodes the rest as a stream.
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import type { TextEncoding } from './types.js';

export interface EncodingGuess {
  encoding: TextEncoding;
  bomLength: number;
  /** True when the head was not valid UTF-8 and windows-1252 was chosen instead. */
  fallback: boolean;
}

/** Length of `buf` without a UTF-8 sequence cut off at its end (at most 3 bytes are held back). */
export function completeUtf8Length(buf: Buffer): number {
  const n = buf.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = buf[n - back] as number;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    if (b < 0x80) return n;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

/** UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte. */
function utf16ByNulPattern(head: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(head.length, 65536) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // Short samples need a clearer pattern: a stray NUL in a few bytes is binary, not UTF-16.
  const need = pairs >= 32 ? 0.2 : 0.5;
  if (oddNul > pairs * need && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * need && oddNul < pairs * 0.02) return 'utf-16be';
  return null;
}

export function guessEncoding(head: Buffer): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, fallback: false };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, fallback: false };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, fallback: false };
  const utf16 = utf16ByNulPattern(head);
  if (utf16) return { encoding: utf16, bomLength: 0, fallback: false };
  if (isUtf8(head.subarray(0, completeUtf8Length(head)))) return { encoding: 'utf-8', bomLength: 0, fallback: false };
  return { encoding: 'windows-1252', bomLength: 0, fallback: true };
}

export function bomLengthFor(head: Buffer, encoding: TextEncoding): number {
  if (encoding === 'utf-8') return head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  if (encoding === 'utf-16le') return head[0] === 0xff && head[1] === 0xfe ? 2 : 0;
  if (encoding === 'utf-16be') return head[0] === 0xfe && head[1] === 0xff ? 2 : 0;
  return 0;
}

// Node's TextDecoder treats 'windows-1252' as ISO-8859-1, so 0x80–0x9F are mapped here.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const C1_RANGE = /[\x80-\x9f]/g;
const HAS_C1 = /[\x80-\x9f]/;

export function decodeWindows1252(buf: Buffer): string {
  const s = buf.toString('latin1');
  return HAS_C1.test(s)
    ? s.replace(C1_RANGE, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] as number))
    : s;
}

const REPLACEMENT_BYTES = Buffer.from([0xef, 0xbf, 0xbd]);

function countOccurrences(haystack: string | Buffer, needle: string | Buffer): number {
  let count = 0;
  let i = haystack.indexOf(needle as never);
  while (i !== -1) {
    count++;
    i = haystack.indexOf(needle as never, i + 1);
  }
  return count;
}

/**
 * Streaming decoder. For UTF-8 it validates each chunk: invalid sequences become U+FFFD and are counted, so
 * the caller can report the rows that hold them.
 */
export class TextStreamDecoder {
  readonly encoding: TextEncoding;
  /** Bytes consumed so far (including a skipped BOM). */
  bytesIn = 0;
  /** Invalid UTF-8 sequences replaced so far. */
  invalidSequences = 0;
  /** Byte offset of the first invalid UTF-8 sequence, if any. */
  firstInvalidOffset: number | null = null;
  private pendingBom: number;
  private carry: Buffer | null = null;
  private readonly utf16: TextDecoder | null;

  constructor(encoding: TextEncoding, bomLength: number) {
    this.encoding = encoding;
    this.pendingBom = bomLength;
    this.utf16 = encoding === 'utf-16le' || encoding === 'utf-16be' ? new TextDecoder(encoding, { ignoreBOM: true }) : null;
  }

  write(chunk: Buffer): string {
    const start = this.bytesIn;
    this.bytesIn += chunk.length;
    if (this.pendingBom > 0) {
      const skip = Math.min(this.pendingBom, chunk.length);
      this.pendingBom -= skip;
      chunk = chunk.subarray(skip);
    }
    if (this.utf16) return this.utf16.decode(chunk, { stream: true });
    if (this.encoding === 'windows-1252') return decodeWindows1252(chunk);
    return this.writeUtf8(chunk, start);
  }

  end(): string {
    if (this.utf16) return this.utf16.decode();
    if (this.encoding === 'windows-1252') return '';
    const rest = this.carry;
    this.carry = null;
    if (!rest || rest.length === 0) return '';
    return this.decodeChecked(rest, this.bytesIn - rest.length);
  }

  private writeUtf8(chunk: Buffer, chunkStart: number): string {
    let buf = chunk;
    let bufStart = chunkStart;
    if (this.carry) {
      bufStart -= this.carry.length;
      buf = Buffer.concat([this.carry, chunk]);
      this.carry = null;
    }
    const complete = completeUtf8Length(buf);
    if (complete < buf.length) this.carry = Buffer.from(buf.subarray(complete));
    return this.decodeChecked(buf.subarray(0, complete), bufStart);
  }

  private decodeChecked(buf: Buffer, bufStart: number): string {
    if (isUtf8(buf)) return buf.toString('utf8');
    const text = buf.toString('utf8');
    const replaced = countOccurrences(text, '\uFFFD') - countOccurrences(buf, REPLACEMENT_BYTES);
    this.invalidSequences += Math.max(1, replaced);
    if (this.firstInvalidOffset === null) this.firstInvalidOffset = bufStart + firstInvalidIndex(buf);
    return text;
  }
}

function firstInvalidIndex(buf: Buffer): number {
  // Binary search on prefix validity would be wrong for cut sequences; a linear scan is fine (rare path).
  let i = 0;
  while (i < buf.length) {
    const b = buf[i] as number;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > buf.length || !isUtf8(buf.subarray(i, i + len))) return i;
    i += len;
  }
  return 0;
}
