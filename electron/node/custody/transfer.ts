// Custody transfer: a case (evidence originals and row stores, its custody log, notes) sealed for another
// examiner's public key, and received into their vault.
//
// Package layout: magic "SAKSHYAP" | u32 header length | header JSON | body (a Sakshya chunked blob).
// The body key comes from X25519 between a one-time key and the recipient's Ed25519 key (converted to its
// Montgomery form), through HKDF; the sender's Ed25519 key signs the header, which carries the SHA-256 of
// the manifest, and the manifest carries the SHA-256 of every blob. Any change in transit fails either the
// AEAD or a hash; a package sealed for someone else is refused before anything is decrypted.
import fs from 'node:fs';
import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import type { Database } from 'sql.js';
import { canonicalize, displayFingerprint, keyFingerprint, verifyCustody, type CustodyEntry, type JsonObject, type SignedCheckpoint } from '../../../shared/custody';
import { SakshyaError } from '../../../shared/api/errors';
import type { Vault } from '../vault/vault';
import { BlobReader, BlobWriter } from '../vault/chunked-aead';
import { examinerSecretSeed, loadExaminer, signWithExaminerKey } from '../core/examiner';
import { getCase } from '../core/cases';
import { appendEvent } from '../core/events';
import { listEvidence, listTables, insertEvidence, insertTable, insertBlob, rowIndexOf, type EvidenceRecord, type TableRecord } from '../ingest/evidence-db';
import type { RowIndexEntry } from '../ingest/evidence-sink';
import { insertPdfOcrRow, listPdfOcr, type PdfOcrRow } from '../ingest/pdf-ingest';
import { readCheckpoints, readRawEntries } from './custody-log';
import { nodeCustodyCrypto } from './node-crypto';
import { addTrustedKey } from './trusted-keys';
import { TOOL_VERSION } from '../version';

const MAGIC = Buffer.from('SAKSHYAP', 'ascii');

interface PackageHeader {
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

interface Manifest {
  case: { id: string; title: string; ref: string; createdAt: string };
  entries: string[];
  checkpoints: SignedCheckpoint[];
  evidence: EvidenceRecord[];
  tables: (TableRecord & { index: RowIndexEntry[] })[];
  ocr: { evidenceId: string; blobId: string; confidence: number; width: number; height: number }[];
  /** OCR results of scanned PDF pages (absent from packages made before PDFs were read). */
  pdfOcr?: PdfOcrRow[];
  blobs: { id: string; kind: 'original' | 'rows' | 'ocr'; size: number; sha256: string }[];
}

function ocrRows(db: Database, evidenceIds: string[]): Manifest['ocr'] {
  const out: Manifest['ocr'] = [];
  for (const id of evidenceIds) {
    const r = db.exec('SELECT blob_id, confidence, width, height FROM evidence_ocr WHERE evidence_id = ?', [id])[0]?.values[0];
    if (r) out.push({ evidenceId: id, blobId: String(r[0]), confidence: Number(r[1]), width: Number(r[2]), height: Number(r[3]) });
  }
  return out;
}

function packageKey(shared: Uint8Array, eph: Uint8Array, recipient: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([eph, recipient]), 'sakshya-case-package-v1', 32));
}

function signedBytes(h: PackageHeader): Buffer {
  const { signature: _s, ...rest } = h;
  return Buffer.from(`sakshya-package/v1\n${canonicalize(rest as unknown as JsonObject)}`, 'utf8');
}

