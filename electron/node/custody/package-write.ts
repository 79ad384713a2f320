// Writing a case package: a case (evidence originals and row stores, its custody log, notes) sealed for
// another examiner's public key and signed with this vault's examiner key. Format: package-format.ts.
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import type { Database } from 'sql.js';
import { keyFingerprint } from '../../../shared/custody';
import type { Vault } from '../vault/vault';
import { BlobWriter } from '../vault/chunked-aead';
import { loadExaminer, signWithExaminerKey } from '../store/examiner';
import { getCase } from '../store/cases';
import { appendEvent } from '../store/events';
import { listEvidence, listTables, rowIndexOf } from '../store/evidence';
import { imageOcrOf } from '../store/ocr';
import { listPdfOcr } from '../ingest/pdf-ingest';
import { readCheckpoints, readRawEntries } from '../store/custody-log';
import { nodeCustodyCrypto } from '../vault/node-crypto';
import { trustedKeys } from '../store/trusted-keys';
import { TOOL_VERSION } from '../version';
import { MAGIC, packageKey, PRELUDE_BYTES, signedBytes, type Manifest, type PackageHeader } from './package-format';

function ocrRows(db: Database, evidenceIds: string[]): Manifest['ocr'] {
  const out: Manifest['ocr'] = [];
  for (const id of evidenceIds) {
    const r = imageOcrOf(db, id);
    if (r) out.push(r);
  }
  return out;
}

export async function exportCase(vault: Vault, caseId: string, recipientKey: Uint8Array, outFile: string, now: Date): Promise<{ bytes: number; sha256: string; recipientFingerprint: string }> {
  getCase(vault.db, caseId);
  const recipientFingerprint = keyFingerprint(recipientKey, nodeCustodyCrypto);
  // The handover is on the sender's record before the log is copied, so the package carries it too. If the
  // package then cannot be written (a full disk, a folder that refuses it), the log says so next: an
  // append-only log cannot take the entry back, and it must not claim a hand-over that never left.
  vault.transaction((db) =>
    appendEvent(db, { caseId, action: 'case.sent', at: now, details: { recipientFingerprint, tool: TOOL_VERSION } }),
  );
  try {
    return sealPackage(vault, caseId, recipientKey, recipientFingerprint, outFile, now);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).name ?? 'Error';
    vault.transaction((db) =>
      appendEvent(db, { caseId, action: 'case.send_failed', at: now, details: { recipientFingerprint, reason, tool: TOOL_VERSION } }),
    );
    throw e;
  }
}

