// The custody log as shown to people (app timeline, CLI, report): one summarised line per entry.
import { entryHash, type CustodyEntry } from '../../../shared/custody';
import { summariseEntry } from '../../../shared/format/custody-summary';
import type { CustodyEntryView, VerifyResult } from '../../../shared/api/contract';
import type { Vault } from '../vault/vault';
import { readCheckpoints, readEntries } from '../store/custody-log';
import { nodeCustodyCrypto } from '../vault/node-crypto';
import type { CaseVerifyResult } from './verify-case';
import { recogniseCoreText, type CoreMessage } from '../../../shared/i18n/core-text';
import { DEFAULT_POLICY, redactText } from '../../../shared/pii';

/** A note or a tag is the examiner's own text, and may quote a value from the evidence ("matches the bot
 * reply for 98…"): it is shown, as the report prints it, with every identifier in it masked. The stored
 * entry (and its hash) keep the text as typed; only what is shown is redacted. */
export function shownFreeText(text: string): string {
  return redactText(text, DEFAULT_POLICY);
}

function shownEntry(e: CustodyEntry): CustodyEntry {
  if (e.action !== 'note.added' && e.action !== 'tag.added') return e;
  const d = { ...e.details };
  if (typeof d.text === 'string') d.text = shownFreeText(d.text);
  if (typeof d.tag === 'string') d.tag = shownFreeText(d.tag);
  return { ...e, details: d };
}

export function entryView(e: CustodyEntry): CustodyEntryView {
  const ev = e.details.evidenceId ?? e.subject?.evidenceId;
  return {
    seq: e.seq,
    at: e.at,
    action: e.action,
    examiner: e.examiner.name,
    keyFingerprint: e.examiner.keyFingerprint,
    summary: summariseEntry(shownEntry(e), 'en'),
    summaryHi: summariseEntry(shownEntry(e), 'hi'),
    evidenceId: typeof ev === 'string' ? ev : null,
    entryHash: entryHash(e, nodeCustodyCrypto),
  };
}

export function custodyLogView(vault: Vault, caseId: string) {
  const entries = readEntries(vault.db, caseId);
  const last = readCheckpoints(vault.db, caseId).at(-1) ?? null;
  return { entries: entries.map(entryView), root: last?.rootHash ?? null, treeSize: last?.treeSize ?? 0, checkpointAt: last?.at ?? null };
}

export function verifyView(r: CaseVerifyResult): VerifyResult {
  if (r.ok) return { ok: true, entries: r.entries, checkpoints: r.checkpoints, root: r.root, evidence: r.evidence, bytes: r.bytes, problem: null };
  const p = r.firstBad;
  return {
    ok: false,
    entries: 0,
    checkpoints: 0,
    root: null,
    evidence: 0,
    bytes: 0,
    problem: { kind: p.kind, ...(p.seq !== undefined ? { seq: p.seq } : {}), ...(p.evidenceId ? { evidenceId: p.evidenceId } : {}), ...(p.file ? { file: p.file } : {}), message: describeProblem(p), ...problemText(describeProblem(p)) },
  };
}

/** The problem as a catalogue key and parameters, so the custody tab can say it in the reader's language. */
function problemText(message: string): { text?: CoreMessage } {
  const text = recogniseCoreText(message);
  return text ? { text } : {};
}

export function describeProblem(p: CaseVerifyResult extends infer R ? (R extends { ok: false; firstBad: infer F } ? F : never) : never): string {
  if (p.kind === 'entry') return `Entry ${p.seq}: ${p.problem}`;
  if (p.kind === 'checkpoint') return `Checkpoint ${p.index}: ${p.problem}`;
  return `Evidence ${p.evidenceId}${p.file ? ` (${p.file})` : ''}: ${p.problem}`;
}
