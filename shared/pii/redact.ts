// Redaction for display: a policy says, per type, whether a value is masked, replaced by a keyed
// token, or shown ('none'). The renderer only ever receives the output of these functions.
import { maskValue } from './masks';
import { tokenFor } from './tokens';
import { scanText } from './scanner';
import { validateValue } from './validate';
import { holdsIdentifierShape } from './identifier-shape';
import { COLUMN_ONLY_TYPES, type Finding, type PiiType, type ScanOptions } from './types';

export type RedactionMode = 'mask' | 'token';

export interface RedactionPolicy {
  mode: RedactionMode;
  perType?: Partial<Record<PiiType, RedactionMode | 'none'>>;
}

export const DEFAULT_POLICY: RedactionPolicy = { mode: 'mask' };

function modeFor(type: PiiType, policy: RedactionPolicy): RedactionMode | 'none' {
  return policy.perType?.[type] ?? policy.mode;
}

/** Redacted form of one value of a known type. Token mode needs the case's token key. */
export function redactValue(type: PiiType, value: string, policy: RedactionPolicy, tokenKey?: Uint8Array): string {
  const mode = modeFor(type, policy);
  if (mode === 'none') return value;
  if (mode === 'token') {
    if (!tokenKey) throw new RangeError('Token redaction needs the case token key');
    return tokenFor(type, value, tokenKey);
  }
  return maskValue(type, value);
}

/** Replaces every finding in `text` by its redacted form. */
export function redactText(
  text: string, policy: RedactionPolicy, tokenKey?: Uint8Array, opts?: ScanOptions,
): string {
  return applyFindings(text, scanText(text, opts), policy, tokenKey);
}

/** Replaces the given (sorted, non-overlapping) findings in `text`. */
export function applyFindings(text: string, findings: readonly Finding[], policy: RedactionPolicy, tokenKey?: Uint8Array): string {
  let out = '';
  let last = 0;
  for (const f of findings) {
    if (f.start < last) continue;
    out += text.slice(last, f.start) + redactValue(f.type, text.slice(f.start, f.end), policy, tokenKey);
    last = f.end;
  }
  return last === 0 ? text : out + text.slice(last);
}

const EMPTY = /^\s*(?:|-|--|na|n\/a|null|nil|none)\s*$/i;

/**
 * Redacts a table cell. A cell in a column inferred as a PII type is redacted whole with that type's
 * mask or token, even when it does not validate (a typo in an Aadhaar column is still an Aadhaar);
 * in other columns, and for findings of other types, the cell is redacted like free text.
 * Fails closed: a typed cell holding several values keeps its findings' own masks only when nothing
 * identifier-shaped (valid or not) is left beside them; otherwise the whole cell is masked.
 */
export function redactCell(
  columnType: PiiType | null, value: string, policy: RedactionPolicy, tokenKey?: Uint8Array, header?: string,
): string {
  if (EMPTY.test(value)) return value;
  if (columnType && modeFor(columnType, policy) !== 'none') {
    if (COLUMN_ONLY_TYPES.includes(columnType) || validateValue(columnType, value)) {
      return redactValue(columnType, value, policy, tokenKey);
    }
    const findings = scanText(value, { context: header ?? '', minScore: 0.3 });
    const covering = findings.length === 1 && findings[0]!.start === 0 && findings[0]!.end === value.length;
    if (findings.length > 0 && !covering) {
      const out = applyFindings(value, findings, policy, tokenKey);
      if (!holdsIdentifierShape(out)) return out;
    }
    return redactValue(columnType, value, policy, tokenKey);
  }
  return redactText(value, policy, tokenKey, header ? { context: header } : undefined);
}
