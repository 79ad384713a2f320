// Handlers for reading records in sorted order (issue #16). Building a sort is logged like a search (what
// was sorted, never a value); the pages shown are logged like page views, with their sort.
import type { ParsedRequest, Response } from '../../../../shared/api/contract';
import type { HandlerDeps } from './deps';
import { appendEvent } from '../../store/events';
import { sortedRowsPage } from '../../records/sorted-rows';
import { sortedViewLog } from '../../records/sorted-views';

export const recordsHandlers = (wb: HandlerDeps) => ({
  'evidence.sortedRows': async (r: ParsedRequest<'evidence.sortedRows'>): Promise<Response<'evidence.sortedRows'>> => {
    const { page, built, records } = sortedRowsPage(wb.vault, r, wb.redaction(r.caseId));
    if (built) {
      wb.vault.transaction((db) =>
        appendEvent(db, {
          caseId: r.caseId,
          action: 'evidence.sorted',
          at: wb.now(),
          details: { evidenceId: r.evidenceId, table: page.table, column: page.sort.column, direction: page.sort.direction, compared: page.sort.compared, records },
        }),
      );
    }
    if (page.rows.length > 0) {
      sortedViewLog(wb).note({
        caseId: r.caseId,
        evidenceId: r.evidenceId,
        table: page.table,
        column: page.sort.column,
        direction: page.sort.direction,
        from: r.offset,
        to: r.offset + page.rows.length,
      });
    }
    return page;
  },
});