export async function exportCase(vault: Vault, caseId: string, recipientKey: Uint8Array, outFile: string, now: Date): Promise<{ bytes: number; sha256: string; recipientFingerprint: string }> {
  const c = getCase(vault.db, caseId);
  const me = loadExaminer(vault.db)!;
  const recipientFingerprint = keyFingerprint(recipientKey, nodeCustodyCrypto);
  // The handover is on the sender's record before the log is copied, so the package carries it too.
  vault.transaction((db) =>
    appendEvent(db, { caseId, action: 'case.sent', at: now, details: { recipientFingerprint, tool: TOOL_VERSION } }),
  );
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
  const manifest: Manifest = { case: c, entries: readRawEntries(vault.db, caseId), checkpoints: readCheckpoints(vault.db, caseId), evidence, tables, ocr, pdfOcr, blobs };
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
  const pre = Buffer.alloc(12);
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
    fs.appendFileSync(tmp, fs.readFileSync(bodyFile));
    fs.renameSync(tmp, outFile);
  } finally {
    key.fill(0);
    fs.rmSync(bodyFile, { force: true });
    fs.rmSync(tmp, { force: true });
  }
  const sha256 = createHash('sha256').update(fs.readFileSync(outFile)).digest('hex');
  return { bytes: fs.statSync(outFile).size, sha256, recipientFingerprint };
}

function refuse(msg: string): SakshyaError {
  return new SakshyaError('VERIFY_FAILED', `Package refused: ${msg}. Nothing was imported.`);
}

