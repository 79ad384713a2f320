// Finding the record that a Telegram reply answers. A reply names the message id it answers
// (`reply_to_message_id`); the record holding that id may be anywhere in the table, so the view needs
// id → record number. The index is two typed arrays (16 bytes a message), built by one pass over the
// table the first time a page holds a reply, kept in this process's memory for the unlocked vault only
// (dropped with the Vault object on lock) and never written anywhere. In a full-account export message ids
// restart per chat, so the key is (chat, id): a reply is looked up only within its own chat. The pass reads
// the whole table (about 2.4 s for 1 lakh messages here), so it yields to the event loop between slices: the
// core keeps answering other requests meanwhile, and requests that need the same index wait for one build.
import type { Vault } from '../vault/vault';
import type { TableRecord } from '../store/evidence';
import { readTableRows } from '../ingest/table-rows';

const READ_PAGE = 4096;
/** Indexes kept per unlocked vault; the least recently used one is dropped first. */
const KEEP = 4;

export interface ReplyIndex {
  /** Record numbers ordered by (chat, id). */
  order: Uint32Array;
  chats: Uint32Array;
  ids: Float64Array;
  /** chat_id as written → its number in `chats` ('' for a single-chat export). */
  chatNumbers: Map<string, number>;
}

const caches = new WeakMap<Vault, Map<string, Promise<ReplyIndex>>>();

/** A Telegram message id as a number; NaN when it is not a plain integer (such an id is never found). */
export function messageIdNumber(v: string | null | undefined): number {
  return v !== null && v !== undefined && /^-?\d{1,15}$/.test(v.trim()) ? Number(v.trim()) : NaN;
}

export function replyIndex(vault: Vault, t: TableRecord): Promise<ReplyIndex> {
  const key = `${t.evidenceId}\u0000${t.name}`;
  let cache = caches.get(vault);
  const hit = cache?.get(key);
  if (hit && cache) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  if (!cache) caches.set(vault, (cache = new Map()));
  const built = buildIndex(vault, t);
  cache.set(key, built);
  // A failed build (the vault locked half-way) is not kept: the next request starts again.
  built.catch(() => cache.get(key) === built && cache.delete(key));
  while (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  return built;
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

async function buildIndex(vault: Vault, t: TableRecord): Promise<ReplyIndex> {
  const idCol = t.columns.indexOf('id');
  const chatCol = t.columns.indexOf('chat_id');
  const ids = new Float64Array(t.records);
  const chats = new Uint32Array(t.records);
  const chatNumbers = new Map<string, number>();
  let n = 0;
  for (let off = 0; off < t.records; off += READ_PAGE) {
    if (off > 0) await pause();
    const rows = readTableRows(vault, t, off, READ_PAGE);
    if (rows.length === 0) break;
    for (const r of rows) {
      ids[n] = idCol < 0 ? NaN : messageIdNumber(r[idCol]);
      chats[n] = chatNumber(chatNumbers, chatCol < 0 ? '' : (r[chatCol] ?? ''));
      n++;
    }
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Ids that are not numbers sort last and are never matched.
  order.sort((a, b) => chats[a]! - chats[b]! || cmp(ids[a]!, ids[b]!) || a - b);
  return { order, chats: chats.subarray(0, n), ids: ids.subarray(0, n), chatNumbers };
}

function chatNumber(m: Map<string, number>, chat: string): number {
  let k = m.get(chat);
  if (k === undefined) m.set(chat, (k = m.size));
  return k;
}

function cmp(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
  if (Number.isNaN(b)) return -1;
  return a - b;
}

/** The first record (in export order) of `chat` whose id is `id`, or null. */
export function findMessage(index: ReplyIndex, chat: string, id: number): number | null {
  const c = index.chatNumbers.get(chat);
  if (c === undefined || Number.isNaN(id)) return null;
  const { order, chats, ids } = index;
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const r = order[mid]!;
    if (chats[r]! - c < 0 || (chats[r] === c && cmp(ids[r]!, id) < 0)) lo = mid + 1;
    else hi = mid;
  }
  const r = order[lo];
  return r !== undefined && chats[r] === c && ids[r] === id ? r : null;
}
