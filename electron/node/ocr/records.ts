// Recognised text as records, so detection, column inference and redaction treat a screenshot like any
// other evidence: table `lines` (one row per text line) and table `fields` (the "Key: value" pairs, one
// row per person/reply: a new row starts when a key repeats, or a key meaning the same thing does, as
// "नाम" after "Name", since one screenshot often shows several replies, in either language).
import { cueOfHeader } from '../../../shared/pii/context';
import type { OcrResult } from './types';
import { parseKeyValue } from './key-value';

export interface OcrTable {
  name: 'lines' | 'fields';
  columns: string[];
  rows: string[][];
}

export function ocrRecords(result: OcrResult): OcrTable[] {
  return textRecords(result.lines.map((l) => l.text));
}

/** The same tables from lines of text of any origin (a PDF page's text layer, say). */
export function textRecords(texts: readonly string[]): OcrTable[] {
  const lines: OcrTable = { name: 'lines', columns: ['line'], rows: texts.map((t) => [t]) };
  return [lines, fieldsTable(texts)];
}

function fieldsTable(texts: readonly string[]): OcrTable {
  const columns: string[] = [];
  const columnOf = new Map<string, number>(); // case-insensitive key → column index
  const records: Map<number, string>[] = [];
  let current: Map<number, string> | undefined;
  let cues = new Set<number>(); // what the current row's keys mean (PII cue bits; 0 = no known meaning)
  for (const text of texts) {
    const kv = parseKeyValue(text);
    if (!kv) continue;
    const id = kv.key.toLowerCase();
    let col = columnOf.get(id);
    if (col === undefined) {
      col = columns.length;
      columns.push(kv.key);
      columnOf.set(id, col);
    }
    const cue = cueOfHeader(kv.key);
    if (!current || current.has(col) || (cue !== 0 && cues.has(cue))) {
      current = new Map();
      cues = new Set();
      records.push(current);
    }
    current.set(col, kv.value);
    cues.add(cue);
  }
  return { name: 'fields', columns, rows: records.map((r) => columns.map((_, i) => r.get(i) ?? '')) };
}
