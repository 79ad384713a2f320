// A Telegram chat export read as a conversation (issue #16): a page of the `messages` table in export
// order, each message with its sender, time, forward, media, service action, and the message it answers.
// Everything leaving here is redacted as the records grid redacts the same column (evidence-view.ts
// redactValue), and stricter where the grid may be lax: a sender, actor or forwarded-from name is masked as
// a name even when its column was not typed (fail closed: a display name is a person's name unless known
// otherwise). A quoted reply is cut short only after it is redacted, so a cut never splits an identifier
// out of its mask. Text is returned as text; the renderer shows it as text, never as markup.
import { SakshyaError } from '../../../shared/api/errors';
import type { ColumnInfo, ConversationMessage, ConversationPage } from '../../../shared/api/contract';
import { isPiiType, redactCell } from '../../../shared/pii';
import type { Vault } from '../vault/vault';
import { listTables, type TableRecord } from '../store/evidence';
import { readTableRows } from '../ingest/table-rows';
import { columnsOf, pickTable, redactValue, type RedactionContext } from './evidence-view';
import { findMessage, messageIdNumber, replyIndex } from './telegram-replies';

export const MESSAGES_TABLE = 'messages';
/** Characters of a quoted message shown under a reply (after redaction). */
export const QUOTE_CHARS = 160;

/** Media columns of an export and how the view names them; `file` takes its kind from `media_type`. */
const MEDIA_COLUMNS: readonly { column: string; kind: string | null }[] = [
  { column: 'photo', kind: 'photo' },
  { column: 'file', kind: null },
  { column: 'contact_vcard', kind: 'contact' },
];

type Raw = (string | null)[];

interface Reader {
  columns: ColumnInfo[];
  at: Map<string, number>;
  ctx: RedactionContext;
}

const cell = (r: Raw, rd: Reader, name: string): string | null => {
  const i = rd.at.get(name);
  return i === undefined ? null : (r[i] ?? null);
};

/** A column's value as the grid shows it. */
function shown(r: Raw, rd: Reader, name: string): string | null {
  const i = rd.at.get(name);
  const v = i === undefined ? null : (r[i] ?? null);
  return v === null ? null : redactValue(v, rd.columns[i!]!, rd.ctx);
}

/** A name: the column's own type when it has one, else masked as a person's name. */
function nameOf(r: Raw, rd: Reader, name: string): string | null {
  const i = rd.at.get(name);
  const v = i === undefined ? null : (r[i] ?? null);
  if (v === null || v.trim() === '') return null;
  const c = rd.columns[i!]!;
  if (c.piiType && isPiiType(c.piiType)) return redactValue(v, c, rd.ctx);
  return redactCell('PERSON', v, rd.ctx.policy, rd.ctx.tokenKey, c.name);
}

