// Which evidence items and which bookmarked records a report covers. The examiner chooses them in the
// Reports tab (or `sakshya report --items`); the choice is a custody entry (report.items_chosen) holding
// item IDs and record positions only, never a value, so it is saved in the case and logged at once.

/** A record as bookmarks name it: the item, its table (null: the item's first table) and the 0-based row. */
export interface ReportRecordRef {
  evidenceId: string;
  table: string | null;
  row: number;
}

/** evidenceIds null: every parsed item of the case, whenever the report is written (the default). */
export interface ReportItemsChoice {
  evidenceIds: string[] | null;
  records: ReportRecordRef[];
}

export const DEFAULT_ITEMS_CHOICE: ReportItemsChoice = { evidenceIds: null, records: [] };

/** Statuses of items a report covers by default: read as records (with or without malformed lines). Items
 * stored but not parsed (archives, binaries, unreadable images) are left to the examiner to add. */
export const PARSED_STATUSES: readonly string[] = ['parsed', 'malformed'];

export const isParsedStatus = (status: string): boolean => PARSED_STATUSES.includes(status);

/** One key per record, for comparing choices and bookmarks. */
export const recordKey = (r: ReportRecordRef): string => `${r.evidenceId}\u0000${r.table ?? ''}\u0000${r.row}`;

/** The items a choice stands for, in the case's order: `all` is the case's items with their statuses. By
 * default every parsed item; a case with none parsed (only archives, unreadable images) gets every item,
 * so a report of its hashes is never empty by default. */
export function chosenItemIds(choice: ReportItemsChoice, all: readonly { id: string; status: string }[]): string[] {
  if (choice.evidenceIds === null) {
    const parsed = all.filter((e) => isParsedStatus(e.status));
    return (parsed.length > 0 ? parsed : all).map((e) => e.id);
  }
  const want = new Set(choice.evidenceIds);
  return all.filter((e) => want.has(e.id)).map((e) => e.id);
}

/** IDs a choice names that are not items of the case (a report naming one is refused). */
export function unknownItemIds(ids: readonly string[], all: readonly { id: string }[]): string[] {
  const have = new Set(all.map((e) => e.id));
  return [...new Set(ids)].filter((id) => !have.has(id));
}

/** The choice as stored in a report.items_chosen custody entry: IDs, positions and counts only. */
export function choiceDetails(choice: ReportItemsChoice, items: number, caseItems: number): Record<string, unknown> {
  return {
    evidenceIds: choice.evidenceIds,
    records: choice.records.map((r) => ({ evidenceId: r.evidenceId, table: r.table, record: r.row + 1 })),
    items,
    caseItems,
    recordCount: choice.records.length,
  };
}

/** Reads a choice back from a report.items_chosen entry's details; null if they are not one. */
export function choiceFromDetails(d: Record<string, unknown>): ReportItemsChoice | null {
  const ids = d.evidenceIds;
  if (ids !== null && !(Array.isArray(ids) && ids.every((x) => typeof x === 'string'))) return null;
  if (!Array.isArray(d.records)) return null;
  const records: ReportRecordRef[] = [];
  for (const r of d.records as unknown[]) {
    const x = r as Record<string, unknown>;
    if (typeof x !== 'object' || x === null || typeof x.evidenceId !== 'string' || typeof x.record !== 'number' || !(x.table === null || typeof x.table === 'string')) return null;
    records.push({ evidenceId: x.evidenceId, table: x.table as string | null, row: x.record - 1 });
  }
  return { evidenceIds: ids as string[] | null, records };
}
