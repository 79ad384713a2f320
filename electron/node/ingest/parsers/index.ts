// Public API of the format parsers (detection and createParser live in ../formats.ts, ZIP in ../zip/).
export type {
  ByteInput,
  FormatId,
  ParseOutcome,
  ParserOptions,
  Position,
  RandomAccessParser,
  RandomAccessSource,
  RecordSink,
  StreamParser,
  TextEncoding,
} from './types.js';
export { DEFAULT_LIMITS } from './types.js';
export { AbortError, isAbortError } from './abort.js';
export { parseCsv, createCsvParser } from './csv.js';
export { parseJson, parseNdjson, createJsonParser, createNdjsonParser } from './json.js';
export { parseTelegram, createTelegramParser, TELEGRAM_CORE_COLUMNS, TELEGRAM_MEDIA_COLUMNS } from './telegram.js';
export { parseSqlDump, createSqlDumpParser } from './sql-dump.js';
export { parseSqlite, createSqliteParser } from './sqlite.js';
export { parseText, createTextParser } from './text.js';
export { bufferSource, fileSource } from './sources.js';