export async function receiveCase(vault: Vault, file: string, now: Date): Promise<{ caseId: string; title: string; evidence: number; entries: number; sender: string; senderFingerprint: string }> {
  const buf = fs.readFileSync(file);
  if (buf.length < 12 || !buf.subarray(0, 8).equals(MAGIC)) throw refuse('not a Sakshya case package');
  const hlen = buf.readUInt32BE(8);
  let header: PackageHeader;
  try {
    header = JSON.parse(buf.subarray(12, 12 + hlen).toString('utf8')) as PackageHeader;
  } catch {
    throw refuse('its header is damaged');
  }
  if (header.format !== 'sakshya-case-package' || header.version !== 1) throw refuse('unknown package format or version');
  const me = loadExaminer(vault.db)!;
  const myFp = keyFingerprint(me.publicKey, nodeCustodyCrypto);
  if (header.recipientFingerprint !== myFp) {
    throw refuse(`it is sealed for examiner key ${displayFingerprint(header.recipientFingerprint)}, not for this vault's key ${displayFingerprint(myFp)}`);
  }
  const senderKey = new Uint8Array(Buffer.from(header.sender.publicKey, 'base64'));
  if (keyFingerprint(senderKey, nodeCustodyCrypto) !== header.sender.fingerprint || !nodeCustodyCrypto.verifyEd25519(Buffer.from(header.signature ?? '', 'base64'), signedBytes(header), senderKey)) {
    throw refuse("the sender's signature on the package does not verify (altered in transit?)");
  }
  const seed = examinerSecretSeed(vault.db);
  const shared = x25519.getSharedSecret(ed25519.utils.toMontgomerySecret(seed), Buffer.from(header.ephemeralPublicKey, 'base64'));
  seed.fill(0);
  const key = packageKey(shared, Buffer.from(header.ephemeralPublicKey, 'base64'), me.publicKey);
  const bodyFile = `${file}.${randomBytes(4).toString('hex')}.reading`;
  fs.writeFileSync(bodyFile, buf.subarray(12 + hlen), { mode: 0o600 });
  let reader: BlobReader;
  try {
    reader = new BlobReader(bodyFile, key);
  } catch {
    fs.rmSync(bodyFile, { force: true });
    throw refuse('its contents were altered or damaged in transit');
  } finally {
    key.fill(0);
  }
  const written: string[] = [];
  try {
    let manifestBuf: Buffer;
    try {
      manifestBuf = reader.read(0, header.manifestBytes);
    } catch {
      throw refuse('its contents were altered or damaged in transit');
    }
    if (createHash('sha256').update(manifestBuf).digest('hex') !== header.manifestSha256) throw refuse('its manifest does not match the signed header');
    const m = JSON.parse(manifestBuf.toString('utf8')) as Manifest;
    if (m.case.id !== header.caseId) throw refuse('the case inside is not the one named in the header');
    if (vault.db.exec('SELECT 1 FROM cases WHERE id = ?', [m.case.id]).length > 0) {
      throw new SakshyaError('CONFLICT', `Case ${m.case.id} is already in this vault. Nothing was imported.`);
    }
    const entries = m.entries.map((e) => JSON.parse(e) as CustodyEntry);
    const v = verifyCustody({ entries, checkpoints: m.checkpoints, publicKey: senderKey, caseId: m.case.id, crypto: nodeCustodyCrypto });
    if (!v.ok) throw refuse(`its custody log does not verify (entry ${v.firstBad.seq ?? v.firstBad.index}: ${v.firstBad.problem})`);
    // Copy every blob into this vault under new ids, checking each against the manifest and, for originals,
    // against the signed acquisition entry.
    const acquired = new Map(entries.filter((e) => e.action === 'evidence.acquired').map((e) => [String(e.details.evidenceId), e.details]));
    const newId = new Map<string, string>();
    let offset = header.manifestBytes;
    for (const b of m.blobs) {
      const { blobId, writer } = vault.newBlob();
      written.push(blobId);
      const h = createHash('sha256');
      let left = b.size;
      while (left > 0) {
        const part = reader.read(offset, Math.min(left, 1 << 20));
        if (part.length === 0) throw refuse('it is truncated');
        h.update(part);
        writer.write(part);
        offset += part.length;
        left -= part.length;
      }
      writer.close();
      if (h.digest('hex') !== b.sha256) throw refuse(`a blob does not match its manifest hash`);
      newId.set(b.id, blobId);
    }
    for (const e of m.evidence) {
      const a = acquired.get(e.id);
      const blob = m.blobs.find((x) => x.id === e.originalBlob);
      if (!a || !blob || a.sha256 !== blob.sha256 || a.sha256 !== e.sha256) throw refuse(`evidence ${e.id} does not match its signed acquisition entry`);
    }
    for (const o of m.pdfOcr ?? []) {
      if (!newId.has(o.blobId) || !m.evidence.some((e) => e.id === o.evidenceId)) throw refuse('a PDF page OCR result refers to no blob or evidence in the package');
    }
    vault.transaction((db) => {
      db.run('INSERT INTO cases(id, title, ref, created_at) VALUES (?, ?, ?, ?)', [m.case.id, m.case.title, m.case.ref, m.case.createdAt]);
      for (const raw of m.entries) {
        const e = JSON.parse(raw) as CustodyEntry;
        db.run('INSERT INTO events(case_id, seq, at, actor, action, body) VALUES (?, ?, ?, ?, ?, ?)', [m.case.id, e.seq, e.at, e.examiner.name, e.action, raw]);
      }
      for (const cp of m.checkpoints) db.run('INSERT INTO checkpoints(case_id, tree_size, body) VALUES (?, ?, ?)', [m.case.id, cp.treeSize, JSON.stringify(cp)]);
      for (const b of m.blobs) insertBlob(db, newId.get(b.id)!, b.kind, b.size);
      for (const e of m.evidence) insertEvidence(db, { ...e, originalBlob: newId.get(e.originalBlob)! });
      for (const t of m.tables) insertTable(db, { ...t, rowsBlob: t.rowsBlob ? newId.get(t.rowsBlob)! : null }, t.index);
      for (const o of m.ocr ?? []) {
        db.run('INSERT INTO evidence_ocr(evidence_id, blob_id, confidence, width, height) VALUES (?, ?, ?, ?, ?)', [o.evidenceId, newId.get(o.blobId)!, o.confidence, o.width, o.height]);
      }
      for (const o of m.pdfOcr ?? []) insertPdfOcrRow(db, { ...o, blobId: newId.get(o.blobId)! });
      addTrustedKey(db, m.case.id, senderKey);
      appendEvent(db, {
        caseId: m.case.id,
        action: 'case.received',
        at: now,
        details: { senderName: header.sender.name, senderFingerprint: header.sender.fingerprint, sentAt: header.createdAt, evidence: m.evidence.length, entries: entries.length, tool: TOOL_VERSION },
      });
    });
    written.length = 0;
    return { caseId: m.case.id, title: m.case.title, evidence: m.evidence.length, entries: entries.length, sender: header.sender.name, senderFingerprint: header.sender.fingerprint };
  } finally {
    reader.close();
    fs.rmSync(bodyFile, { force: true });
    for (const id of written) fs.rmSync(vault.blobPath(id), { force: true });
  }
}
