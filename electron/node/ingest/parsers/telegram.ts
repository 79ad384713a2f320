// Telegram Desktop chat export (result.json): streamed, one row per message in table `messages` (service and
// unsupported messages included, with their `type` and `action`, so counts match the export), plus one row in
// table `chat` with the chat's own scalar fields (name, type, id).
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

export async function parseTelegram(
  input: ByteInput,
  sink: RecordSink,
  signal: AbortSignal,
  options: ParserOptions = {},
): Promise<ParseOutcome> {
  const limits = resolveLimits(options);
  const messages = new RecordWriter(sink, options.tableName ?? 'messages', limits.maxColumns);
  for (const c of TELEGRAM_CORE_COLUMNS) messages.shape.add(c);
  const chatProps: [string, JsonValue][] = [];
  let chatAt: Position = {};
  let sawMessages = false;
  let placeholders = 0;
  const keyNames = new Map<string, string>(); // lower-case key → column

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

  const builder = new ValueBuilder();
  const addChatProp = (key: string, value: JsonValue, at: Position): void => {
    if (chatProps.length === 0) chatAt = at;
    if (value === null || typeof value === 'string') chatProps.push([key, value]);
  };
  const router = new DocumentRouter(
    {
      arrayStart: (path) => {
        if (path === 'messages') {
          sawMessages = true;
          messages.declare();
        }
      },
      open: () => {
        builder.reset();
        return builder;
      },
      close: (target, at) => {
        const value = builder.take();
        if (target.kind === 'element' && target.path === 'messages') messageRow(value, at);
      },
      scalarRecord: (target, value, at) => {
        if (target.kind === 'property') addChatProp(target.key, value, at);
        else if (target.kind === 'element' && target.path === 'messages') messageRow(value, at);
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
  if (chatProps.length > 0) new RecordWriter(sink, 'chat', limits.maxColumns).writeValue(new Map(chatProps), chatAt);
  if (placeholders > 0) {
    sink.warning('media-not-included', `${placeholders} message fields name media that the export did not include.`);
  }
  return outcome;
}
