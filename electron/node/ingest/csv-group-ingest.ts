// Parses a CSV/TSV during acquisition without re-encoding it: the importing thread hashes and encrypts each
// chunk (acquire.ts) and cuts the bytes into groups of records (csv-groups.ts); runs of groups go to worker
// threads that parse, count and profile them (csv-segment.ts). The records stay where they are, in the
// encrypted original; the table keeps the row index (where each group starts, its first record's number)
// and the syntax needed to read them again. Memory is bounded: at most a few 1 MiB segments are in flight
// per worker, and the importing thread waits for one to finish before it cuts more.
import os from 'node:os';
import Papa from 'papaparse';
import { ColumnProfile, SAMPLE_SIZE } from './column-stats.js';
import { decodeGroup, GROUP_RECORDS, RecordScanner, type CsvRowFormat, type GroupSyntax } from './csv-groups.js';
import { processSegment, type SegmentJob, type SegmentResult } from './csv-segment.js';
import type { EvidenceSink, RowIndexEntry } from './evidence-sink.js';
import { AbortError } from './parsers/abort.js';
import { dedupeHeader, extraColumnName } from './parsers/header-names.js';
import type { ParseOutcome } from './parsers/types.js';
import { workerUrl } from '../worker-url.js';
import { Pool } from './csv-segment-pool.js';

/** Bytes of complete groups sent to a worker at a time. */
const SEGMENT_BYTES = 1 << 20;
/** Files smaller than this are parsed on the importing thread (starting workers would cost more). */
export const INLINE_BELOW = 24 * 1024 * 1024;

/** What the in-place CSV path reports to (EvidenceSink in the pipeline). */
export type InPlaceSink = Pick<EvidenceSink, 'storedTable' | 'malformed' | 'warning' | 'malformedCount'>;

export interface CsvGroupOptions {
  sink: InPlaceSink;
  table: string;
  syntax: GroupSyntax;
  /** Bytes of a byte-order mark before the first record. */
  bomLength: number;
  maxRecordBytes: number;
  maxColumns: number;
  /** Size announced for the file: decides whether to use worker threads. */
  declaredSize: number;
  /** Worker threads; 0 = parse on this thread. Default: one per core for files of INLINE_BELOW or more. */
  workers?: number;
  /** Records per group (tests use small groups to put many cuts in small files). */
  groupRecords?: number;
  signal: AbortSignal;
}

interface Group {
  start: number;
  end: number;
  line: number;
}

interface Sent {
  groups: Group[];
  start: number;
  result: Promise<SegmentResult>;
  value: SegmentResult | null;
}

export class CsvGroupIngest {
  private readonly scanner: RecordScanner;
  /** Bytes not yet sent on: chunks[0] starts at chunksStart. */
  private chunks: Buffer[] = [];
  private chunksStart: number;
  private received = 0;
  private header: string[] | null = null;
  private headerWidth = 0;
  private prevEnd: number;
  private groupStart = 0;
  private groupLine = 1;
  private groupRecords = 0;
  private readonly ready: Group[] = [];
  private readyBytes = 0;
  private stopped: ParseOutcome | null = null;
  private dataEnd = 0;
  private seq = 0;
  private readonly sent = new Map<number, Sent>();
  private folded = 0;
  private pool: Pool | null = null;
  private poolUrl: Promise<URL> | null = null;
  private readonly workerCount: number;
  private readonly groupSize: number;
  // Folded results.
  private readonly index: RowIndexEntry[] = [];
  private rows = 0;
  private maxFields = 0;
  private readonly profiles: ColumnProfile[] = [];
  private readonly problems: { line: number; reason: string }[] = [];
  private malformed = 0;
  private invalidUtf8At = -1;

  constructor(private readonly o: CsvGroupOptions) {
    this.chunksStart = o.bomLength;
    this.prevEnd = o.bomLength;
    this.scanner = new RecordScanner(o.syntax, o.bomLength, (end) => this.recordEnd(end));
    this.workerCount = o.workers ?? (o.declaredSize >= INLINE_BELOW ? Math.max(1, os.availableParallelism()) : 0);
    this.groupSize = o.groupRecords ?? GROUP_RECORDS;
    if (this.workerCount > 0) this.poolUrl = workerUrl('csv-worker', import.meta.url);
  }

  /** Records parsed so far (for progress). */
  get records(): number {
    return this.rows;
  }

