// Case hand-over between examiners as contract methods (issue #17): seal a case for a recipient's key, and
// receive one sealed for this vault from a pinned sender.
import { exportCase, receiveCase } from '../../custody/transfer';
import { parsePublicKeyText } from '../../custody/trusted-keys';
import type { Handlers, Workbench } from '../../core/workbench';

export function transferHandlers(wb: Workbench): Pick<Handlers, 'case.export' | 'case.receive'> {
  return {
    'case.export': async (r) => exportCase(wb.vault, r.caseId, parsePublicKeyText(r.to).publicKey, r.out, wb.now()),
    'case.receive': async (r) => {
      const senderKey = r.from !== undefined ? parsePublicKeyText(r.from).publicKey : undefined;
      return receiveCase(wb.vault, r.path, wb.now(), senderKey ? { senderKey } : {});
    },
  };
}
