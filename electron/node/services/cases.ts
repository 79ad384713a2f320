// Cases: list, create, rename; every change is recorded in the case's custody log in the same transaction.
import type { CaseInfo } from '../../../shared/api/contract';
import { appendEvent } from '../store/events';
import { getCase, insertCase, listCases, updateCaseTitle } from '../store/cases';
import type { VaultSession } from './vault-session';

export class CaseService {
  constructor(private readonly session: VaultSession) {}

  list(): CaseInfo[] {
    return listCases(this.session.vault.db);
  }

  /** The case, or NOT_FOUND. */
  get(caseId: string): CaseInfo {
    return getCase(this.session.vault.db, caseId);
  }

  create(title: string, ref: string): CaseInfo {
    const s = this.session;
    return s.vault.transaction((db) => {
      const c = insertCase(db, title, ref, s.now());
      appendEvent(db, { caseId: c.id, action: 'case.created', at: s.now(), details: { title: c.title, ref: c.ref } });
      return c;
    });
  }

  rename(caseId: string, title: string): CaseInfo {
    const s = this.session;
    return s.vault.transaction((db) => {
      const before = getCase(db, caseId);
      const c = updateCaseTitle(db, caseId, title);
      appendEvent(db, { caseId: c.id, action: 'case.renamed', at: s.now(), details: { from: before.title, to: c.title } });
      return c;
    });
  }
}
