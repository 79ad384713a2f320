// API handlers for the choice of what a case's reports cover: evidence items and bookmarked records.
// Storage and checks in report/report-items (the choice is a custody entry of IDs and counts).
import type { HandlerDeps, Handlers } from './deps';
import { getCase } from '../../store/cases';
import { loadItemsChoice, resolveItemsChoice, saveItemsChoice } from '../../report/report-items';
import type { ReportItemsChoice } from '../../../../shared/report/items';

function view(wb: HandlerDeps, caseId: string, choice: ReportItemsChoice) {
  return { evidenceIds: choice.evidenceIds, records: choice.records, covered: resolveItemsChoice(wb.vault.db, caseId, choice).evidenceIds };
}

export const reportItemsHandlers = (wb: HandlerDeps): Pick<Handlers, 'report.items' | 'report.setItems'> => ({
  'report.items': async (r) => {
    getCase(wb.vault.db, r.caseId);
    return view(wb, r.caseId, loadItemsChoice(wb.vault.db, r.caseId));
  },
  'report.setItems': async (r) => {
    getCase(wb.vault.db, r.caseId);
    const changed = saveItemsChoice(wb, r.caseId, { evidenceIds: r.evidenceIds, records: r.records });
    return { ...view(wb, r.caseId, loadItemsChoice(wb.vault.db, r.caseId)), changed };
  },
});
