// Custody transfer: a case (evidence originals and row stores, its custody log, notes) sealed for another
// examiner's public key (package-write.ts), and received into their vault (here). The package format is in
// package-format.ts, its reading and checking in package-read.ts, the trust decisions in package-trust.ts.
//
// Who sent it is decided by the receiver, not the package: the signing key must be the one given with
// `--from` or one the investigator pinned as a trusted examiner (trusted-keys.ts). Every row (evidence,
// tables, OCR results, custody entries and checkpoints) must belong to the package's case, whose ID must
// have the one valid format; a package for a case already in the vault must extend that case's log. A case
// may be handed on again (A → B → C): C checks A's part of the log with A's key, accepted only because B's
// signed log records receiving the case from it, and the rest with B's pinned key.
import fs from 'node:fs';
import type { Vault } from '../vault/vault';
import { loadExaminer } from '../store/examiner';
import { getCase, hasCase, insertCaseRecord } from '../store/cases';
import { appendEvent } from '../store/events';
import { listEvidence, insertEvidence, insertTable, insertBlob } from '../store/evidence';
import { insertImageOcr } from '../store/ocr';
import { insertPdfOcrRow } from '../ingest/pdf-ingest';
import { readCheckpoints, readRawEntries, storeReceived } from '../store/custody-log';
import { addTrustedKey, trustedKeys } from '../store/trusted-keys';
import { TOOL_VERSION } from '../version';
import { refuse } from './package-format';
import { checkRowsBelong, closePackage, copyBlobs, openPackage, readManifest } from './package-read';
import { checkExtends, custodianKeys, verifyReceivedLog, type ReceiveOptions } from './package-trust';

export { exportCase } from './package-write';
export type { ReceiveOptions } from './package-trust';

export async function receiveCase(
  vault: Vault,
  file: string,
  now: Date,
  opts: ReceiveOptions = {},
): Promise<{ caseId: string; title: string; evidence: number; entries: number; sender: string; senderFingerprint: string; extended: boolean }> {
  const p = openPackage(vault, file, opts);
  const { header, senderKey, senderFingerprint } = p;
  const me = loadExaminer(vault.db)!;
  const written: string[] = [];
  try {
    const { m, entries } = readManifest(p);
    const caseId = header.caseId;
    checkRowsBelong(vault, m, caseId, entries);
    const exists = hasCase(vault.db, caseId);
    const known = exists ? checkExtends(readRawEntries(vault.db, caseId), entries, caseId) : 0;
    // The log may carry checkpoints this vault signed (a case coming back) and, for a case already here,
    // those of custodians it was received from before; never a key that only the package vouches for.
    const trusted = [senderKey, me.publicKey, ...(exists ? trustedKeys(vault.db, caseId) : [])];
    const custodians = custodianKeys(m, entries);
    verifyReceivedLog(entries, m.checkpoints, caseId, trusted, custodians);
    const acquired = new Map(entries.filter((e) => e.action === 'evidence.acquired').map((e) => [String(e.details.evidenceId), e.details]));
    for (const e of m.evidence) {
      const a = acquired.get(e.id);
      const blob = m.blobs.find((x) => x.id === e.originalBlob);
      if (!a || !blob || a.sha256 !== blob.sha256 || a.sha256 !== e.sha256) throw refuse(`evidence ${e.id} does not match its signed acquisition entry`);
    }
    // For a case already here, evidence this vault holds stays as it is; only what is new is copied.
    const held = new Map(exists ? listEvidence(vault.db, caseId).map((e) => [e.id, e]) : []);
    for (const e of m.evidence) {
      const h = held.get(e.id);
      if (h && h.sha256 !== e.sha256) throw refuse(`evidence ${e.id} differs from the copy this vault holds`);
    }
    const fresh = m.evidence.filter((e) => !held.has(e.id));
    const freshIds = new Set(fresh.map((e) => e.id));
    const tables = m.tables.filter((t) => freshIds.has(t.evidenceId));
    const ocr = (m.ocr ?? []).filter((o) => freshIds.has(o.evidenceId));
    const pdfOcr = (m.pdfOcr ?? []).filter((o) => freshIds.has(o.evidenceId));
    const needed = new Set([...fresh.map((e) => e.originalBlob), ...tables.flatMap((t) => (t.rowsBlob ? [t.rowsBlob] : [])), ...ocr.map((o) => o.blobId), ...pdfOcr.map((o) => o.blobId)]);
    // Copy every blob into this vault under new ids, checking each against the manifest and, for originals,
    // against the signed acquisition entry.
    const newId = copyBlobs(vault, p, m, needed, written);
    const lastTree = exists ? Math.max(0, ...readCheckpoints(vault.db, caseId).map((c) => c.treeSize)) : 0;
    vault.transaction((db) => {
      if (!exists) insertCaseRecord(db, { id: caseId, title: m.case.title, ref: m.case.ref, createdAt: m.case.createdAt });
      const received = m.entries.map((raw, i) => ({ raw, entry: entries[i]! })).slice(known);
      storeReceived(db, caseId, received, m.checkpoints.filter((cp) => !exists || cp.treeSize > lastTree));
      for (const b of m.blobs) if (newId.has(b.id)) insertBlob(db, newId.get(b.id)!, b.kind, b.size);
      for (const e of fresh) insertEvidence(db, { ...e, originalBlob: newId.get(e.originalBlob)! });
      for (const t of tables) insertTable(db, { ...t, rowsBlob: t.rowsBlob ? newId.get(t.rowsBlob)! : null }, t.index);
      for (const o of ocr) {
        insertImageOcr(db, { ...o, blobId: newId.get(o.blobId)! });
      }
      for (const o of pdfOcr) insertPdfOcrRow(db, { ...o, blobId: newId.get(o.blobId)! });
      addTrustedKey(db, caseId, senderKey);
      // `verify --case` here, and the next receiver if the case is handed on, check their parts with these.
      for (const c of custodians) addTrustedKey(db, caseId, c.key);
      appendEvent(db, {
        caseId,
        action: 'case.received',
        at: now,
        details: {
          senderName: String(header.sender.name),
          senderFingerprint,
          pinnedBy: opts.senderKey ? 'from-key' : 'trusted-examiner',
          sentAt: String(header.createdAt),
          evidence: m.evidence.length,
          entries: entries.length,
          ...(exists ? { extendsEntries: known } : {}),
          ...(custodians.length > 0 ? { earlierCustodians: custodians.map((c) => c.fingerprint) } : {}),
          tool: TOOL_VERSION,
        },
      });
    });
    written.length = 0;
    return { caseId, title: exists ? getCase(vault.db, caseId).title : m.case.title, evidence: m.evidence.length, entries: entries.length, sender: String(header.sender.name), senderFingerprint, extended: exists };
  } finally {
    closePackage(p);
    for (const id of written) fs.rmSync(vault.blobPath(id), { force: true });
  }
}
