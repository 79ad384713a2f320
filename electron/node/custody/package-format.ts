// The case package format shared by the writer (package-write.ts) and the reader (package-read.ts).
//
// Layout: magic "SAKSHYAP" | u32 header length | header JSON | body (a Sakshya chunked blob).
// The body key comes from X25519 between a one-time key and the recipient's Ed25519 key (converted to its
// Montgomery form), through HKDF; the sender's Ed25519 key signs the header, which carries the SHA-256 of
// the manifest, and the manifest carries the SHA-256 of every blob.
import { hkdfSync } from 'node:crypto';
import { canonicalize, type JsonObject, type SignedCheckpoint } from '../../../shared/custody';
import { quoteId } from '../../../shared/api/ids';
import { SakshyaError } from '../../../shared/api/errors';
import type { EvidenceRecord, TableRecord } from '../store/evidence';
import type { RowIndexEntry } from '../ingest/evidence-sink';
import type { PdfOcrRow } from '../ingest/pdf-ingest';

export const MAGIC = Buffer.from('SAKSHYAP', 'ascii');
/** Magic and the header length. */
export const PRELUDE_BYTES = 12;

export interface PackageHeader {
  format: 'sakshya-case-package';
  version: 1;
  caseId: string;
  createdAt: string;
  sender: { name: string; publicKey: string; fingerprint: string };
  recipientFingerprint: string;
  ephemeralPublicKey: string;
  manifestSha256: string;
  manifestBytes: number;
  signature?: string;
}

export interface Manifest {
  case: { id: string; title: string; ref: string; createdAt: string };
  entries: string[];
  checkpoints: SignedCheckpoint[];
  evidence: EvidenceRecord[];
  tables: (TableRecord & { index: RowIndexEntry[] })[];
  ocr: { evidenceId: string; blobId: string; confidence: number; width: number; height: number }[];
  /** OCR results of scanned PDF pages (absent from packages made before PDFs were read). */
  pdfOcr?: PdfOcrRow[];
  blobs: { id: string; kind: 'original' | 'rows' | 'ocr'; size: number; sha256: string }[];
  /** Public keys (base64) of earlier custodians whose signed checkpoints the log carries (a case handed on
   * again). They prove nothing by themselves: the receiver accepts one only for the part of the log before a
   * `case.received` entry, signed by the pinned sender, that names its fingerprint (package-trust.ts). */
  custodians?: string[];
}

export function packageKey(shared: Uint8Array, eph: Uint8Array, recipient: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([eph, recipient]), 'sakshya-case-package-v1', 32));
}

/** The bytes the sender's key signs: the header without its signature, canonical JSON. */
export function signedBytes(h: PackageHeader): Buffer {
  const { signature: _s, ...rest } = h;
  return Buffer.from(`sakshya-package/v1\n${canonicalize(rest as unknown as JsonObject)}`, 'utf8');
}

export function refuse(msg: string): SakshyaError {
  return new SakshyaError('VERIFY_FAILED', `Package refused: ${msg}. Nothing was imported.`);
}

/** Untrusted text from a package, safe to put in a message (JSON-escaped, control characters shown, cut short). */
export const quoted = (v: unknown): string => quoteId(v);
