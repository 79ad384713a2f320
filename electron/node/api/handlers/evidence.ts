// evidence.*: the list, the file picker, imports (as jobs), rows and search (redacted), reveal, images.
import type { HandlerDeps, Handlers } from './deps';

type EvidenceMethods =
  | 'evidence.list'
  | 'evidence.pickFiles'
  | 'evidence.import'
  | 'evidence.rows'
  | 'evidence.search'
  | 'evidence.reveal'
  | 'evidence.image'
  | 'evidence.revealFinding';

export function evidenceHandlers({ evidence }: HandlerDeps): Pick<Handlers, EvidenceMethods> {
  return {
    'evidence.list': async (r) => evidence.list(r.caseId),
    'evidence.pickFiles': async () => evidence.pickFiles(),
    'evidence.import': async (r) => evidence.startImport(r.caseId, r.paths, r.reason),
    'evidence.rows': async (r) => evidence.rows(r.caseId, r.evidenceId, r.table, r.offset, r.limit),
    'evidence.search': async (r) => evidence.search(r.caseId, r.evidenceId, r.table, r.query, r.limit),
    'evidence.reveal': async (r) => evidence.reveal(r.caseId, r.evidenceId, r.table, r.row, r.column, r.reason),
    'evidence.image': async (r) => evidence.image(r.caseId, r.evidenceId, { page: r.page, image: r.image }),
    'evidence.revealFinding': async (r) => evidence.revealFinding(r.caseId, r.evidenceId, { page: r.page, image: r.image }, r.finding, r.reason),
  };
}
