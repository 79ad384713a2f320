// examiner.*: pin another examiner's public key, list the pinned keys.
import { appendEvent, VAULT_LOG } from '../../store/events';
import { loadExaminer } from '../../store/examiner';
import { parsePublicKeyText, trustExaminer, trustedExaminers } from '../../store/trusted-keys';
import type { HandlerDeps, Handlers } from './deps';

export function examinerHandlers(wb: HandlerDeps): Pick<Handlers, 'examiner.trust' | 'examiner.trusted'> {
  return {
    'examiner.trust': async (r) => {
      const key = parsePublicKeyText(r.publicKey);
      const own = loadExaminer(wb.vault.db)!.publicKey;
      return wb.vault.transaction((db) => {
        const t = trustExaminer(db, key.publicKey, r.name ?? key.comment ?? '', own, wb.now());
        if (t.added) appendEvent(db, { caseId: VAULT_LOG, action: 'examiner.trusted', actor: wb.actor, at: wb.now(), details: { name: t.examiner.name, keyFingerprint: t.examiner.keyFingerprint } });
        return { ...t.examiner, added: t.added };
      });
    },
    'examiner.trusted': async () => trustedExaminers(wb.vault.db),
  };
}
