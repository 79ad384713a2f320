// Puts the analysis in words in a report's language: reason codes with their figures, overlaps between
// items, the headline count of people. The analysis itself returns codes and numbers only.
import { fmtCount, fmtPct } from '../analysis/format';
import type { CaseTotals, Reason } from '../analysis/types';
import { analysisEn, analysisHi, type AnalysisStrings, type ReasonWords } from './analysis-strings';
import type { ReportLang } from './model';

const CATALOGUE: Record<ReportLang, AnalysisStrings> = { en: analysisEn, hi: analysisHi };

export function analysisStrings(lang: ReportLang): AnalysisStrings {
  return CATALOGUE[lang] ?? analysisEn;
}

/** A reason's parameters as words: counts in Indian grouping, shares as percentages, test figures rounded. */
function words(r: Reason): ReasonWords {
  const out: ReasonWords = {};
  const num = (k: string): number => (typeof r.params[k] === 'number' ? (r.params[k] as number) : Number(r.params[k] ?? 0));
  for (const [k, v] of Object.entries(r.params)) {
    if (typeof v === 'string') out[k] = v;
    else if (k === 'share') out[k] = fmtPct(v);
    else if (k === 'chiSquare') out[k] = v.toFixed(1);
    else if (k === 'p') out[k] = v.toFixed(2);
    else out[k] = fmtCount(v);
  }
  const share = (part: string, whole: string) => (num(whole) > 0 ? fmtPct(num(part) / num(whole)) : fmtPct(0));
  out.validShare = share('valid', 'total');
  out.badShare = share('bad', 'total');
  out.rowsShare = share('rows', 'records');
  return out;
}

/** One reason in words; an unknown code (from a newer version) is shown as its code, never dropped. */
export function reasonText(r: Reason, lang: ReportLang = 'en'): string {
  const s = analysisStrings(lang);
  const f = Object.prototype.hasOwnProperty.call(s.reasons, r.code) ? s.reasons[r.code] : null;
  const w = words(r);
  // A source in another case is named with its case, in the reader's language.
  if (w.source !== undefined && w.sourceCase !== undefined) w.source = s.otherCase(w.source, w.sourceCase);
  const text = f ? f(w, s) : r.code;
  return r.caveat ? s.caveat(text) : text;
}

/** The overlap figures the report needs, read from an analysis overlap of any version. */
export interface OverlapFacts {
  a: string;
  b: string;
  bCaseId?: string;
  shared: number;
  /** Identifiers of a (and b) that were compared: of the identifier types both hold. */
  aCompared: number | null;
  bCompared: number | null;
}

export function overlapFacts(o: unknown): OverlapFacts | null {
  if (typeof o !== 'object' || o === null) return null;
  const r = o as Record<string, unknown>;
  if (typeof r.a !== 'string' || typeof r.b !== 'string' || typeof r.shared !== 'number') return null;
  const n = (...keys: string[]): number | null => {
    for (const k of keys) if (typeof r[k] === 'number') return r[k] as number;
    return null;
  };
  return {
    a: r.a,
    b: r.b,
    ...(typeof r.bCaseId === 'string' ? { bCaseId: r.bCaseId } : {}),
    shared: r.shared,
    aCompared: n('aCompared', 'aTokens'),
    bCompared: n('bCompared', 'bTokens'),
  };
}

/** Sentences for one overlap, each direction that shares anything: "a: 1,234 of its 1,715 identifiers (72.0%) also appear in b." */
export function overlapSentences(o: OverlapFacts, nameOf: (id: string, caseId?: string) => string, lang: ReportLang = 'en'): string[] {
  const s = analysisStrings(lang);
  if (o.shared <= 0) return [];
  const a = nameOf(o.a), b = o.bCaseId ? s.otherCase(nameOf(o.b, o.bCaseId), o.bCaseId) : nameOf(o.b);
  if (o.aCompared === null || o.bCompared === null) return [s.overlapShared(a, b, fmtCount(o.shared))];
  const out: string[] = [];
  const one = (x: string, total: number, y: string) => {
    if (total > 0) out.push(s.overlap(x, fmtCount(o.shared), fmtCount(total), fmtPct(Math.min(1, o.shared / total)), y));
  };
  one(a, o.aCompared, b);
  one(b, o.bCompared, a);
  return out;
}

export function totalsText(t: CaseTotals, lang: ReportLang = 'en'): string {
  return analysisStrings(lang).totals(fmtCount(t.records), fmtCount(t.items), fmtCount(t.people));
}
