// JSON documents and NDJSON, streamed through the strict tokenizer. See json-document.ts for how a document
// maps to tables and json-value.ts for how a record is flattened to columns.
import { AbortError } from './abort.js';
import { byteChunks } from './byte-chunks.js';
import type { RecordTarget } from './json-document.js';
import { DocumentRouter } from './json-document.js';
import { JsonSyntaxError, JsonTokenizer } from './json-tokenizer.js';
import type { JsonValue } from './json-value.js';
import { ValueBuilder } from './json-value.js';
import { RecordWriter } from './record-writer.js';
import type { ByteInput, ParseOutcome, ParserOptions, Position, RecordSink, StreamParser } from './types.js';
import { resolveLimits } from './types.js';

export function createJsonParser(options: ParserOptions = {}): StreamParser {
  return { parse: (input, sink, signal) => parseJson(input, sink, signal, options) };
}

export function createNdjsonParser(options: ParserOptions = {}): StreamParser {
  return { parse: (input, sink, signal) => parseNdjson(input, sink, signal, options) };
}

export async function parseJson(
  input: ByteInput,
  sink: RecordSink,
  signal: AbortSignal,
  options: ParserOptions = {},
): Promise<ParseOutcome> {
  const limits = resolveLimits(options);
  const rootTable = options.tableName ?? 'records';
  const writers = new Map<string, RecordWriter>();
  const writerFor = (name: string): RecordWriter => {
    let w = writers.get(name);
    if (!w) {
      w = new RecordWriter(sink, name, limits.maxColumns);
      writers.set(name, w);
    }
    return w;
  };
  const rootProps: [string, JsonValue][] = [];
  let rootPropsAt: Position = {};
  const addRootProp = (key: string, value: JsonValue, at: Position): void => {
    if (rootProps.length === 0) rootPropsAt = at;
    if (rootProps.length < limits.maxColumns) rootProps.push([key, value]);
  };
  const propBuilder = new ValueBuilder();
  // Elements of the top-level array go to the root table; elements of a property's array to a table named
  // after the property. Other properties of a top-level object are gathered into one root row.
  const tableOf = (t: RecordTarget): string => (t.element && t.path.length === 2 ? String(t.path[0]) : rootTable);
  const isProperty = (t: RecordTarget): boolean => !t.element && t.path.length === 1;
  const router = new DocumentRouter(
    {
      route: (path, isArray) => (path.length === 0 ? (isArray ? 'records' : 'descend') : isArray ? 'records' : 'record'),
      arrayStart: (path) => writerFor(path.length === 1 ? String(path[0]) : rootTable).declare(),
      open: (target) => {
        if (isProperty(target)) {
          propBuilder.reset();
          return propBuilder;
        }
        return writerFor(tableOf(target)).beginRecord();
      },
      close: (target, at) => {
        if (isProperty(target)) addRootProp(String(target.path[0]), propBuilder.take(), at);
        else writerFor(tableOf(target)).finishRecord(at);
      },
      scalarRecord: (target, value, at) => {
        if (isProperty(target)) addRootProp(String(target.path[0]), value, at);
        else writerFor(tableOf(target)).writeValue(value, at);
      },
    },
    false,
  );
  const tokenizer = new JsonTokenizer(router, { maxDepth: limits.maxDepth, maxTokenBytes: limits.maxRecordBytes });
  router.tokenizer = tokenizer;
  const tableForErrors = (): string | null => (writers.size === 1 ? ([...writers.keys()][0] ?? null) : null);

  try {
    for await (const chunk of byteChunks(input, signal)) {
      tokenizer.write(chunk);
      if (router.building && tokenizer.offset - router.recordStart > limits.maxRecordBytes) {
        const at = { offset: router.recordStart };
        const reason = `The JSON record starting at byte offset ${router.recordStart} is larger than ${limits.maxRecordBytes} bytes; parsing stopped there.`;
        sink.malformed(tableForErrors(), at, reason);
        return { status: 'malformed', reason, at, encoding: 'utf-8' };
      }
    }
    tokenizer.end();
  } catch (e) {
    if (e instanceof JsonSyntaxError) {
      const at = { offset: e.offset, line: e.line };
      const reason = `Invalid JSON: ${e.message}; records before it were kept.`;
      sink.malformed(tableForErrors(), at, reason);
      return { status: 'malformed', reason, at, encoding: 'utf-8' };
    }
    if (signal.aborted) throw new AbortError();
    throw e;
  }
  if (rootProps.length > 0) {
    const name = writers.has(rootTable) ? `${rootTable}_root` : rootTable;
    const record: JsonValue = new Map(rootProps);
    writerFor(name).writeValue(record, rootPropsAt);
  }
  return { status: 'parsed', encoding: 'utf-8' };
}

export async function parseNdjson(
  input: ByteInput,
  sink: RecordSink,
  signal: AbortSignal,
  options: ParserOptions = {},
): Promise<ParseOutcome> {
  const limits = resolveLimits(options);
  const writer = new RecordWriter(sink, options.tableName ?? 'records', limits.maxColumns);
  let badLines = 0;
  const router = new DocumentRouter(
    {
      route: () => 'record',
      open: () => writer.beginRecord(),
      close: (_t, at) => writer.finishRecord(at),
      scalarRecord: (_t, value, at) => writer.writeValue(value, at),
      recover: (e) => {
        badLines++;
        sink.malformed(writer.shape.name, { line: e.line, offset: e.offset }, `line ${e.line}: invalid JSON (${e.message}); line skipped`);
      },
    },
    true,
  );
  const tokenizer = new JsonTokenizer(router, {
    maxDepth: limits.maxDepth,
    maxTokenBytes: limits.maxRecordBytes,
    multi: true,
  });
  router.tokenizer = tokenizer;
  try {
    for await (const chunk of byteChunks(input, signal)) {
      tokenizer.write(chunk);
      if (router.building && tokenizer.offset - router.recordStart > limits.maxRecordBytes) {
        badLines++;
        const line = tokenizer.valueLine;
        sink.malformed(writer.shape.name, { line, offset: router.recordStart }, `line ${line}: record larger than ${limits.maxRecordBytes} bytes; line skipped`);
        router.reset();
        tokenizer.skipLine();
      }
    }
    tokenizer.end();
  } catch (e) {
    if (signal.aborted) throw new AbortError();
    throw e;
  }
  if (writer.rows === 0 && badLines === 0) writer.declare();
  return badLines > 0 && writer.rows === 0
    ? { status: 'malformed', reason: `No valid NDJSON line; ${badLines} lines were invalid.`, encoding: 'utf-8' }
    : { status: 'parsed', encoding: 'utf-8' };
}
