// Custody-log methods the `sakshya` CLI uses beyond the window's timeline: the stored log, consistency and
// inclusion proofs, the CASE/UCO JSON-LD export and the examiner's public key (issue #17).
import { SakshyaError } from '../../../../shared/api/errors';
import { buildInclusionDocument, displayFingerprint, formatPublicKey, keyFingerprint } from '../../../../shared/custody';
import { caseJsonLd } from '../../custody/case-export';
import { readCheckpoints, readEntries } from '../../store/custody-log';
import { nodeCustodyCrypto } from '../../vault/node-crypto';
import { describeProblem } from '../../custody/custody-view';
import { checkSinceRoot } from '../../custody/verify-case';
import { loadExaminer } from '../../store/examiner';
import { getCase } from '../../store/cases';
import type { HandlerDeps, Handlers } from './deps';

type CliCustodyMethods = 'custody.entries' | 'custody.consistency' | 'custody.prove' | 'custody.exportJsonLd' | 'examiner.publicKey';

export function cliCustodyHandlers(wb: HandlerDeps): Pick<Handlers, CliCustodyMethods> {
  return {
    'custody.entries': async (r) => {
      getCase(wb.vault.db, r.caseId);
      return { entries: readEntries(wb.vault.db, r.caseId), checkpoints: readCheckpoints(wb.vault.db, r.caseId) };
    },
    'custody.consistency': async (r) => {
      getCase(wb.vault.db, r.caseId);
      return checkSinceRoot(wb.vault, r.caseId, r.root, r.size);
    },
    'custody.prove': async (r) => {
      getCase(wb.vault.db, r.caseId);
      // A proof is issued only for a log that verifies (the run is itself recorded, as `verify` records it).
      const res = wb.verifyCase(r.caseId);
      if (!res.ok) throw new SakshyaError('VERIFY_FAILED', `The case does not verify, so no proof is issued. ${describeProblem(res.firstBad)}`);
      const entries = readEntries(wb.vault.db, r.caseId);
      const cp = readCheckpoints(wb.vault.db, r.caseId).at(-1);
      if (!cp) throw new SakshyaError('NOT_FOUND', 'The case has no signed checkpoint yet.');
      if (r.entry >= cp.treeSize) throw new SakshyaError('NOT_FOUND', `Entry ${r.entry} is not covered by the latest checkpoint (${cp.treeSize} entries).`);
      return buildInclusionDocument(entries, r.entry, cp, nodeCustodyCrypto);
    },
    'custody.exportJsonLd': async (r) => caseJsonLd(wb.vault, r.caseId).doc,
    'examiner.publicKey': async () => {
      const ex = loadExaminer(wb.vault.db)!;
      return {
        text: formatPublicKey(ex.publicKey, ex.name.replace(/[\u0000-\u001f\u007f]/g, ' ')) + '\n',
        fingerprint: displayFingerprint(keyFingerprint(ex.publicKey, nodeCustodyCrypto)),
      };
    },
  };
}
