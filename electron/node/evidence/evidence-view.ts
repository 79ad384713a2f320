// Reading evidence for display: pages of records, search and reveal. Every value leaving here is redacted
// (shared/pii), except the one cell an explicit, reasoned reveal asks for.
import { SakshyaError } from '../../../shared/api/errors';
import type { ColumnInfo, EvidenceInfo, RowsPage, TableInfo } from '../../../shared/api/contract';
import { MIN_TYPED_CONFIDENCE, typedColumn } from '../../../shared/pii/column-inference';
import { DEFAULT_POLICY, isPiiType, redactCell, type PiiType, type RedactionPolicy } from '../../../shared/pii';
import { redactLabelledText } from '../../../shared/pii/labelled-text';
import { columnLabels } from '../../../shared/pii/column-labels';
import { isTelegramTable, telegramColumnType } from '../../../shared/pii/telegram-columns';
import type { Vault } from '../vault/vault';
import { getEvidence, listTables, type EvidenceRecord, type TableRecord } from '../store/evidence';
import type { ColumnPii } from '../ingest/table-profile';
import { readTableRows } from '../ingest/table-rows';
import { listPdfOcr } from '../ingest/pdf-ingest';
import { matcherFor } from '../search/matcher';
import { recogniseCoreText } from '../../../shared/i18n/core-text';

/** Below this, a column's inferred type is a guess too weak to mask the whole column by (a 'city' column
 * read as PIN codes at 0.3): the column is shown untyped and its cells are still scanned value by value. */
export const MIN_COLUMN_CONFIDENCE = MIN_TYPED_CONFIDENCE;

// The detector's rule (typedColumn: confident, or named by the header), and names and addresses at
// any confidence: they never validate, so a weak guess of those still masks; showing a column of names
// by mistake costs more than masking a column of cities.
function shownType(p: ColumnPii | undefined, header: string): string | null {
  if (!p?.type || !isPiiType(p.type)) return null;
  return p.type === 'PERSON' || p.type === 'ADDRESS' ? p.type : typedColumn(p.type, p.confidence, header);
}

export function columnsOf(t: TableRecord): ColumnInfo[] {
  const pii = (t.stats.pii ?? []) as ColumnPii[];
  // Decided here, not at import, so evidence imported before this rule is masked too.
  const telegram = isTelegramTable(t.columns);
  return t.columns.map((name, i) => ({
    name,
    piiType: shownType(pii[i], name) ?? (telegram ? telegramColumnType(name) : null),
    confidence: pii[i]?.confidence ?? 0,
    nonEmpty: t.stats.columns[i]?.nonEmpty ?? 0,
  }));
}

/** Columns as they may leave the core: each name replaced by its label (shared/pii/column-labels), since a
 * file without a header row has a record for column names. Redaction inside the core reads the raw names
 * (columnsOf); replies carry these, and requests name a column by its index. */
export function shownColumns(columns: readonly ColumnInfo[]): ColumnInfo[] {
  const labels = columnLabels(columns.map((c) => c.name));
  return columns.map((c, i) => ({ ...c, name: labels[i]! }));
}

export function tableInfo(t: TableRecord): TableInfo {
  return { name: t.name, records: t.records, columns: shownColumns(columnsOf(t)) };
}

function withText<T extends object>(item: T, sentence: string): T & { text?: NonNullable<ReturnType<typeof recogniseCoreText>> } {
  const text = recogniseCoreText(sentence);
  return text ? { ...item, text } : item;
}

export function evidenceInfo(vault: Vault, e: EvidenceRecord): EvidenceInfo {
  return {
    id: e.id,
    parentId: e.parentId,
    name: e.name,
    bytes: e.bytes,
    md5: e.md5,
    sha1: e.sha1,
    sha256: e.sha256,
    format: e.format,
    encoding: e.encoding,
    status: e.status as EvidenceInfo['status'],
    reason: e.reason,
    // The core's sentences also as keys and parameters, for the screen's language (old entries included).
    reasonText: e.reason ? recogniseCoreText(e.reason) : null,
    records: e.records,
    malformed: e.malformed,
    warnings: e.warnings.map((w) => withText(w, w.message)),
    problems: e.problems.map((p) => withText(p, p.reason)),
    acquiredAt: e.acquiredAt,
    acquiredBy: e.acquiredBy,
    sourcePath: e.sourcePath,
    fileTimes: e.fileTimes,
    tables: listTables(vault.db, e.id).map(tableInfo),
    ...(e.format === 'pdf' ? { pageImages: listPdfOcr(vault.db, e.id).length } : {}),
  };
}

