// Schema fingerprint: samples exported from one system share column names and kinds of values even
// when their rows differ, so a hash of (normalised name, inferred type) per column lets the
// investigator see that two samples come from the same source. Column order is ignored because
// re-exports often reorder columns.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Lower case, letters and digits only (Devanagari kept): "Mobile No." and "mobile_no" match. */
export function normaliseColumnName(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[^a-z0-9\u0900-\u097f]/g, '');
}

function hash16(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, 16);
}

export function tableFingerprint(columns: readonly { name: string; type: string | null }[]): string {
  const parts = columns.map((c) => `${normaliseColumnName(c.name)}:${c.type ?? '-'}`).sort();
  return hash16(`sakshya-schema-v1\n${parts.join('\n')}`);
}

/** One fingerprint for an evidence item: its tables' fingerprints, order ignored. */
export function evidenceFingerprint(tableFingerprints: readonly string[]): string {
  return hash16(`sakshya-evidence-schema-v1\n${[...tableFingerprints].sort().join('\n')}`);
}
