// A case's custody record as CASE/UCO JSON-LD (investigative actions, provenance records, file hashes): what
// `sakshya custody export` prints and the app's Export writes.
import { exportCaseJsonLd, keyFingerprint } from '../../../shared/custody';
import type { Vault } from '../vault/vault';
import { getCase } from '../store/cases';
import { loadExaminer } from '../store/examiner';
import { listEvidence } from '../store/evidence';
import { TOOL_VERSION } from '../version';
import { readEntries } from '../store/custody-log';
import { nodeCustodyCrypto } from '../vault/node-crypto';

export function caseJsonLd(vault: Vault, caseId: string): { doc: ReturnType<typeof exportCaseJsonLd>; entries: number } {
  const c = getCase(vault.db, caseId);
  const ex = loadExaminer(vault.db)!;
  const entries = readEntries(vault.db, c.id);
  const doc = exportCaseJsonLd({
    caseId: c.id,
    caseName: c.title,
    entries,
    evidence: listEvidence(vault.db, c.id).map((e) => ({ id: e.id, name: e.name, size: e.bytes, md5: e.md5, sha1: e.sha1, sha256: e.sha256, acquiredAt: e.acquiredAt })),
    examiner: { name: ex.name, keyFingerprint: keyFingerprint(ex.publicKey, nodeCustodyCrypto) },
    tool: { name: 'Sakshya', version: TOOL_VERSION.replace(/^Sakshya /, '') },
    hash: nodeCustodyCrypto,
  });
  return { doc, entries: entries.length };
}