  /** The file's bytes, in order, starting at offset 0 (a BOM is skipped here). */
  async push(chunk: Buffer): Promise<void> {
    if (this.o.signal.aborted) throw new AbortError();
    let c = chunk;
    if (this.received < this.o.bomLength) c = c.subarray(Math.min(c.length, this.o.bomLength - this.received));
    this.received += chunk.length;
    if (this.stopped || c.length === 0) return;
    this.chunks.push(c);
    this.scanner.push(c);
    if (this.scanner.openRecordBytes > this.o.maxRecordBytes) {
      this.stop();
      return;
    }
    if (this.readyBytes >= SEGMENT_BYTES) await this.dispatch();
  }

  private recordEnd(end: number): void {
    if (this.header === null) {
      const fields = this.parseOne(this.prevEnd, end);
      this.prevEnd = end;
      this.dropBefore(end);
      if (fields.length === 1 && fields[0] === '') return; // blank line before the header
      this.setHeader(fields);
      this.groupStart = end;
      this.groupLine = this.scanner.recordStartBreaks + 1;
      return;
    }
    this.prevEnd = end;
    if (++this.groupRecords === this.groupSize) this.closeGroup(end, this.scanner.recordStartBreaks + 1);
  }

  private setHeader(fields: string[]): void {
    this.header = dedupeHeader(fields);
    this.headerWidth = this.header.length;
  }

  private closeGroup(end: number, nextLine: number): void {
    this.ready.push({ start: this.groupStart, end, line: this.groupLine });
    this.readyBytes += end - this.groupStart;
    this.groupStart = end;
    this.groupLine = nextLine;
    this.groupRecords = 0;
  }

  /** Bytes [start, end) of the file, from the chunks held. */
  private slice(start: number, end: number): Buffer {
    const out = Buffer.allocUnsafeSlow(end - start);
    let pos = this.chunksStart;
    let w = 0;
    for (const c of this.chunks) {
      const cEnd = pos + c.length;
      if (cEnd > start && pos < end) {
        const a = Math.max(start, pos) - pos;
        const b = Math.min(end, cEnd) - pos;
        c.copy(out, w, a, b);
        w += b - a;
      }
      pos = cEnd;
      if (pos >= end) break;
    }
    return out;
  }

  private dropBefore(offset: number): void {
    while (this.chunks.length > 0 && this.chunksStart + this.chunks[0]!.length <= offset) {
      this.chunksStart += this.chunks[0]!.length;
      this.chunks.shift();
    }
  }

  private parseOne(start: number, end: number): string[] {
    const { text } = decodeGroup(this.slice(start, end), this.o.syntax.encoding);
    const rows = Papa.parse<string[]>(text, { delimiter: this.o.syntax.delimiter, newline: this.o.syntax.newline, quoteChar: '"', header: false }).data;
    return rows[0] ?? [''];
  }

  private async dispatch(): Promise<void> {
    if (this.ready.length === 0) return;
    const groups = this.ready.splice(0);
    this.readyBytes = 0;
    const start = groups[0]!.start;
    const bytes = this.slice(start, groups[groups.length - 1]!.end);
    this.dropBefore(groups[groups.length - 1]!.end);
    const job: SegmentJob = {
      seq: this.seq++,
      bytes,
      groups: groups.map((g) => ({ length: g.end - g.start, line: g.line })),
      syntax: this.o.syntax,
      headerWidth: this.headerWidth,
      maxColumns: this.o.maxColumns,
      // Column types are inferred from the first SAMPLE_SIZE values: later segments need none.
      wantSamples: this.profiles.length === 0 || this.profiles.some((p) => p.samples.length < SAMPLE_SIZE),
    };
    let result: Promise<SegmentResult>;
    if (this.workerCount === 0) {
      result = Promise.resolve(processSegment(job));
    } else {
      this.pool ??= new Pool(await (this.poolUrl as Promise<URL>), this.workerCount);
      await this.pool.room(this.o.signal);
      result = this.pool.run(job);
    }
    const sent: Sent = { groups, start, result, value: null };
    result.then((v) => (sent.value = v), () => undefined); // a failure is thrown by foldReady(true)
    this.sent.set(job.seq, sent);
    await this.foldReady(false);
  }

  /** Folds finished segments in order; with `all`, waits for every one. */
  private async foldReady(all: boolean): Promise<void> {
    for (let s = this.sent.get(this.folded); s; s = this.sent.get(this.folded)) {
      const r = s.value ?? (all ? await s.result : null);
      if (!r) return;
      this.sent.delete(this.folded++);
      this.fold(s.groups, s.start, r);
    }
  }

