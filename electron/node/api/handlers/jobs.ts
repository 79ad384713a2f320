// jobs.*: long work (imports) the renderer follows and may cancel.
import type { HandlerDeps, Handlers } from './deps';

export function jobHandlers(wb: HandlerDeps): Pick<Handlers, 'jobs.get' | 'jobs.list' | 'jobs.cancel'> {
  return {
    'jobs.get': async (r) => wb.jobs.get(r.jobId),
    'jobs.list': async () => wb.jobs.list(),
    'jobs.cancel': async (r) => wb.jobs.cancel(r.jobId),
  };
}
