// examiner.*: pin another examiner's public key, list the pinned keys.
import type { HandlerDeps, Handlers } from './deps';

export function examinerHandlers({ examiner }: HandlerDeps): Pick<Handlers, 'examiner.trust' | 'examiner.trusted'> {
  return {
    'examiner.trust': async (r) => examiner.trust(r.publicKey, r.name),
    'examiner.trusted': async () => examiner.trusted(),
  };
}
