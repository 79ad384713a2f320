// jobs.*: long work (imports) the renderer follows and may cancel.
import type { HandlerDeps, Handlers } from './deps';

export function jobHandlers({ jobs }: HandlerDeps): Pick<Handlers, 'jobs.get' | 'jobs.list' | 'jobs.cancel'> {
  return {
    'jobs.get': async (r) => jobs.get(r.jobId),
    'jobs.list': async () => jobs.list(),
    'jobs.cancel': async (r) => jobs.cancel(r.jobId),
  };
}
