// case.*: list, create, rename.
import { appendEvent } from '../../store/events';
import { getCase, insertCase, listCases, updateCaseTitle } from '../../store/cases';
import type { HandlerDeps, Handlers } from './deps';

type CaseMethods = 'case.list' | 'case.create' | 'case.rename';

export function caseHandlers(wb: HandlerDeps): Pick<Handlers, CaseMethods> {
  return {
    'case.list': async () => listCases(wb.vault.db),
    'case.create': async (r) => wb.vault.transaction((db) => {
      const c = insertCase(db, r.title, r.ref ?? '', wb.now());
      appendEvent(db, { caseId: c.id, action: 'case.created', actor: wb.actor, at: wb.now(), details: { title: c.title, ref: c.ref } });
      return c;
    }),
    'case.rename': async (r) => wb.vault.transaction((db) => {
      const before = getCase(db, r.id);
      const c = updateCaseTitle(db, r.id, r.title);
      appendEvent(db, { caseId: c.id, action: 'case.renamed', actor: wb.actor, at: wb.now(), details: { from: before.title, to: c.title } });
      return c;
    }),
  };
}
