// custody.*, notes.*, tags.*: the log, its verification, and the examiner's own entries (notes, tags).
import { entryView, verifyView } from '../../custody/custody-view';
import type { HandlerDeps, Handlers } from './deps';

type CustodyMethods = 'custody.log' | 'custody.verify' | 'notes.add' | 'tags.add';

export function custodyHandlers({ custody }: HandlerDeps): Pick<Handlers, CustodyMethods> {
  return {
    'custody.log': async (r) => custody.log(r.caseId),
    'custody.verify': async (r) => verifyView(custody.verify(r.caseId)),
    'notes.add': async (r) => entryView(custody.addNote(r.caseId, r.text, r.evidenceId, r.row)),
    'tags.add': async (r) => entryView(custody.addTag(r.caseId, r.evidenceId, r.tag, r.row)),
  };
}
