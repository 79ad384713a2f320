// `sakshya scan FILE`: parses a file as import would, without a vault, and counts personal data per type:
// values that validate, values that fail their check (typed cells that do not validate, and free-text
// matches whose check fails), the columns where found, redacted examples. The counting is detectFile's
// (the one table-aware detector, on several threads for a large CSV, plain-text file or Telegram
// export), reading the file with import's own code: parsers, SQLite reader, OCR for images, PDF pages.
// Nothing raw leaves: examples are masked before they are kept.
import type { FormatId } from '../ingest/parsers/types';
import { detectFile, type DetectFileOptions } from './detect-file';
import { PII_TYPES, type PiiType } from '../../../shared/pii';

export interface TypeCounts {
  valid: number;
  invalid: number;
  columns: string[];
  examples: string[];
}

export interface ScanReport {
  format: FormatId | 'image';
  records: number;
  malformed: number;
  status: string;
  reason?: string;
  types: Partial<Record<PiiType, TypeCounts>>;
}

export async function scanFile(file: string, signal: AbortSignal = new AbortController().signal, opts: Omit<DetectFileOptions, 'signal'> = {}): Promise<ScanReport> {
  const r = await detectFile(file, { ...opts, signal });
  const types: Partial<Record<PiiType, TypeCounts>> = {};
  PII_TYPES.forEach((t, i) => {
    const valid = r.findings[i]! - r.unvalidated[i]!;
    const invalid = r.invalidTyped[i]! + r.unvalidated[i]!;
    if (valid + invalid > 0) types[t] = { valid, invalid, columns: r.columns[i]!, examples: r.examples[i]! };
  });
  return { format: r.format, records: r.records, malformed: r.malformed, status: r.status, ...(r.reason ? { reason: r.reason } : {}), types };
}
