// Which items an analysis speaks for: only items that were parsed have records to judge. Items stored but
// not parsed (an unknown format, a failed or cancelled import) get no verdict card and no heat-map row;
// they are listed apart as not analysed, with their status and reason.
import type { AnalysisView, EvidenceInfo } from '../../../shared/api/contract';

const PARSED: ReadonlySet<EvidenceInfo['status']> = new Set(['parsed', 'malformed']);

export interface AnalysedSplit {
  /** The analysis restricted to parsed items: their verdicts, and the overlap matrix without the others. */
  evidence: AnalysisView['evidence'];
  matrix: AnalysisView['matrix'];
  /** Items with no records to analyse, in list order. */
  notAnalysed: EvidenceInfo[];
}

export function splitAnalysed(analysis: AnalysisView, items: readonly EvidenceInfo[]): AnalysedSplit {
  const parsed = new Set(items.filter((i) => PARSED.has(i.status)).map((i) => i.id));
  // An item the list does not know (another case's sample in a cross-case run) is kept as the core gave it.
  const known = new Set(items.map((i) => i.id));
  const keep = (id: string) => parsed.has(id) || !known.has(id);
  const idx = analysis.matrix.ids.map((id, i) => (keep(id) ? i : -1)).filter((i) => i >= 0);
  return {
    evidence: analysis.evidence.filter((e) => keep(e.evidenceId)),
    matrix: {
      ids: idx.map((i) => analysis.matrix.ids[i]!),
      shared: idx.map((i) => idx.map((j) => analysis.matrix.shared[i]?.[j] ?? 0)),
      containment: idx.map((i) => idx.map((j) => analysis.matrix.containment[i]?.[j] ?? 0)),
    },
    notAnalysed: items.filter((i) => !PARSED.has(i.status)),
  };
}
