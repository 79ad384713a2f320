// Recognised text as records, so detection, column inference and redaction treat a screenshot like any
// other evidence: table `lines` (one row per text line) and table `fields` (the "Key: value" pairs, one
// row per person/reply: a new row starts when a key repeats, as when one screenshot shows several replies).
import type { OcrResult } from './types';
import { parseKeyValue } from './key-value';

export interface OcrTable {
  name: 'lines' | 'fields';
  columns: string[];
  rows: string[][];
}

export function ocrRecords(result: OcrResult): OcrTable[] {
  const lines: OcrTable = { name: 'lines', columns: ['line'], rows: result.lines.map((l) => [l.text]) };
  return [lines, fieldsTable(result)];
}

function fieldsTable(result: OcrResult): OcrTable {
  const columns: string[] = [];
  const columnOf = new Map<string, number>(); // case-insensitive key → column index
  const records: Map<number, string>[] = [];
  let current: Map<number, string> | undefined;
  for (const line of result.lines) {
    const kv = parseKeyValue(line.text);
    if (!kv) continue;
    const id = kv.key.toLowerCase();
    let col = columnOf.get(id);
    if (col === undefined) {
      col = columns.length;
      columns.push(kv.key);
      columnOf.set(id, col);
    }
    if (!current || current.has(col)) {
      current = new Map();
      records.push(current);
    }
    current.set(col, kv.value);
  }
  return { name: 'fields', columns, rows: records.map((r) => columns.map((_, i) => r.get(i) ?? '')) };
}
