// Appending to a case's log: the pure part (numbering and linking). Storage, locking and signing
// checkpoints belong to the Node core.
import { type JsonObject } from './canonical-json';
import { nobleCustodyCrypto, type CustodyHash } from './crypto';
import {
  GENESIS_PREV_HASH,
  custodyTime,
  entryHash,
  entryShapeProblem,
  type CustodyAction,
  type CustodyEntry,
  type CustodyExaminer,
  type CustodySubject,
} from './entry';

/** Where the next entry goes: its seq and the hash it must link to. */
export interface ChainHead {
  caseId: string;
  nextSeq: number;
  prevHash: string;
}

export interface NewEntry {
  action: CustodyAction;
  examiner: CustodyExaminer;
  details?: JsonObject;
  subject?: CustodySubject;
  /** Defaults to now; tests and imports pass a fixed time. */
  at?: Date;
}

export function emptyChainHead(caseId: string): ChainHead {
  return { caseId, nextSeq: 0, prevHash: GENESIS_PREV_HASH };
}

/** Head after `entries` (which must already be a verified, contiguous log of one case). */
export function chainHeadAfter(caseId: string, entries: readonly CustodyEntry[], hash: CustodyHash = nobleCustodyCrypto): ChainHead {
  const last = entries.at(-1);
  return last ? { caseId, nextSeq: last.seq + 1, prevHash: entryHash(last, hash) } : emptyChainHead(caseId);
}

/**
 * Builds the next entry and the head after it. Throws if the result would not be a valid entry (for
 * example an undefined or non-finite value in details), so a bad entry is never written.
 */
export function appendEntry(
  head: ChainHead,
  input: NewEntry,
  hash: CustodyHash = nobleCustodyCrypto,
): { entry: CustodyEntry; head: ChainHead } {
  const entry: CustodyEntry = {
    seq: head.nextSeq,
    caseId: head.caseId,
    at: custodyTime(input.at ?? new Date()),
    clock: 'local-unverified',
    examiner: { name: input.examiner.name, keyFingerprint: input.examiner.keyFingerprint },
    action: input.action,
    ...(input.subject === undefined ? {} : { subject: input.subject }),
    details: input.details ?? {},
    prevHash: head.prevHash,
  };
  const problem = entryShapeProblem(entry);
  if (problem) throw new TypeError(`custody entry ${entry.seq} ${problem}`);
  return { entry, head: { caseId: head.caseId, nextSeq: entry.seq + 1, prevHash: entryHash(entry, hash) } };
}