function sealPackage(vault: Vault, caseId: string, recipientKey: Uint8Array, recipientFingerprint: string, outFile: string, now: Date): { bytes: number; sha256: string; recipientFingerprint: string } {
  const c = getCase(vault.db, caseId);
  const me = loadExaminer(vault.db)!;
  const evidence = listEvidence(vault.db, caseId);
  const tables = evidence.flatMap((e) => listTables(vault.db, e.id).map((t) => ({ ...t, index: rowIndexOf(vault.db, e.id, t.name) })));
  const ocr = ocrRows(vault.db, evidence.map((e) => e.id));
  const pdfOcr = evidence.flatMap((e) => listPdfOcr(vault.db, e.id));
  const originals = new Set(evidence.map((e) => e.originalBlob));
  const blobIds: { id: string; kind: 'original' | 'rows' | 'ocr' }[] = [
    ...evidence.map((e) => ({ id: e.originalBlob, kind: 'original' as const })),
    // A CSV's rows are read in place from its original: that blob is sent once.
    ...tables.filter((t) => t.rowsBlob && !originals.has(t.rowsBlob)).map((t) => ({ id: t.rowsBlob!, kind: 'rows' as const })),
    ...ocr.map((o) => ({ id: o.blobId, kind: 'ocr' as const })),
    ...pdfOcr.map((o) => ({ id: o.blobId, kind: 'ocr' as const })),
  ];
  const blobs: Manifest['blobs'] = [];
  for (const b of blobIds) {
    const r = vault.openBlob(b.id);
    const h = createHash('sha256');
    for (const chunk of r.stream()) h.update(chunk);
    blobs.push({ ...b, size: r.size, sha256: h.digest('hex') });
    r.close();
  }
  const custodians = trustedKeys(vault.db, caseId).map((k) => Buffer.from(k).toString('base64'));
  const manifest: Manifest = {
    case: c,
    entries: readRawEntries(vault.db, caseId),
    checkpoints: readCheckpoints(vault.db, caseId),
    evidence,
    tables,
    ocr,
    pdfOcr,
    blobs,
    ...(custodians.length > 0 ? { custodians } : {}),
  };
  const manifestBuf = Buffer.from(JSON.stringify(manifest), 'utf8');
  const ephSecret = x25519.utils.randomSecretKey();
  const ephPublic = x25519.getPublicKey(ephSecret);
  const recipientX = ed25519.utils.toMontgomery(recipientKey);
  const shared = x25519.getSharedSecret(ephSecret, recipientX);
  const key = packageKey(shared, ephPublic, recipientKey);
  ephSecret.fill(0);
  shared.fill(0);
  const header: PackageHeader = {
    format: 'sakshya-case-package',
    version: 1,
    caseId,
    createdAt: now.toISOString(),
    sender: { name: me.name, publicKey: me.publicKey.toString('base64'), fingerprint: keyFingerprint(me.publicKey, nodeCustodyCrypto) },
    recipientFingerprint,
    ephemeralPublicKey: Buffer.from(ephPublic).toString('base64'),
    manifestSha256: createHash('sha256').update(manifestBuf).digest('hex'),
    manifestBytes: manifestBuf.length,
  };
  header.signature = signWithExaminerKey(vault.db, signedBytes(header)).toString('base64');
  const headerBuf = Buffer.from(JSON.stringify(header), 'utf8');
  const pre = Buffer.alloc(PRELUDE_BYTES);
  MAGIC.copy(pre);
  pre.writeUInt32BE(headerBuf.length, 8);
  const tmp = `${outFile}.partial`;
  fs.writeFileSync(tmp, Buffer.concat([pre, headerBuf]), { mode: 0o600 });
  const bodyFile = `${outFile}.body.partial`;
  const w = new BlobWriter(bodyFile, key);
  try {
    w.write(manifestBuf);
    for (const b of blobs) {
      const r = vault.openBlob(b.id);
      for (const chunk of r.stream()) w.write(chunk);
      r.close();
    }
    w.close();
    appendFileTo(tmp, bodyFile);
    fs.renameSync(tmp, outFile);
  } finally {
    key.fill(0);
    fs.rmSync(bodyFile, { force: true });
    fs.rmSync(tmp, { force: true });
  }
  const sha256 = sha256OfFile(outFile);
  return { bytes: fs.statSync(outFile).size, sha256, recipientFingerprint };
}

const COPY_CHUNK = 1 << 20;

/** Appends `src` to `dst` a megabyte at a time: a case package can be far larger than memory. */
function appendFileTo(dst: string, src: string): void {
  const out = fs.openSync(dst, 'a');
  const inp = fs.openSync(src, 'r');
  try {
    const buf = Buffer.allocUnsafe(COPY_CHUNK);
    for (let n = fs.readSync(inp, buf); n > 0; n = fs.readSync(inp, buf)) fs.writeSync(out, buf, 0, n);
    fs.fsyncSync(out);
  } finally {
    fs.closeSync(inp);
    fs.closeSync(out);
  }
}

function sha256OfFile(file: string): string {
  const h = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(COPY_CHUNK);
    for (let n = fs.readSync(fd, buf); n > 0; n = fs.readSync(fd, buf)) h.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return h.digest('hex');
}
