// Telegram Desktop chat export (result.json): streamed, one row per message in table `messages` (service and
// unsupported messages included, with their `type` and `action`, so counts match the export), plus one row in
// table `chat` with the chat's own scalar fields (name, type, id). A full-account export ("Export Telegram
// data": about, personal_information, chats.list[], left_chats.list[]) gives one `chat` row per chat (with
// `section`) and message rows carrying `chat_id` and `chat_name`; contacts and other sections are not read.
//
// Message columns: id, type, date, date_unixtime, from, from_id, via_bot, forwarded_from, reply_to_message_id,
// text (entities joined), then every other field as met: scalars as text, nested objects flattened with dots
// (`location_information.latitude`), arrays as compact JSON in one cell (`reactions`, `members`);
// `text_entities` is skipped (it repeats `text`). "Key: value" lines in the text become `text.<Key>` columns
// (keys matched case-insensitively; a repeated key in one message gets `_2`, `_3`).
// Media paths are kept as written; the parser cannot see the export folder, so it never fails on missing
// files. Placeholders such as "(File not included. …)" are counted in one warning.
import { AbortError } from './abort.js';
import { byteChunks } from './byte-chunks.js';
import type { PathStep } from './json-document.js';
import { DocumentRouter } from './json-document.js';
import { JsonSyntaxError, JsonTokenizer } from './json-tokenizer.js';
import type { JsonValue } from './json-value.js';
import { isObject, ValueBuilder } from './json-value.js';
import { RecordWriter } from './record-writer.js';
import { joinTelegramText, keyValueLines } from './telegram-text.js';
import type { ByteInput, ParseOutcome, ParserOptions, Position, RecordSink, StreamParser } from './types.js';
import { resolveLimits } from './types.js';

export const TELEGRAM_CORE_COLUMNS = [
  'id',
  'type',
  'date',
  'date_unixtime',
  'from',
  'from_id',
  'via_bot',
  'forwarded_from',
  'reply_to_message_id',
  'text',
] as const;

/** Columns that hold paths of exported media files, relative to the export folder. */
export const TELEGRAM_MEDIA_COLUMNS = ['photo', 'file', 'thumbnail', 'contact_vcard'] as const;

const SKIPPED = new Set(['text', 'text_entities']);
/** Message keys whose values are not even built: `text_entities` repeats `text` (about a third of an export). */
const UNBUILT: ReadonlySet<string> = new Set(['text_entities']);

export function createTelegramParser(options: ParserOptions = {}): StreamParser {
  return { parse: (input, sink, signal) => parseTelegram(input, sink, signal, options) };
}

function compactJson(v: JsonValue): string {
  const plain = (x: JsonValue): unknown =>
    x === null || typeof x === 'string' ? x : Array.isArray(x) ? x.map(plain) : Object.fromEntries([...x].map(([k, y]) => [k, plain(y)]));
  return JSON.stringify(plain(v));
}

function pushField(out: [string, string | null][], column: string, v: JsonValue): void {
  if (v === null || typeof v === 'string') out.push([column, v]);
  else if (Array.isArray(v)) out.push([column, compactJson(v)]);
  else for (const [k, x] of v) pushField(out, `${column}.${k}`, x);
}

/**
 * What a reader of one slice of an export (pii/detect-range.ts) needs from the parse: the key → column names
 * to start from (and that it grows), and where the input stood after each chunk.
 */
export interface TelegramProbe {
  /** Lower-case "Key:" → its column, as first met; used and grown by the parse. */
  keyNames: Map<string, string>;
  /** Called after each input chunk: bytes read so far, nesting depth, and whether it stands between messages. */
  afterChunk(bytes: number, depth: number, betweenRecords: boolean): void;
}

