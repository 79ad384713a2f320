// The verdict and its reasons. Each check gives an interval for its pass rate (Wilson, 99.9%), and the
// rules compare intervals, not point rates, with two reference levels per check: what random values
// score and what genuine records score. So 30 values can already rule out random digits, and 10 lakh
// values cannot be called fabricated by a rounding wobble.
//
//   insufficient  no identifier column, or fewer than MIN_VALUES identifier values to check
//   recycled      at least CONTAINMENT_THRESHOLD of its identifier tokens are in another sample
//                 (the earlier one, when two samples contain each other)
//   fabricated    a decisive check is significantly below genuine levels (interval entirely below),
//                 or two supporting checks are (PIN regions, PAN holder type, impossible dates,
//                 repeated rows)
//   genuine       no decisive check below genuine levels, and at least one check significantly
//                 above what random values score; the wording is "consistent with genuine records"
//   insufficient  otherwise: the checks cannot tell this sample from random values
import { CHECKS, CHECK_KINDS } from './checks';
import { reasonTextEn } from './reason-text';
import { wilson } from './stats';
import type { CheckKind, Figures, Reason, Verdict } from './types';

export const MIN_VALUES = 30;
export const CONTAINMENT_THRESHOLD = 0.8;
/** Rows repeated beyond this share (significantly) suggest padding. */
export const DUPLICATE_ROWS_MAX = 0.05;

export interface ContainedIn {
  name: string;
  /** The case of the source when it is another case's sample. */
  sourceCase?: string;
  containment: number;
  shared: number;
  tokens: number;
}

interface CheckFinding {
  kind: CheckKind;
  below: boolean;
  aboveRandom: boolean;
  reasons: Reason[];
}

function describe(kind: CheckKind, f: Figures): CheckFinding | null {
  const r = f.validity[kind];
  const spec = CHECKS[kind];
  if (!r || r.total < MIN_VALUES) return null;
  const below = r.high < spec.genuineMin;
  const aboveRandom = spec.randomRate !== null && r.low > spec.randomRate;
  const reasons: Reason[] = [];
  if (kind === 'DATE_OF_BIRTH' || kind === 'AGE') {
    reasons.push(below ? { code: 'impossibleValues', params: { check: kind, bad: r.total - r.valid, total: r.total } } : { code: 'plausibleValues', params: { check: kind, valid: r.valid, total: r.total } });
  } else {
    reasons.push({ code: 'checkRate', params: { check: kind, valid: r.valid, total: r.total } });
    if (kind === 'IN_PHONE' && f.mobileUniformity && f.mobileFirstDigits) {
      const n = f.mobileFirstDigits.reduce((a, b) => a + b, 0);
      const u = f.mobileUniformity;
      if (n >= 100 && u.p > 0.001) reasons.push({ code: 'mobileDigitsUniform', params: { chiSquare: u.chiSquare, p: u.p } });
    }
  }
  return { kind, below, aboveRandom, reasons };
}

/** The verdict with its reasons as codes and parameters (rendered in the reader's language by
 * shared/report), and the same reasons in English for the API, the CLI and stored analyses. */
export function decideVerdict(f: Figures, containedIn: readonly ContainedIn[]): { verdict: Verdict; reasons: string[]; codes: Reason[] } {
  const out = (verdict: Verdict, codes: Reason[]) => ({ verdict, codes, reasons: codes.map(reasonTextEn) });
  const idKinds = CHECK_KINDS.filter((k) => CHECKS[k].identifier && f.validity[k]);
  const idValues = idKinds.reduce((a, k) => a + (f.validity[k]?.total ?? 0), 0);
  if (idKinds.length === 0 && f.identifierTokens === 0) return out('insufficient', [{ code: 'noIdentifiers', params: { records: f.records } }]);
  if (idValues < MIN_VALUES) return out('insufficient', [{ code: 'tooFewValues', params: { values: idValues, min: MIN_VALUES } }]);

  const findings = CHECK_KINDS.map((k) => describe(k, f)).filter((x): x is CheckFinding => x !== null);
  const decisiveBelow = findings.filter((x) => x.below && CHECKS[x.kind].weight === 'decisive');
  const supportingBelow = findings.filter((x) => x.below && CHECKS[x.kind].weight === 'supporting').map((x) => x.reasons);
  const dup = wilson(f.duplicateRows, f.records);
  if (f.records >= MIN_VALUES && dup.low > DUPLICATE_ROWS_MAX) {
    supportingBelow.push([{ code: 'duplicateRows', params: { rows: f.duplicateRows, records: f.records } }]);
  }
  const fabricated = decisiveBelow.length > 0 || supportingBelow.length >= 2;
  const signs = [...decisiveBelow.flatMap((x) => x.reasons), ...supportingBelow.flat()];

  const source = containedIn[0];
  if (source && source.tokens >= MIN_VALUES) {
    const codes: Reason[] = [
      { code: 'containedIn', params: { source: source.name, ...(source.sourceCase ? { sourceCase: source.sourceCase } : {}), share: source.containment, tokens: source.tokens, shared: source.shared } },
      ...containedIn.slice(1).map((c): Reason => ({ code: 'alsoContainedIn', params: { source: c.name, ...(c.sourceCase ? { sourceCase: c.sourceCase } : {}), share: c.containment, shared: c.shared } })),
    ];
    if (fabricated) codes.push({ code: 'alsoFabricated', params: {} }, ...signs);
    return out('recycled', codes);
  }

  if (fabricated) return out('fabricated', signs);

  const discriminating = findings.filter((x) => x.aboveRandom);
  if (discriminating.length > 0) {
    const codes = findings.filter((x) => !x.below).flatMap((x) => x.reasons);
    for (const s of supportingBelow) codes.push(...s.map((r) => ({ ...r, caveat: true })));
    codes.push({ code: 'consistentGenuine', params: {} });
    return out('genuine', codes);
  }
  const shown = findings.flatMap((x) => x.reasons);
  const dupOnly = supportingBelow.flat().filter((r) => r.code === 'duplicateRows');
  return out('insufficient', [...shown, ...dupOnly, { code: 'cannotTell', params: {} }]);
}
