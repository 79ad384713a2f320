// Which items and bookmarked records a case's reports cover. The choice is kept as custody entries
// (report.items_chosen: item IDs, record positions and counts, never a value), so saving it and logging it
// are one act and the latest entry is the choice; no separate table can drift from the log.
import type { Database } from 'sql.js';
import { SakshyaError } from '../../../shared/api/errors';
import type { RecordOfInterest } from '../../../shared/report';
import {
  DEFAULT_ITEMS_CHOICE,
  choiceDetails,
  choiceFromDetails,
  chosenItemIds,
  recordKey,
  unknownItemIds,
  type ReportItemsChoice,
  type ReportRecordRef,
} from '../../../shared/report/items';
import type { ReportContext } from './context';
import { appendEvent } from '../store/events';
import { readEntries } from '../store/custody-log';
import { listEvidence, type EvidenceRecord } from '../store/evidence';
import { columnsOf, pickTable, rawRows, redactRow } from '../evidence/evidence-view';
import { listBookmarks } from '../search/bookmarks';

/** The items of `all` that `ids` names, in the case's order; an ID that is not an item of the case is refused. */
export function selectEvidence(all: readonly EvidenceRecord[], ids: readonly string[], caseId: string): EvidenceRecord[] {
  const unknown = unknownItemIds(ids, all);
  if (unknown.length > 0) {
    throw new SakshyaError(
      'INVALID_INPUT',
      `${unknown.length === 1 ? 'Item' : 'Items'} ${unknown.map((id) => JSON.stringify(id)).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in case ${caseId}; no report was written. The case's items are: ${all.map((e) => e.id).join(', ') || 'none'}.`,
    );
  }
  const want = new Set(ids);
  return all.filter((e) => want.has(e.id));
}

/** The case's saved choice: the latest report.items_chosen entry, or the default (every parsed item, no records). */
export function loadItemsChoice(db: Database, caseId: string): ReportItemsChoice {
  const entries = readEntries(db, caseId);
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.action !== 'report.items_chosen') continue;
    const c = choiceFromDetails(e.details);
    if (c) return c;
  }
  return DEFAULT_ITEMS_CHOICE;
}

/** What a choice resolves to now: the items and the records a report would print. */
export function resolveItemsChoice(db: Database, caseId: string, choice: ReportItemsChoice): { evidenceIds: string[]; records: ReportRecordRef[] } {
  const all = listEvidence(db, caseId);
  const evidenceIds = chosenItemIds(choice, all);
  const covered = new Set(evidenceIds);
  return { evidenceIds, records: choice.records.filter((r) => covered.has(r.evidenceId)) };
}

/** Checks a choice against the case: every item is one of its items, every record is in a chosen item
 * and inside its table. Throws a message that names what is wrong; nothing is saved then. */
export function checkItemsChoice(wb: ReportContext, caseId: string, choice: ReportItemsChoice): void {
  const all = listEvidence(wb.vault.db, caseId);
  if (choice.evidenceIds !== null && choice.evidenceIds.length === 0) throw new SakshyaError('INVALID_INPUT', 'A report covers at least one evidence item; choose one, or every parsed item. Nothing was saved.');
  if (choice.evidenceIds !== null) selectEvidence(all, choice.evidenceIds, caseId);
  const covered = new Set(chosenItemIds(choice, all));
  for (const r of choice.records) {
    if (!all.some((e) => e.id === r.evidenceId)) throw new SakshyaError('INVALID_INPUT', `Record ${r.row + 1} names item ${JSON.stringify(r.evidenceId)}, which is not in case ${caseId}; nothing was saved.`);
    if (!covered.has(r.evidenceId)) throw new SakshyaError('INVALID_INPUT', `Record ${r.row + 1} of item ${r.evidenceId} is in an item the report does not cover; choose the item too. Nothing was saved.`);
    const { table } = pickTable(wb.vault, caseId, r.evidenceId, r.table ?? undefined);
    if (r.row >= table.records) throw new SakshyaError('NOT_FOUND', `Record ${r.row + 1} is past the end of table ${table.name} of item ${r.evidenceId} (${table.records} records); nothing was saved.`);
  }
}

const sameChoice = (a: ReportItemsChoice, b: ReportItemsChoice): boolean =>
  JSON.stringify(a.evidenceIds === null ? null : [...a.evidenceIds].sort()) === JSON.stringify(b.evidenceIds === null ? null : [...b.evidenceIds].sort()) &&
  JSON.stringify(a.records.map(recordKey).sort()) === JSON.stringify(b.records.map(recordKey).sort());

/** Saves a choice (one custody entry) unless it is the one saved already. Returns whether it changed. */
export function saveItemsChoice(wb: ReportContext, caseId: string, choice: ReportItemsChoice): boolean {
  checkItemsChoice(wb, caseId, choice);
  // One record once, whatever order or repetition the caller sent.
  const seen = new Set<string>();
  const records = choice.records.filter((r) => (seen.has(recordKey(r)) ? false : (seen.add(recordKey(r)), true)));
  const evidenceIds = choice.evidenceIds === null ? null : [...new Set(choice.evidenceIds)];
  const next: ReportItemsChoice = { evidenceIds, records };
  return wb.vault.transaction((db) => {
    if (sameChoice(loadItemsChoice(db, caseId), next)) return false;
    const all = listEvidence(db, caseId);
    appendEvent(db, { caseId, action: 'report.items_chosen', at: wb.now(), details: choiceDetails(next, chosenItemIds(next, all).length, all.length) });
    return true;
  });
}

/** The chosen records as the annex prints them: every field redacted as the records grid shows it, with the
 * record's tags and notes (the model redacts those free texts). Records outside `covered` are left out. */
export function readRecordsOfInterest(wb: ReportContext, caseId: string, refs: readonly ReportRecordRef[], covered: ReadonlySet<string>): RecordOfInterest[] {
  const ctx = wb.redaction(caseId);
  const marks = listBookmarks(wb.vault.db, caseId).reverse();
  const out: RecordOfInterest[] = [];
  const seen = new Set<string>();
  for (const r of refs) {
    if (!covered.has(r.evidenceId)) continue;
    const { evidence, table } = pickTable(wb.vault, caseId, r.evidenceId, r.table ?? undefined);
    const key = `${r.evidenceId}\u0000${table.name}\u0000${r.row}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (r.row >= table.records) throw new SakshyaError('NOT_FOUND', `Record ${r.row + 1} is past the end of table ${table.name} of item ${r.evidenceId} (${table.records} records).`);
    const columns = columnsOf(table);
    const row = redactRow(rawRows(wb.vault, table, r.row, 1)[0] ?? [], columns, ctx);
    // A bookmark without a table named the item's first table.
    const first = pickTable(wb.vault, caseId, r.evidenceId).table.name;
    const mine = marks.filter((b) => b.evidenceId === r.evidenceId && b.row === r.row && (b.table ?? first) === table.name);
    out.push({
      evidenceId: r.evidenceId,
      evidenceName: evidence.name,
      table: table.name,
      record: r.row + 1,
      fields: columns.map((c, i) => ({ column: c.name, value: row[i] ?? null })),
      tags: mine.filter((b) => b.kind === 'tag').map((b) => b.text),
      notes: mine.filter((b) => b.kind === 'note').map((b) => ({ at: b.at, author: b.examiner, text: b.text })),
    });
  }
  return out;
}