function unixTime(v: string | null): string | null {
  if (v === null || !/^\d{1,12}$/.test(v.trim())) return null;
  const d = new Date(Number(v.trim()) * 1000);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** At most `n` characters (code points, so an emoji or a surrogate pair is never split), with an ellipsis. */
export function cutText(s: string, n: number): string {
  const cps = [...s];
  return cps.length <= n ? s : `${cps.slice(0, n).join('').trimEnd()}…`;
}

function sender(r: Raw, rd: Reader): { from: string | null; fromColumn: string | null } {
  for (const c of ['from', 'actor']) {
    const v = nameOf(r, rd, c);
    if (v !== null) return { from: v, fromColumn: c };
  }
  return { from: null, fromColumn: null };
}

function message(row: number, r: Raw, rd: Reader): Omit<ConversationMessage, 'replyTo'> {
  const unix = unixTime(cell(r, rd, 'date_unixtime'));
  const media: ConversationMessage['media'] = [];
  for (const m of MEDIA_COLUMNS) {
    const name = shown(r, rd, m.column);
    if (name === null || name.trim() === '') continue;
    media.push({ column: m.column, kind: m.kind ?? cell(r, rd, 'media_type') ?? 'file', name });
  }
  return {
    row,
    id: cell(r, rd, 'id'),
    kind: cell(r, rd, 'type') === 'service' ? 'service' : 'message',
    at: unix,
    localDate: unix ? null : shown(r, rd, 'date'),
    ...sender(r, rd),
    viaBot: shown(r, rd, 'via_bot'),
    forwardedFrom: nameOf(r, rd, 'forwarded_from'),
    action: cell(r, rd, 'type') === 'service' ? shown(r, rd, 'action') : null,
    text: shown(r, rd, 'text') ?? '',
    media,
    chat: nameOf(r, rd, 'chat_name'),
    chatStart: false,
  };
}

function chatName(vault: Vault, evidenceId: string, ctx: RedactionContext): string | null {
  const chat = listTables(vault.db, evidenceId).find((x) => x.name === 'chat');
  // A full-account export has one row per chat: no one name stands for the item.
  if (!chat || chat.records !== 1) return null;
  const columns = columnsOf(chat);
  const i = chat.columns.indexOf('name');
  const v = i < 0 ? null : (readTableRows(vault, chat, 0, 1)[0]?.[i] ?? null);
  if (v === null || v.trim() === '') return null;
  const c = columns[i]!;
  return c.piiType && isPiiType(c.piiType) ? redactValue(v, c, ctx) : redactCell('PERSON', v, ctx.policy, ctx.tokenKey, c.name);
}

export function messagesTable(vault: Vault, caseId: string, evidenceId: string): TableRecord {
  const { evidence, table } = pickTable(vault, caseId, evidenceId, undefined);
  if (evidence.format !== 'telegram') {
    throw new SakshyaError('INVALID_INPUT', `Evidence ${evidenceId} is not a Telegram chat export (format ${evidence.format}); the conversation view shows Telegram exports only.`);
  }
  return table.name === MESSAGES_TABLE ? table : pickTable(vault, caseId, evidenceId, MESSAGES_TABLE).table;
}

/** Records this close together are read in one pass rather than one by one. */
const NEAR = 256;

/** The records `wanted` (sorted, 0-based), nearby ones read together, so quotes cost a few chunk reads. */
function readRecords(vault: Vault, t: TableRecord, wanted: readonly number[]): Map<number, Raw> {
  const out = new Map<number, Raw>();
  for (let i = 0; i < wanted.length; ) {
    const start = wanted[i]!;
    let j = i;
    while (j + 1 < wanted.length && wanted[j + 1]! - start < NEAR) j++;
    const rows = readTableRows(vault, t, start, wanted[j]! - start + 1);
    for (let k = i; k <= j; k++) out.set(wanted[k]!, rows[wanted[k]! - start] ?? []);
    i = j + 1;
  }
  return out;
}

export interface ConversationResult {
  page: ConversationPage;
  /** Records outside the page whose text was shown as a quote (0-based), for the view log. */
  quoted: number[];
}

/** Messages [offset, offset + limit) in export order, redacted, each reply with the message it answers. */
export async function conversationPage(vault: Vault, caseId: string, evidenceId: string, offset: number, limit: number, ctx: RedactionContext): Promise<ConversationResult> {
  const t = messagesTable(vault, caseId, evidenceId);
  const columns = columnsOf(t);
  const rd: Reader = { columns, at: new Map(t.columns.map((c, i) => [c, i])), ctx };
  const raw = readTableRows(vault, t, offset, limit);
  const replyCol = rd.at.get('reply_to_message_id');
  const hasReplies = replyCol !== undefined && raw.some((r) => (r[replyCol] ?? '').trim() !== '');
  const index = hasReplies ? await replyIndex(vault, t) : null;
  const targets = new Map<number, Raw>();
  raw.forEach((r, i) => targets.set(offset + i, r));
  const quoted: number[] = [];

  const replyTo = raw.map((r) => {
    const to = replyCol === undefined ? null : (r[replyCol] ?? null);
    if (!index || to === null || to.trim() === '') return null;
    return { id: to.trim(), row: findMessage(index, cell(r, rd, 'chat_id') ?? '', messageIdNumber(to)) };
  });
  for (const q of replyTo) if (q?.row != null && !targets.has(q.row) && !quoted.includes(q.row)) quoted.push(q.row);
  quoted.sort((a, b) => a - b);
  for (const [n, row] of readRecords(vault, t, quoted)) targets.set(n, row);

  // A chat's run starts where chat_id changes (the record before the page is read to tell, for its first message).
  const chatCol = rd.at.get('chat_id');
  const before = chatCol !== undefined && offset > 0 && raw.length > 0 ? (readTableRows(vault, t, offset - 1, 1)[0]?.[chatCol] ?? null) : undefined;
  const startsChat = (i: number): boolean => {
    if (chatCol === undefined) return false;
    const prev = i === 0 ? before : raw[i - 1]![chatCol];
    return prev === undefined || (prev ?? null) !== (raw[i]![chatCol] ?? null);
  };

  const messages: ConversationMessage[] = raw.map((r, i) => {
    const base = { ...message(offset + i, r, rd), chatStart: startsChat(i) };
    const to = replyTo[i];
    if (!to) return { ...base, replyTo: null };
    const target = to.row;
    if (target === null) return { ...base, replyTo: { id: to.id, row: null, from: null, text: null } };
    const q = message(target, targets.get(target) ?? [], rd);
    return { ...base, replyTo: { id: to.id, row: target, from: q.from, text: cutText(q.text, QUOTE_CHARS) } };
  });
  return {
    page: { table: t.name, total: t.records, offset, chatName: chatName(vault, evidenceId, ctx), messages },
    quoted,
  };
}
