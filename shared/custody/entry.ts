// The custody entry model: one examiner action, hashed as its RFC 8785 bytes.
//   entryBytes(e) = UTF-8(JCS(e))
//   entryHash(e)  = SHA-256(entryBytes(e))           → the next entry's prevHash (hex)
//   leaf(e)       = SHA-256(0x00 || entryBytes(e))   → Merkle leaf at index e.seq
import { isHex64, toHex } from './bytes';
import { canonicalBytes, type JsonObject, type JsonValue } from './canonical-json';
import { nobleCustodyCrypto, type CustodyHash } from './crypto';
import { isKeyFingerprint } from './keys';
import { leafHash } from './merkle';

export const CUSTODY_ACTIONS = [
  'vault.created',
  'vault.unlocked',
  'vault.locked',
  'case.created',
  'case.renamed',
  'evidence.acquired',
  'evidence.parsed',
  'evidence.viewed',
  'value.revealed',
  'note.added',
  'tag.added',
  'tag.removed',
  'analysis.run',
  'export.created',
  'report.generated',
  'verify.run',
  'import.cancelled',
  'import.failed',
  'case.sent',
  'case.send_failed',
  'case.received',
  // Recorded by the core since early on but missing here while actions were plain strings cast later.
  'vault.passphrase_changed',
  'vault.rekeyed',
  'vault.orphans_quarantined',
  'examiner.trusted',
  'evidence.duplicate',
  'evidence.searched',
  'claim.recorded',
  // The records workspace, the case-wide search and the custody export.
  'evidence.sorted',
  'case.searched',
  'custody.exported',
  // The report workspace: which findings and annex fields changed (never their text).
  'report.fields_saved',
  // Which items and bookmarked records the case's reports cover (IDs, positions and counts, never values).
  'report.items_chosen',
] as const;

export type CustodyAction = (typeof CUSTODY_ACTIONS)[number];

/** Times come from the examiner's (often air-gapped) machine; nothing vouches for them. */
export type CustodyClock = 'local-unverified';

/** The hash that stands in for "no previous entry". */
export const GENESIS_PREV_HASH = '0'.repeat(64);

export interface CustodyExaminer {
  name: string;
  keyFingerprint: string;
}

/** What an action was about, e.g. {evidenceId, row, column} for a revealed value. */
export type CustodySubject = JsonObject;

export interface CustodyEntry {
  /** 0-based position in the case's log; also the Merkle leaf index. */
  seq: number;
  caseId: string;
  /** UTC, ISO-8601 with milliseconds and 'Z', e.g. 2024-05-01T09:30:00.000Z. */
  at: string;
  clock: CustodyClock;
  examiner: CustodyExaminer;
  action: CustodyAction;
  subject?: CustodySubject;
  /** Hashes, source path, size, file times, reason, tool version, page …; JSON only. */
  details: JsonObject;
  /** Hex SHA-256 of the previous entry's bytes; GENESIS_PREV_HASH for seq 0. */
  prevHash: string;
}

export function entryBytes(entry: CustodyEntry): Uint8Array {
  return canonicalBytes(entry);
}

export function entryHash(entry: CustodyEntry, hash: CustodyHash = nobleCustodyCrypto): string {
  return toHex(hash.sha256(entryBytes(entry)));
}

export function entryLeafHash(entry: CustodyEntry, hash: CustodyHash = nobleCustodyCrypto): Uint8Array {
  return leafHash(entryBytes(entry), hash);
}

/** Formats a Date the way entries and checkpoints store time. */
export function custodyTime(date: Date): string {
  return date.toISOString();
}

const ISO_MS_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function isCustodyTime(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_MS_UTC.test(value)) return false;
  // Field ranges checked by hand (Date round-trips were a hot spot when verifying large logs); this also
  // rejects impossible dates such as 2024-02-30.
  const year = +value.slice(0, 4);
  const month = +value.slice(5, 7);
  const day = +value.slice(8, 10);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days && +value.slice(11, 13) < 24 && +value.slice(14, 16) < 60 && +value.slice(17, 19) < 60;
}

/**
 * Case ids end up on a line of the signed checkpoint text and inside IRIs, so they are limited to
 * printable characters without whitespace.
 */
export function isCaseId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200 && !/[\s\u0000-\u001f\u007f]/.test(value);
}

// Dotted lower-case names. The verifier accepts names it does not know so an older verifier still checks
// a log written by a newer Sakshya: the signature covers the action either way.
const ACTION_NAME = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

const ENTRY_KEYS = new Set(['seq', 'caseId', 'at', 'clock', 'examiner', 'action', 'subject', 'details', 'prevHash']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Why `value` is not a well-formed custody entry, or null if it is. Used on untrusted input (a log read
 * back from disk or received from someone else), so it accepts `unknown` and never throws.
 */
export function entryShapeProblem(value: unknown): string | null {
  const problem = entryFieldsProblem(value);
  if (problem) return problem;
  try {
    canonicalBytes(value);
  } catch (e) {
    return `is not canonical JSON: ${(e as Error).message}`;
  }
  return null;
}

/**
 * The field checks of entryShapeProblem without the canonical-JSON pass, for the verifier, which
 * canonicalises each entry anyway (and reports a failure there) rather than doing it twice.
 */
export function entryFieldsProblem(value: unknown): string | null {
  if (!isPlainObject(value)) return 'is not a JSON object';
  for (const key of Object.keys(value)) if (!ENTRY_KEYS.has(key)) return `has an unknown field '${key.slice(0, 40)}'`;
  if (!Number.isSafeInteger(value.seq) || (value.seq as number) < 0) return 'has no valid seq (a non-negative integer)';
  if (!isCaseId(value.caseId)) return 'has no valid caseId';
  if (!isCustodyTime(value.at)) return "has no valid time 'at' (UTC ISO-8601 with milliseconds and Z)";
  if (value.clock !== 'local-unverified') return "has an unknown clock (expected 'local-unverified')";
  const examiner = value.examiner;
  if (!isPlainObject(examiner) || typeof examiner.name !== 'string' || !isKeyFingerprint(examiner.keyFingerprint)) {
    return 'has no valid examiner {name, keyFingerprint}';
  }
  if (Object.keys(examiner).length !== 2) return 'has unknown fields in examiner';
  if (typeof value.action !== 'string' || !ACTION_NAME.test(value.action)) return 'has no valid action name';
  if (value.subject !== undefined && !isPlainObject(value.subject)) return 'has a subject that is not an object';
  if (!isPlainObject(value.details)) return 'has details that are not an object';
  if (!isHex64(value.prevHash)) return 'has no valid prevHash (64 lower-case hex digits)';
  return null;
}

export function isCustodyEntry(value: unknown): value is CustodyEntry {
  return entryShapeProblem(value) === null;
}

export type { JsonObject, JsonValue };
