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
import { fmtCount, fmtPct } from './format';
import { wilson } from './stats';
import type { CheckKind, Figures, Verdict } from './types';

export const MIN_VALUES = 30;
export const CONTAINMENT_THRESHOLD = 0.8;
/** Rows repeated beyond this share (significantly) suggest padding. */
export const DUPLICATE_ROWS_MAX = 0.05;

export interface ContainedIn {
  name: string;
  containment: number;
  shared: number;
  tokens: number;
}

interface CheckFinding {
  kind: CheckKind;
  below: boolean;
  aboveRandom: boolean;
  text: string;
}

function describe(kind: CheckKind, f: Figures): CheckFinding | null {
  const r = f.validity[kind];
  const spec = CHECKS[kind];
  if (!r || r.total < MIN_VALUES) return null;
  const below = r.high < spec.genuineMin;
  const aboveRandom = spec.randomRate !== null && r.low > spec.randomRate;
  let text: string;
  if (kind === 'DATE_OF_BIRTH' || kind === 'AGE') {
    const bad = r.total - r.valid;
    text = below
      ? `${fmtPct(bad / r.total)} of ${fmtCount(r.total)} ${kind === 'AGE' ? 'ages are impossible (not 0–120)' : 'dates of birth are impossible (not a real date, in the future, or over 120 years ago)'}; genuine records have almost none`
      : `${capital(spec.label)}: ${fmtPct(r.rate)} of ${fmtCount(r.total)} values`;
  } else {
    text = `${capital(spec.label)} valid for ${fmtPct(r.rate)} of ${fmtCount(r.total)} values (${spec.randomNote}; genuine records nearly all pass)`;
    if (kind === 'IN_PHONE' && f.mobileUniformity && f.mobileFirstDigits) {
      const n = f.mobileFirstDigits.reduce((a, b) => a + b, 0);
      const u = f.mobileUniformity;
      if (n >= 100 && u.p > 0.001) text += `; first digits are spread evenly over 0–9 as in random numbers (χ² = ${u.chiSquare.toFixed(1)}, p = ${u.p.toFixed(2)})`;
    }
  }
  return { kind, below, aboveRandom, text };
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function decideVerdict(f: Figures, containedIn: readonly ContainedIn[]): { verdict: Verdict; reasons: string[] } {
  const idKinds = CHECK_KINDS.filter((k) => CHECKS[k].identifier && f.validity[k]);
  const idValues = idKinds.reduce((a, k) => a + (f.validity[k]?.total ?? 0), 0);
  if (idKinds.length === 0 && f.identifierTokens === 0) {
    return { verdict: 'insufficient', reasons: [`No identifier columns (Aadhaar, VID, PAN, GSTIN, mobile, PIN code) were found in ${fmtCount(f.records)} records, so validity cannot be judged.`] };
  }
  if (idValues < MIN_VALUES) {
    return {
      verdict: 'insufficient',
      reasons: [`Only ${fmtCount(idValues)} identifier values can be checked (at least ${fmtCount(MIN_VALUES)} are needed to tell genuine from random values).`],
    };
  }

  const findings = CHECK_KINDS.map((k) => describe(k, f)).filter((x): x is CheckFinding => x !== null);
  const decisiveBelow = findings.filter((x) => x.below && CHECKS[x.kind].weight === 'decisive');
  const supportingBelow = findings.filter((x) => x.below && CHECKS[x.kind].weight === 'supporting').map((x) => x.text);
  const dup = wilson(f.duplicateRows, f.records);
  if (f.records >= MIN_VALUES && dup.low > DUPLICATE_ROWS_MAX) {
    supportingBelow.push(`${fmtPct(f.duplicateRate)} of ${fmtCount(f.records)} rows repeat another row exactly (genuine extracts rarely repeat whole records)`);
  }
  const fabricated = decisiveBelow.length > 0 || supportingBelow.length >= 2;
  const signs = [...decisiveBelow.map((x) => x.text), ...supportingBelow];

  const source = containedIn[0];
  if (source && source.tokens >= MIN_VALUES) {
    const reasons = [
      `${fmtPct(source.containment)} of its ${fmtCount(source.tokens)} distinct identifier values also appear in ${source.name} (${fmtCount(source.shared)} shared): the records were most likely taken from that sample, not from a new breach.`,
      ...containedIn.slice(1).map((c) => `Also ${fmtPct(c.containment)} contained in ${c.name} (${fmtCount(c.shared)} shared).`),
    ];
    if (fabricated) reasons.push(`The records themselves show signs of fabrication: ${signs.join('; ')}.`);
    return { verdict: 'recycled', reasons };
  }

  if (fabricated) return { verdict: 'fabricated', reasons: signs.map((s) => `${s}.`) };

  const discriminating = findings.filter((x) => x.aboveRandom);
  if (discriminating.length > 0) {
    const reasons = findings.filter((x) => !x.below).map((x) => `${x.text}.`);
    for (const s of supportingBelow) reasons.push(`Caveat: ${s}.`);
    reasons.push('Consistent with genuine records. Validity checks cannot prove a leak genuine: a careful forger can compute check digits.');
    return { verdict: 'genuine', reasons };
  }
  return {
    verdict: 'insufficient',
    reasons: [
      ...findings.map((x) => `${x.text}.`),
      ...supportingBelow.filter((s) => !findings.some((x) => x.text === s)).map((s) => `${s}.`),
      'These figures cannot tell genuine records from random values: more identifier values are needed.',
    ],
  };
}
