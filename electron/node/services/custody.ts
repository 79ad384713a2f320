// Custody: the case's log as the app shows it, its verification (a passing run is itself recorded), and the
// examiner's own entries (notes and tags).
import type { CustodyEntry } from '../../../shared/custody';
import { appendEvent } from '../store/events';
import { getCase } from '../store/cases';
import { getEvidence } from '../store/evidence';
import { verifyCase, type CaseVerifyResult } from '../custody/verify-case';
import { custodyLogView } from '../custody/custody-view';
import { TOOL_VERSION } from '../version';
import type { VaultSession } from './vault-session';
import type { ViewLog } from './view-log';

export class CustodyService {
  constructor(
    private readonly session: VaultSession,
    private readonly views: ViewLog,
  ) {}

  log(caseId: string) {
    const vault = this.session.vault;
    getCase(vault.db, caseId);
    return custodyLogView(vault, caseId);
  }

  /** Verifies a case's custody log and evidence; a passing run is itself recorded. */
  verify(caseId: string): CaseVerifyResult {
    const s = this.session;
    getCase(s.vault.db, caseId);
    this.views.flush();
    const res = verifyCase(s.vault, caseId);
    if (res.ok) {
      s.vault.transaction((db) =>
        appendEvent(db, { caseId, action: 'verify.run', at: s.now(), details: { entries: res.entries, evidence: res.evidence, bytes: res.bytes, root: res.root, tool: TOOL_VERSION } }),
      );
    }
    return res;
  }

  addNote(caseId: string, text: string, evidenceId?: string, row?: number): CustodyEntry {
    const s = this.session;
    getCase(s.vault.db, caseId);
    if (evidenceId) getEvidence(s.vault.db, caseId, evidenceId);
    return s.vault.transaction((db) =>
      appendEvent(db, {
        caseId,
        action: 'note.added',
        at: s.now(),
        details: { text, ...(evidenceId ? { evidenceId } : {}), ...(row !== undefined ? { record: row + 1 } : {}) },
      }),
    );
  }

  addTag(caseId: string, evidenceId: string, tag: string, row?: number): CustodyEntry {
    const s = this.session;
    getEvidence(s.vault.db, caseId, evidenceId);
    return s.vault.transaction((db) =>
      appendEvent(db, {
        caseId,
        action: 'tag.added',
        at: s.now(),
        details: { evidenceId, tag, ...(row !== undefined ? { record: row + 1 } : {}) },
      }),
    );
  }
}
