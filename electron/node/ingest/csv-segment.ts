// Import-time work on a run of CSV groups: parse each group with papaparse, count its records, report rows
// with the wrong number of fields or invalid UTF-8 (by physical line), and profile the columns. Pure, so the
// same code runs in a worker thread (csv-worker.ts) or on the importing thread for small files. No cell
// content leaves except the bounded samples column-type inference needs, in process memory.
import { decodeGroup, firstInvalidUtf8, groupRecords, type GroupSyntax } from './csv-groups.js';
import { SAMPLE_SIZE, SAMPLE_MAX_LEN } from './column-stats.js';

/** Problems kept per segment (the total is always counted). */
const MAX_PROBLEMS = 100;

export interface SegmentJob {
  seq: number;
  /** The groups' bytes, back to back. */
  bytes: Uint8Array;
  /** Byte length and first physical line of each group. */
  groups: { length: number; line: number }[];
  syntax: GroupSyntax;
  headerWidth: number;
  maxColumns: number;
  /** Whether to collect sample values (only the first SAMPLE_SIZE per column are ever used). */
  wantSamples: boolean;
}

export interface ProfileState {
  nonEmpty: number;
  maxLength: number;
  samples: string[];
}

export interface SegmentResult {
  seq: number;
  /** Records per group (blank lines not counted). */
  records: number[];
  malformed: number;
  problems: { line: number; reason: string }[];
  /** Most fields in any record (capped at maxColumns). */
  maxFields: number;
  /** Per column position. */
  profiles: ProfileState[];
  /** Offset in `bytes` of the first invalid UTF-8 byte, or -1. */
  invalidUtf8At: number;
}

function countChar(s: string, code: number): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === code) n++;
  return n;
}

export function processSegment(job: SegmentJob): SegmentResult {
  const { syntax, headerWidth, maxColumns } = job;
  const breakCode = syntax.newline === '\r' ? 13 : 10;
  const breakChar = String.fromCharCode(breakCode);
  const profiles: ProfileState[] = [];
  const records: number[] = [];
  const problems: SegmentResult['problems'] = [];
  let malformed = 0;
  let maxFields = 0;
  let invalidUtf8At = -1;
  let at = 0;
  const problem = (line: number, reason: string) => {
    malformed++;
    if (problems.length < MAX_PROBLEMS) problems.push({ line, reason });
  };
  for (const g of job.groups) {
    const bytes = job.bytes.subarray(at, at + g.length);
    const { text, invalidUtf8 } = decodeGroup(bytes, syntax.encoding);
    if (invalidUtf8 && invalidUtf8At < 0) invalidUtf8At = at + firstInvalidUtf8(bytes);
    at += g.length;
    const rows = groupRecords(text, syntax);
    let line = g.line;
    let n = 0;
    // Line breaks inside fields shift the line numbers of the records after them. When the group has no more
    // line-break characters than records, there are none, and no field needs looking at.
    let textBreaks = 0;
    for (let k = text.indexOf(breakChar); k !== -1 && textBreaks <= rows.length; k = text.indexOf(breakChar, k + 1)) textBreaks++;
    const fieldBreaks = textBreaks > rows.length - 1;
    for (let r = 0; r < rows.length; r++) {
      const fields = rows[r]!;
      const start = line;
      let breaks = 0;
      if (fieldBreaks) {
        for (let i = 0; i < fields.length; i++) {
          const f = fields[i]!;
          if (f.length > 0 && f.indexOf(breakChar) !== -1) breaks += countChar(f, breakCode);
        }
      }
      line += 1 + breaks;
      if (fields.length === 1 && fields[0] === '') continue; // blank line
      n++;
      if (fields.length !== headerWidth) problem(start, `line ${start}: record has ${fields.length} fields, the header has ${headerWidth}`);
      const width = Math.min(fields.length, maxColumns);
      if (width > maxFields) maxFields = width;
      while (profiles.length < width) profiles.push({ nonEmpty: 0, maxLength: 0, samples: [] });
      let bad = false;
      for (let i = 0; i < width; i++) {
        const v = fields[i]!;
        if (v === '') continue;
        const p = profiles[i]!;
        p.nonEmpty++;
        if (v.length > p.maxLength) p.maxLength = v.length;
        if (job.wantSamples && p.samples.length < SAMPLE_SIZE) p.samples.push(v.length > SAMPLE_MAX_LEN ? v.slice(0, SAMPLE_MAX_LEN) : v);
        if (invalidUtf8 && v.indexOf('\uFFFD') !== -1) bad = true;
      }
      if (bad) problem(start, `line ${start}: record holds invalid UTF-8 bytes (replaced with U+FFFD)`);
    }
    records.push(n);
  }
  return { seq: job.seq, records, malformed, problems, maxFields, profiles, invalidUtf8At };
}
