import { scanText, type PiiType, type ScanOptions } from '../../../shared/pii/index';
import { refCheckDigit } from '../../fixtures/pii/verhoeff-reference';

/** A synthetic Verhoeff-valid Aadhaar from an 11-digit body (check digit from the independent reference). */
export const aadhaarFrom = (body11: string): string => body11 + refCheckDigit(body11);

/** Findings as [type, matched text] pairs. */
export function found(text: string, opts?: ScanOptions): [PiiType, string][] {
  return scanText(text, opts).map((f) => [f.type, text.slice(f.start, f.end)]);
}

export function typesIn(text: string, opts?: ScanOptions): PiiType[] {
  return scanText(text, opts).map((f) => f.type);
}
