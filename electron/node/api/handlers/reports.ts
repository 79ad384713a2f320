// report.*: generate a case report (PDF + signed bundle).
import type { HandlerDeps, Handlers } from './deps';

export function reportHandlers({ reports }: HandlerDeps): Pick<Handlers, 'report.generate'> {
  return {
    'report.generate': async (r) => {
      const g = await reports.generate(r.caseId, r.template, r.lang);
      return { dir: g.dir, pdfSha256: g.pdfSha256, manifestSha256: g.manifestSha256, files: g.files };
    },
  };
}
