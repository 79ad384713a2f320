// The case's custody log as shared/custody entries, its Merkle root and its latest signed checkpoint.
import type { Database } from 'sql.js';
import { entryLeafHash, MerkleAccumulator, toHex, type CustodyEntry, type SignedCheckpoint } from '../../../shared/custody';
import { readCheckpoints, readEntries } from '../store/custody-log';
import { nodeCustodyCrypto } from '../vault/node-crypto';

export interface CustodySnapshot {
  entries: CustodyEntry[];
  merkleRoot: string | null;
  checkpoint: SignedCheckpoint | null;
}

export type CustodySource = (db: Database, caseId: string, signer: { keyFingerprint: string; at: Date }) => CustodySnapshot;

export function merkleRootOf(entries: readonly CustodyEntry[]): string | null {
  if (entries.length === 0) return null;
  const acc = new MerkleAccumulator(nodeCustodyCrypto);
  for (const e of entries) acc.append(entryLeafHash(e, nodeCustodyCrypto));
  return toHex(acc.root());
}

/** The case's stored custody log and its latest signed checkpoint (electron/node/custody), which covers
 * every entry because a checkpoint is signed at the end of every write batch. */
export const custodyFromEvents: CustodySource = (db, caseId) => {
  const entries = readEntries(db, caseId);
  const checkpoint = readCheckpoints(db, caseId).at(-1) ?? null;
  return { entries, merkleRoot: checkpoint?.rootHash ?? merkleRootOf(entries), checkpoint };
};
