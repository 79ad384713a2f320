// What a case package says about itself before anything is decrypted: who it claims to come from, whom it is
// sealed for, and which case. The app shows this (sender fingerprint, trusted or not) before the examiner
// receives; it decides nothing. receiveCase (transfer.ts) checks everything again, signature included.
import fs from 'node:fs';
import { keyFingerprint } from '../../../shared/custody';
import { isValidCaseId } from '../../../shared/api/ids';
import { nodeCustodyCrypto } from '../vault/node-crypto';

const MAGIC = Buffer.from('SAKSHYAP', 'ascii');
/** A header is a few hundred bytes; refuse to read more than this before anything is verified. */
const MAX_HEADER = 64 * 1024;

export interface PackageClaims {
  caseId: string;
  /** UTC ISO-8601 as the sender's (unverified) clock gave it. */
  createdAt: string;
  /** The name the package carries: a claim, not proof. */
  senderName: string;
  /** Fingerprint of the key that signed the header (raw form, SHA256:hex). */
  senderFingerprint: string;
  recipientFingerprint: string;
}

/** Reads a package's header, or returns null when the file is not a readable Sakshya case package. */
export function peekPackage(file: string): PackageClaims | null {
  const fd = fs.openSync(file, 'r');
  try {
    const pre = Buffer.alloc(12);
    if (fs.readSync(fd, pre, 0, 12, 0) < 12 || !pre.subarray(0, 8).equals(MAGIC)) return null;
    const hlen = pre.readUInt32BE(8);
    if (hlen === 0 || hlen > MAX_HEADER) return null;
    const buf = Buffer.alloc(hlen);
    if (fs.readSync(fd, buf, 0, hlen, 12) < hlen) return null;
    const h = JSON.parse(buf.toString('utf8')) as Record<string, unknown>;
    const sender = (h.sender ?? {}) as Record<string, unknown>;
    const key = Buffer.from(String(sender.publicKey ?? ''), 'base64');
    if (h.format !== 'sakshya-case-package' || h.version !== 1 || !isValidCaseId(h.caseId) || key.length !== 32) return null;
    return {
      caseId: h.caseId as string,
      createdAt: String(h.createdAt ?? ''),
      // Control characters never reach a screen or a log line.
      senderName: String(sender.name ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').slice(0, 200),
      senderFingerprint: keyFingerprint(new Uint8Array(key), nodeCustodyCrypto),
      recipientFingerprint: String(h.recipientFingerprint ?? ''),
    };
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}
