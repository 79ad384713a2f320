// The examiner: other examiners' keys this vault pins (a hand-over is accepted only from a pinned key).
import type { TrustedExaminer } from '../../../shared/api/contract';
import { appendEvent, VAULT_LOG } from '../store/events';
import { loadExaminer } from '../store/examiner';
import { parsePublicKeyText, trustExaminer, trustedExaminers } from '../store/trusted-keys';
import type { VaultSession } from './vault-session';

export class ExaminerService {
  constructor(private readonly session: VaultSession) {}

  /** Pins another examiner's key (the text of a `sakshya examiner key` file); pinning it again changes nothing. */
  trust(publicKeyText: string, name?: string): TrustedExaminer & { added: boolean } {
    const s = this.session;
    const key = parsePublicKeyText(publicKeyText);
    const own = loadExaminer(s.vault.db)!.publicKey;
    return s.vault.transaction((db) => {
      const t = trustExaminer(db, key.publicKey, name ?? key.comment ?? '', own, s.now());
      if (t.added) appendEvent(db, { caseId: VAULT_LOG, action: 'examiner.trusted', at: s.now(), details: { name: t.examiner.name, keyFingerprint: t.examiner.keyFingerprint } });
      return { ...t.examiner, added: t.added };
    });
  }

  trusted(): TrustedExaminer[] {
    return trustedExaminers(this.session.vault.db);
  }
}