export async function parseTelegram(
  input: ByteInput,
  sink: RecordSink,
  signal: AbortSignal,
  options: ParserOptions = {},
  probe?: TelegramProbe,
): Promise<ParseOutcome> {
  const limits = resolveLimits(options);
  const messages = new RecordWriter(sink, options.tableName ?? 'messages', limits.maxColumns);
  for (const c of TELEGRAM_CORE_COLUMNS) messages.shape.add(c);
  const chats = new RecordWriter(sink, 'chat', limits.maxColumns);
  let sawMessages = false;
  let placeholders = 0;
  const keyNames = probe?.keyNames ?? new Map<string, string>(); // lower-case key → column
  // The chat being read: '' for a single-chat export, '<section>/<index>' inside a full-account export.
  let chatKey: string | null = null;
  let chatPairs: [string, string | null][] = [];
  let chatAt: Position = {};
  let chatFlushed = false;
  let currentChat: { id: string | null; name: string | null } | null = null;

  let chatHasMessages = false;
  // A chat row is written once its messages array starts (name, type and id come before it); scalars of a
  // container without messages (the `about` of a full-account export) make no chat row.
  const flushChat = (): void => {
    if (!chatFlushed && chatHasMessages && chatPairs.length > 0) chats.writePairs(chatPairs, chatAt);
    chatFlushed = true;
  };
  const enterChat = (key: string, section: string | null): void => {
    if (key === chatKey) return;
    flushChat();
    chatKey = key;
    chatPairs = section ? [['section', section]] : [];
    chatFlushed = false;
    chatHasMessages = false;
    chatAt = {};
  };
  const chatKeyOf = (path: readonly PathStep[]): { key: string; section: string | null } | null => {
    if (path.length === 1) return { key: '', section: null };
    if (path.length === 4 && path[1] === 'list' && (path[0] === 'chats' || path[0] === 'left_chats')) {
      return { key: `${String(path[0])}/${String(path[2])}`, section: String(path[0]) };
    }
    return null;
  };
  const isMessages = (path: readonly PathStep[]): boolean =>
    path[path.length - 1] === 'messages' && (path.length === 1 || chatKeyOf(path) !== null);

  const messageRow = (value: JsonValue, at: Position): void => {
    if (!isObject(value)) {
      sink.malformed(messages.shape.name, at, `byte offset ${at.offset ?? 0}: a message is not a JSON object; skipped`);
      return;
    }
    const pairs: [string, string | null][] = [];
    const text = joinTelegramText(value.get('text'));
    for (const c of TELEGRAM_CORE_COLUMNS) {
      if (c === 'text') pairs.push(['text', text]);
      else {
        const v = value.get(c);
        if (v !== undefined) pushField(pairs, c, v);
      }
    }
    if (currentChat) pairs.push(['chat_id', currentChat.id], ['chat_name', currentChat.name]);
    for (const [k, v] of value) {
      if (SKIPPED.has(k) || (TELEGRAM_CORE_COLUMNS as readonly string[]).includes(k)) continue;
      if (typeof v === 'string' && v.startsWith('(File ')) placeholders++;
      pushField(pairs, k, v);
    }
    const seen = new Map<string, number>();
    for (const [key, v] of keyValueLines(text)) {
      const lower = key.toLowerCase();
      let base = keyNames.get(lower);
      if (base === undefined) {
        base = `text.${key}`;
        keyNames.set(lower, base);
      }
      const n = (seen.get(lower) ?? 0) + 1;
      seen.set(lower, n);
      pairs.push([n === 1 ? base : `${base}_${n}`, v]);
    }
    messages.writePairs(pairs, at);
  };

  const builder = new ValueBuilder(UNBUILT);
  // Only `messages` arrays (of the chat, or of each chat in a full-account export) hold records; everything
  // else streams through without being built, so a large unrelated section costs no memory.
  const router = new DocumentRouter(
    {
      route: (path, isArray) => (isArray && isMessages(path) ? 'records' : 'descend'),
      arrayStart: (path) => {
        sawMessages = true;
        messages.declare();
        const chat = chatKeyOf(path);
        if (chat) enterChat(chat.key, chat.section);
        const get = (k: string): string | null => chatPairs.find(([c]) => c === k)?.[1] ?? null;
        currentChat = chat?.section ? { id: get('id'), name: get('name') } : null;
        chatHasMessages = true;
        flushChat();
      },
      open: () => {
        builder.reset();
        return builder;
      },
      close: (_target, at) => messageRow(builder.take(), at),
      scalarRecord: (target, value, at) => {
        if (target.element) {
          messageRow(value, at);
          return;
        }
        const chat = chatKeyOf(target.path);
        if (!chat) return;
        enterChat(chat.key, chat.section);
        if (chatFlushed) return; // fields after the messages array are not part of the chat row
        if (chatPairs.length === 0 || (chat.section && chatPairs.length === 1)) chatAt = at;
        chatPairs.push([String(target.path[target.path.length - 1]), value]);
      },
    },
    false,
  );
  const tokenizer = new JsonTokenizer(router, { maxDepth: limits.maxDepth, maxTokenBytes: limits.maxRecordBytes });
  router.tokenizer = tokenizer;
  let outcome: ParseOutcome = { status: 'parsed', encoding: 'utf-8' };
  try {
    for await (const chunk of byteChunks(input, signal)) {
      tokenizer.write(chunk);
      probe?.afterChunk(tokenizer.offset, tokenizer.depth, router.betweenRecords);
      if (router.building && tokenizer.offset - router.recordStart > limits.maxRecordBytes) {
        const at = { offset: router.recordStart };
        const reason = `The message starting at byte offset ${router.recordStart} is larger than ${limits.maxRecordBytes} bytes; parsing stopped there.`;
        sink.malformed(messages.shape.name, at, reason);
        outcome = { status: 'malformed', reason, at, encoding: 'utf-8' };
        break;
      }
    }
    if (outcome.status === 'parsed') tokenizer.end();
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) {
      if (signal.aborted) throw new AbortError();
      throw e;
    }
    const at = { offset: e.offset, line: e.line };
    const reason = `Invalid JSON in the Telegram export: ${e.message}; messages before it were kept.`;
    sink.malformed(sawMessages ? messages.shape.name : null, at, reason);
    outcome = { status: 'malformed', reason, at, encoding: 'utf-8' };
  }
  if (!sawMessages && outcome.status === 'parsed') {
    return { status: 'unparsed', reason: 'No "messages" array: this is not a Telegram Desktop chat export.', encoding: 'utf-8' };
  }
  flushChat();
  if (placeholders > 0) {
    sink.warning('media-not-included', `${placeholders} message fields name media that the export did not include.`);
  }
  return outcome;
}
