// Case hand-over between examiners as contract methods (issue #17): seal a case for a recipient's key, and
// receive one sealed for this vault from a pinned sender.
import { exportCase, receiveCase } from '../../custody/transfer';
import { parsePublicKeyText } from '../../store/trusted-keys';
import type { HandlerDeps, Handlers } from './deps';

export function transferHandlers(wb: HandlerDeps): Pick<Handlers, 'case.export' | 'case.receive'> {
  return {
    'case.export': async (r) => exportCase(wb.vault, r.caseId, parsePublicKeyText(r.to).publicKey, r.out, wb.now()),
    'case.receive': async (r) => {
      const senderKey = r.from !== undefined ? parsePublicKeyText(r.from).publicKey : undefined;
      return receiveCase(wb.vault, r.path, wb.now(), senderKey ? { senderKey } : {});
    },
  };
}
