import { verhoeffCheckDigit, scanText, type PiiType, type ScanOptions } from '../../../shared/pii/index';

/** A synthetic Verhoeff-valid Aadhaar from an 11-digit body. */
export const aadhaarFrom = (body11: string): string => body11 + verhoeffCheckDigit(body11);

/** Findings as [type, matched text] pairs. */
export function found(text: string, opts?: ScanOptions): [PiiType, string][] {
  return scanText(text, opts).map((f) => [f.type, text.slice(f.start, f.end)]);
}

export function typesIn(text: string, opts?: ScanOptions): PiiType[] {
  return scanText(text, opts).map((f) => f.type);
}
