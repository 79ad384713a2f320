// The report fields of a case (shared/report/fields.ts), kept in the encrypted case database. Saving logs
// a custody entry naming the fields that changed, never their text: a free-text field may hold personal
// data (a contact number, a named person), and the custody log is copied into every report bundle and
// hand-over. The text itself is fixed by the report that prints it (its PDF hash is in report.generated).
import type { Database } from 'sql.js';
import { REPORT_FIELD_NAMES, type ReportFieldName, type ReportFields } from '../../../shared/report/fields';

export function loadReportFields(db: Database, caseId: string): ReportFields {
  const v = db.exec('SELECT body FROM report_fields WHERE case_id = ?', [caseId])[0]?.values[0]?.[0];
  if (typeof v !== 'string') return {};
  const stored = JSON.parse(v) as Record<string, unknown>;
  // Only known fields with text: a later build that drops a field does not print stale text under another name.
  return Object.fromEntries(REPORT_FIELD_NAMES.flatMap((f) => (typeof stored[f] === 'string' && stored[f] !== '' ? [[f, stored[f]]] : [])));
}

/** Applies a change ('' or whitespace clears a field; fields absent are kept); returns the new fields and
 * the names of those that changed, in form order. Writes nothing when nothing changed. */
export function saveReportFields(db: Database, caseId: string, patch: ReportFields): { fields: ReportFields; changed: ReportFieldName[] } {
  const before = loadReportFields(db, caseId);
  const after: ReportFields = { ...before };
  for (const f of REPORT_FIELD_NAMES) {
    const v = patch[f];
    if (v === undefined) continue;
    const t = v.trim();
    if (t === '') delete after[f];
    else after[f] = t;
  }
  const changed = REPORT_FIELD_NAMES.filter((f) => before[f] !== after[f]);
  if (changed.length > 0) db.run('INSERT OR REPLACE INTO report_fields(case_id, body) VALUES (?, ?)', [caseId, JSON.stringify(after)]);
  return { fields: after, changed };
}