export function pickTable(vault: Vault, caseId: string, evidenceId: string, table?: string): { evidence: EvidenceRecord; table: TableRecord } {
  const evidence = getEvidence(vault.db, caseId, evidenceId);
  const tables = listTables(vault.db, evidenceId);
  if (tables.length === 0) {
    throw new SakshyaError('NOT_FOUND', `Evidence ${evidenceId} has no records to show${evidence.reason ? `: ${evidence.reason}` : '.'}`);
  }
  const t = table === undefined ? tables[0]! : tables.find((x) => x.name === table);
  if (!t) throw new SakshyaError('NOT_FOUND', `Evidence ${evidenceId} has no table named ${JSON.stringify(table)}. Tables: ${tables.map((x) => x.name).join(', ')}.`);
  return { evidence, table: t };
}

/** Raw rows [offset, offset+limit) of a table. Stays inside the core. */
export function rawRows(vault: Vault, t: TableRecord, offset: number, limit: number): (string | null)[][] {
  return readTableRows(vault, t, offset, limit);
}

export interface RedactionContext {
  policy: RedactionPolicy;
  tokenKey: Uint8Array;
}

/** One cell as the renderer may see it: masked by its column's type, or scanned for labelled identifiers. */
export function redactValue(v: string, c: ColumnInfo, ctx: RedactionContext): string {
  const type: PiiType | null = c.piiType && isPiiType(c.piiType) ? c.piiType : null;
  if (!type) return redactLabelledText(v, ctx.policy, ctx.tokenKey);
  return redactCell(type, v, ctx.policy, ctx.tokenKey, c.name);
}

export function redactRow(row: (string | null)[], columns: ColumnInfo[], ctx: RedactionContext): (string | null)[] {
  return columns.map((c, i) => {
    const v = row[i];
    return v === null || v === undefined ? null : redactValue(v, c, ctx);
  });
}

export function rowsPage(vault: Vault, caseId: string, evidenceId: string, table: string | undefined, offset: number, limit: number, ctx: RedactionContext): RowsPage {
  const { table: t } = pickTable(vault, caseId, evidenceId, table);
  const columns = columnsOf(t);
  const rows = rawRows(vault, t, offset, limit).map((r) => redactRow(r, columns, ctx));
  return { table: t.name, total: t.records, offset, columns: shownColumns(columns), rows, rowNumbers: rows.map((_, i) => offset + i) };
}

const SEARCH_SCAN_LIMIT = 5_000_000;

/** Finds rows whose raw values contain `query` (case-insensitive; digits compared ignoring spaces and
 * hyphens when the query is numeric). Results are returned redacted. */
export function searchRows(vault: Vault, caseId: string, evidenceId: string, table: string | undefined, query: string, limit: number, ctx: RedactionContext) {
  const { table: t } = pickTable(vault, caseId, evidenceId, table);
  const columns = columnsOf(t);
  const m = matcherFor(query);
  const matches: { n: number; row: (string | null)[] }[] = [];
  let scanned = 0;
  const page = 4096;
  for (let off = 0; off < t.records && scanned < SEARCH_SCAN_LIMIT && matches.length < limit; off += page) {
    const rows = rawRows(vault, t, off, page);
    for (let i = 0; i < rows.length && matches.length < limit; i++) {
      scanned++;
      const row = rows[i]!;
      const hit = row.some((v) => !!v && m.test(v));
      if (hit) matches.push({ n: off + i, row });
    }
  }
  return {
    table: t.name,
    total: t.records,
    offset: 0,
    columns: shownColumns(columns),
    rows: matches.map((m) => redactRow(m.row, columns, ctx)),
    rowNumbers: matches.map((m) => m.n),
    scanned,
    truncated: matches.length >= limit || scanned >= SEARCH_SCAN_LIMIT,
  };
}

export function revealCell(vault: Vault, caseId: string, evidenceId: string, table: string | undefined, row: number, column: string | number) {
  const { table: t } = pickTable(vault, caseId, evidenceId, table);
  const idx = typeof column === 'number' ? column : t.columns.indexOf(column);
  if (idx < 0 || idx >= t.columns.length) throw new SakshyaError('NOT_FOUND', `No column ${JSON.stringify(column)} in table ${t.name}.`);
  if (row >= t.records) throw new SakshyaError('NOT_FOUND', `Row ${row} is past the end of table ${t.name} (${t.records} records).`);
  const r = rawRows(vault, t, row, 1)[0];
  // The column by its label: the reply and the custody entry name it, and neither may carry a raw name.
  return { table: t.name, column: columnLabels(t.columns)[idx]!, row, value: r?.[idx] ?? null };
}

export { DEFAULT_POLICY };