  private fold(groups: Group[], start: number, r: SegmentResult): void {
    groups.forEach((g, i) => {
      const n = r.records[i]!;
      // A group of blank lines only has no records: its bytes are read as part of the group before it.
      if (n === 0) return;
      this.index.push({ row: this.rows, offset: g.start });
      this.rows += n;
    });
    if (r.maxFields > this.maxFields) this.maxFields = r.maxFields;
    r.profiles.forEach((p, i) => {
      while (this.profiles.length <= i) this.profiles.push(new ColumnProfile(''));
      this.profiles[i]!.merge(p);
    });
    this.malformed += r.malformed;
    for (const p of r.problems) if (this.problems.length < 100) this.problems.push(p);
    if (r.invalidUtf8At >= 0 && this.invalidUtf8At < 0) this.invalidUtf8At = start + r.invalidUtf8At;
  }

  /** A record grew past the cap: keep the records before it, and stop. */
  private stop(): void {
    const line = this.scanner.recordStartBreaks + 1;
    const offset = this.scanner.pos;
    const reason = `The record starting at line ${line} is larger than ${this.o.maxRecordBytes} bytes (limit reached by byte offset ${offset}); parsing stopped there.`;
    if (this.header !== null && this.scanner.recordStart > this.groupStart) this.closeGroup(this.scanner.recordStart, line);
    this.dataEnd = this.header !== null ? this.scanner.recordStart : this.o.bomLength;
    this.stopped = { status: 'malformed', reason, at: { line, offset }, encoding: this.o.syntax.encoding };
    this.problems.push({ line, reason });
    this.malformed++;
  }

  async finish(): Promise<ParseOutcome> {
    try {
      if (!this.stopped) {
        this.scanner.end();
        const end = this.scanner.pos;
        if (this.header === null) {
          if (end > this.prevEnd) {
            const fields = this.parseOne(this.prevEnd, end);
            if (!(fields.length === 1 && fields[0] === '')) this.setHeader(fields);
          }
          this.groupStart = end;
        } else if (end > this.groupStart) {
          this.closeGroup(end, 0);
        }
        this.dataEnd = end;
      }
      await this.dispatch();
      await this.foldReady(true);
      if (this.o.signal.aborted) throw new AbortError();
      return this.complete();
    } finally {
      this.pool?.close();
      this.chunks = [];
    }
  }

  abort(): void {
    this.pool?.close();
    this.chunks = [];
  }

  private complete(): ParseOutcome {
    const { sink, table, syntax } = this.o;
    const encoding = syntax.encoding;
    if (encoding === 'windows-1252') {
      sink.warning('encoding-fallback', 'The start of the file is not valid UTF-8; it was decoded as Windows-1252.', { offset: 0 });
    }
    if (this.invalidUtf8At >= 0) {
      const offset = this.invalidUtf8At;
      sink.warning('invalid-utf8', `Invalid UTF-8 bytes found (first at byte offset ${offset}); they were replaced with U+FFFD and the rows holding them are reported as malformed.`, { offset });
    }
    if (this.header === null) return this.stopped ?? { status: 'parsed', encoding, reason: 'The file holds no records.' };
    const columns = [...this.header];
    const taken = new Set(columns);
    for (let i = columns.length; i < this.maxFields; i++) {
      const name = extraColumnName(i + 1, taken);
      taken.add(name);
      columns.push(name);
    }
    const profiles = columns.map((name, i) => {
      const p = new ColumnProfile(name);
      if (this.profiles[i]) p.merge(this.profiles[i]!);
      return p;
    });
    const format: CsvRowFormat = { kind: 'csv', ...syntax, width: columns.length, end: this.dataEnd };
    sink.storedTable(table, columns, profiles, { format, index: this.index, rows: this.rows });
    for (const p of this.problems) sink.malformed(table, { line: p.line }, p.reason);
    sink.malformedCount += this.malformed - this.problems.length;
    if (!this.stopped && this.scanner.inQuotes) {
      const line = this.scanner.recordStartBreaks + 1;
      sink.warning(
        'unbalanced-quotes',
        `The file has an odd number of quote characters: a quoted field may be unterminated; the record starting at line ${line} may hold the rest of the file.`,
        { line },
      );
    }
    return this.stopped ?? { status: 'parsed', encoding };
  }
}
