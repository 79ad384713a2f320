// case.*: list, create, rename.
import type { HandlerDeps, Handlers } from './deps';

type CaseMethods = 'case.list' | 'case.create' | 'case.rename';

export function caseHandlers({ cases }: HandlerDeps): Pick<Handlers, CaseMethods> {
  return {
    'case.list': async () => cases.list(),
    'case.create': async (r) => cases.create(r.title, r.ref ?? ''),
    'case.rename': async (r) => cases.rename(r.id, r.title),
  };
}
