// Personal data per evidence item and type, for the report: how many values, where, and up to three
// masked examples. Columns inferred as a type count their non-empty cells; other columns are scanned as
// free text with the same detectors the app uses (up to a row limit, which the report states).
// Placeholders for a missing value ("NA", "NULL", "-", …) are not personal data: never an example, and
// taken off a typed column's count wherever the scan meets them (all of them when the whole table is scanned).
import { DEFAULT_POLICY, isPiiType, maskValue, redactCell, scanText, type PiiType } from '../../../shared/pii';
import { isEmptyCell } from '../../../shared/analysis';
import type { PersonalDataForEvidence, PersonalDataType } from '../../../shared/report';
import type { Vault } from '../vault/vault';
import { listTables, type EvidenceRecord } from '../store/evidence';
import { columnsOf, rawRows } from '../evidence/evidence-view';
import { columnLabels } from '../../../shared/pii/column-labels';

export const DEFAULT_TEXT_SCAN_LIMIT = 50_000;
const EXAMPLES = 3;
const PAGE = 4096;

interface Tally {
  count: number;
  columns: Set<string>;
  textColumns: Set<string>;
  examples: string[];
}

export interface PersonalDataResult extends PersonalDataForEvidence {
  /** Records with at least one personal-data value (a floor where the text scan stopped early). */
  recordsWithPersonalData: number;
}

export function personalDataFor(vault: Vault, e: EvidenceRecord, textScanLimit = DEFAULT_TEXT_SCAN_LIMIT): PersonalDataResult {
  const tallies = new Map<PiiType, Tally>();
  const tally = (type: PiiType): Tally => {
    let t = tallies.get(type);
    if (!t) tallies.set(type, (t = { count: 0, columns: new Set(), textColumns: new Set(), examples: [] }));
    return t;
  };
  const example = (t: Tally, masked: string): void => {
    if (t.examples.length < EXAMPLES && masked !== '' && !t.examples.includes(masked)) t.examples.push(masked);
  };
  let records = 0;
  let scanned = 0;
  let withPd = 0;
  for (const table of listTables(vault.db, e.id)) {
    records += table.records;
    const columns = columnsOf(table);
    // The report names columns by label (a file without a header row has a record for names); redaction reads the names.
    const labels = columnLabels(table.columns);
    const types = columns.map((c) => (c.piiType && isPiiType(c.piiType) ? c.piiType : null));
    const missing = new Array<number>(columns.length).fill(0);
    columns.forEach((c, i) => {
      const type = types[i];
      if (!type || c.nonEmpty === 0) return;
      const t = tally(type);
      t.count += c.nonEmpty;
      t.columns.add(labels[i]!);
    });
    const limit = Math.min(table.records, textScanLimit);
    let tableWithPd = 0;
    for (let off = 0; off < limit; off += PAGE) {
      for (const row of rawRows(vault, table, off, Math.min(PAGE, limit - off))) {
        let hit = false;
        row.forEach((v, i) => {
          if (v === null || v === undefined || v === '') return;
          const type = types[i];
          if (isEmptyCell(v)) {
            // The column statistics counted it as a value.
            if (type) {
              tally(type).count--;
              missing[i]!++;
            }
            return;
          }
          const name = columns[i]?.name ?? '';
          if (type) {
            hit = true;
            // The app's own redaction of the cell, so examples look exactly as the examiner saw them.
            example(tally(type), redactCell(type, v, DEFAULT_POLICY, undefined, name));
            return;
          }
          for (const f of scanText(v, { context: name })) {
            hit = true;
            const t = tally(f.type);
            t.count++;
            t.textColumns.add(labels[i]!);
            example(t, maskValue(f.type, v.slice(f.start, f.end)));
          }
        });
        if (hit) tableWithPd++;
      }
    }
    scanned += limit;
    const typedFloor = columns.reduce((a, c, i) => (types[i] ? Math.max(a, c.nonEmpty - missing[i]!) : a), 0);
    withPd += Math.max(tableWithPd, typedFloor);
  }
  const types: PersonalDataType[] = [...tallies.entries()]
    .filter(([, t]) => t.count > 0)
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .map(([type, t]) => ({ type, count: t.count, columns: [...t.columns], textColumns: [...t.textColumns], examples: t.examples }));
  return { evidenceId: e.id, evidenceName: e.name, records, textScannedRecords: scanned, types, recordsWithPersonalData: withPd };
}
