// custody.*, notes.*, tags.*: the log, its verification, and the examiner's own entries (notes, tags).
import { appendEvent } from '../../store/events';
import { getCase } from '../../store/cases';
import { getEvidence } from '../../store/evidence';
import { custodyLogView, entryView, verifyView } from '../../custody/custody-view';
import type { HandlerDeps, Handlers } from './deps';

type CustodyMethods = 'custody.log' | 'custody.verify' | 'notes.add' | 'tags.add';

export function custodyHandlers(wb: HandlerDeps): Pick<Handlers, CustodyMethods> {
  return {
    'custody.log': async (r) => {
      getCase(wb.vault.db, r.caseId);
      return custodyLogView(wb.vault, r.caseId);
    },
    'custody.verify': async (r) => verifyView(wb.verifyCase(r.caseId)),
    'notes.add': async (r) => {
      getCase(wb.vault.db, r.caseId);
      if (r.evidenceId) getEvidence(wb.vault.db, r.caseId, r.evidenceId);
      const entry = wb.vault.transaction((db) =>
        appendEvent(db, {
          caseId: r.caseId,
          action: 'note.added',
          at: wb.now(),
          details: { text: r.text, ...(r.evidenceId ? { evidenceId: r.evidenceId } : {}), ...(r.row !== undefined ? { record: r.row + 1 } : {}) },
        }),
      );
      return entryView(entry);
    },
    'tags.add': async (r) => {
      getEvidence(wb.vault.db, r.caseId, r.evidenceId);
      const entry = wb.vault.transaction((db) =>
        appendEvent(db, {
          caseId: r.caseId,
          action: 'tag.added',
          at: wb.now(),
          details: { evidenceId: r.evidenceId, tag: r.tag, ...(r.row !== undefined ? { record: r.row + 1 } : {}) },
        }),
      );
      return entryView(entry);
    },
  };
}
