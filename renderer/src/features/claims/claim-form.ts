// The claim form's text fields ⇄ the claim the core records. Pure, so its rules are tested without a screen.
import type { ClaimInput } from '../../../../shared/api/contract';

export interface ClaimForm {
  source: string;
  recordCount: string;
  fields: string;
  groupLabel: string;
  minAge: string;
  maxAge: string;
}

export type ClaimFormError = 'recordCount' | 'ages' | 'groupLabel' | 'tooManyFields';

export function claimToForm(c: ClaimInput | undefined): ClaimForm {
  return {
    source: c?.source ?? '',
    recordCount: c?.recordCount !== undefined ? String(c.recordCount) : '',
    fields: (c?.fields ?? []).join(', '),
    groupLabel: c?.group?.label ?? '',
    minAge: c?.group ? String(c.group.minAge) : '',
    maxAge: c?.group ? String(c.group.maxAge) : '',
  };
}

/** Digits as typed: Devanagari digits read as ASCII; Indian or Western grouping (commas, spaces) ignored. */
function wholeNumber(text: string): number | null {
  const t = text.replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x966)).replace(/[\s,_]/g, '');
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}

/** The claim to record, or why the form cannot be saved. Blank fields are left out (all blank: no claim). */
export function formToClaim(f: ClaimForm): { claim: ClaimInput } | { error: ClaimFormError } {
  const claim: ClaimInput = {};
  const source = f.source.trim();
  if (source) claim.source = source.slice(0, 500);
  if (f.recordCount.trim()) {
    const n = wholeNumber(f.recordCount);
    if (n === null) return { error: 'recordCount' };
    claim.recordCount = n;
  }
  const fields = f.fields
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (fields.length > 50 || fields.some((x) => x.length > 100)) return { error: 'tooManyFields' };
  if (fields.length) claim.fields = fields;
  const label = f.groupLabel.trim();
  if (label || f.minAge.trim() || f.maxAge.trim()) {
    if (!label || label.length > 100 || !f.minAge.trim() || !f.maxAge.trim()) return { error: 'groupLabel' };
    const min = wholeNumber(f.minAge);
    const max = wholeNumber(f.maxAge);
    if (min === null || max === null || min > 120 || max > 120 || min > max) return { error: 'ages' };
    claim.group = { label, minAge: min, maxAge: max };
  }
  return { claim };
}
