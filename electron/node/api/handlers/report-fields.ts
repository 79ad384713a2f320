// API handlers for the report fields of a case (findings and annex fields); storage in store/report-fields.
import type { HandlerDeps } from './deps';
import { getCase } from '../../store/cases';
import { appendEvent } from '../../store/events';
import { loadReportFields, saveReportFields } from '../../store/report-fields';
import { DEFAULT_POLICY, redactText } from '../../../../shared/pii';
import { EXAMINER_OWN_FIELDS, type ReportFields } from '../../../../shared/report/fields';

/** The renderer only ever sees redacted text: an identifier typed into a field comes back masked. The
 * examiner's own contact is not suspect data: it comes back (and prints) as typed. */
function redacted(f: ReportFields): ReportFields {
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, EXAMINER_OWN_FIELDS.has(k) ? v : redactText(v, DEFAULT_POLICY)]));
}

export const reportFieldHandlers = (wb: HandlerDeps) => ({
  'report.fields': async (r: { caseId: string }) => {
    getCase(wb.vault.db, r.caseId);
    return redacted(loadReportFields(wb.vault.db, r.caseId));
  },
  'report.setFields': async (r: { caseId: string; fields: ReportFields }) => {
    getCase(wb.vault.db, r.caseId);
    const res = wb.vault.transaction((db) => {
      const saved = saveReportFields(db, r.caseId, r.fields);
      if (saved.changed.length > 0) appendEvent(db, { caseId: r.caseId, action: 'report.fields_saved', at: wb.now(), details: { fields: saved.changed } });
      return saved;
    });
    return { fields: redacted(res.fields), changed: res.changed };
  },
});
