// MySQL and PostgreSQL dumps, streamed statement by statement (never the whole file in memory):
// - CREATE TABLE gives column names and declares the table (so a table with no rows still appears);
// - INSERT/REPLACE INTO t [(cols)] VALUES (…),(…); rows are emitted tuple by tuple;
// - PostgreSQL COPY t (cols) FROM stdin; … \. blocks (\N null, backslash escapes);
// - everything else (SET, LOCK, views, CREATE PROCEDURE/FUNCTION/TRIGGER bodies, DELIMITER blocks) is skipped,
//   so INSERTs inside routine bodies are never read as data.
// Table names are written as in the dump without quotes, schema prefix kept when present: Sakila (MySQL) gives
// `actor`, Pagila (pg_dump) gives `public.actor`. Without CREATE TABLE, columns are `column_1…N`.
// A broken statement is reported with its line and the parse goes on with the next statement.
// Values: strings decoded, numbers as written, NULL → null, hex/X'…' via blobText, _charset introducers
// dropped, PostgreSQL ::casts dropped, other expressions (function calls) kept as SQL text.
import { AbortError } from './abort.js';
import { hexBlobText } from './blob-text.js';
import { readQualifiedName, parseCreateTable } from './sql-create-table.js';
import { splitCopyLine } from './sql-copy.js';
import type { Dialect, Token } from './sql-lexer.js';
import { SqlLexer, SqlSyntaxError, T } from './sql-lexer.js';
import { TableShape } from './table-shape.js';
import { InvalidUtf8Reporter, openTextInput } from './text-input.js';
import type { ByteInput, ParseOutcome, ParserOptions, Position, RecordSink, StreamParser } from './types.js';
import { resolveLimits } from './types.js';

export interface SqlDumpOptions extends ParserOptions {
  /** Characters handed to the reader at a time (tests use tiny values to exercise resumption). */
  feedChars?: number;
}

export function createSqlDumpParser(dialect: Dialect, options: SqlDumpOptions = {}): StreamParser {
  return { parse: (input, sink, signal) => parseSqlDump(dialect, input, sink, signal, options) };
}

/** Text is handed to the reader in pieces of at least this many characters (fewer re-scans of a split token). */
const FEED_CHARS = 1 << 20;

type Mode = 'start' | 'skip' | 'create' | 'values' | 'copy' | 'done';

interface Target {
  shape: TableShape;
  /** Column index for each value position (explicit column list), or null for positional. */
  map: number[] | null;
}

class Stop extends Error {
  constructor(readonly outcome: ParseOutcome) {
    super(outcome.reason);
  }
}

const upper = (t: Token | undefined): string => (t && t.t === T.Word ? t.v.toUpperCase() : '');
const isPunct = (t: Token | undefined, v: string): boolean => t !== undefined && t.t === T.Punct && t.v === v;

class DumpReader {
  readonly lex: SqlLexer;
  mode: Mode = 'start';
  private cpPos = 0;
  private cpVersioned = false;
  private stmtLine = 1;
  private lineBasePos = 0;
  private lineBaseNo = 1;
  private readonly tables = new Map<string, TableShape>();
  private target: Target | null = null;
  private expectTuple = false;
  private createTokens: Token[] = [];
  rows = 0;
  broken = 0;

  constructor(
    readonly dialect: Dialect,
    private readonly sink: RecordSink,
    private readonly maxRecord: number,
  ) {
    this.lex = new SqlLexer(dialect);
  }

  append(text: string): void {
    // Drop what is already consumed (everything before the checkpoint) before growing the buffer.
    const cut = this.cpPos;
    if (cut > 0) {
      this.lineAt(cut);
      this.lex.buf = this.lex.buf.slice(cut);
      this.lex.pos -= cut;
      this.cpPos = 0;
      this.lineBasePos -= cut;
    }
    this.lex.buf += text;
    this.lex.backslashAt = -2;
  }

  private checkpoint(): void {
    this.cpPos = this.lex.pos;
    this.cpVersioned = this.lex.versioned;
  }

  private rollback(): void {
    this.lex.pos = this.cpPos;
    this.lex.versioned = this.cpVersioned;
    if (this.lex.buf.length - this.cpPos > this.maxRecord) {
      const line = this.lineAt(this.cpPos);
      const reason = `A statement part starting at line ${line} is larger than ${this.maxRecord} bytes; parsing stopped there.`;
      this.sink.malformed(this.target?.shape.name ?? null, { line }, reason);
      throw new Stop({ status: 'malformed', reason, at: { line } });
    }
  }

  lineAt(p: number): number {
    const buf = this.lex.buf;
    if (p >= this.lineBasePos) {
      let i = buf.indexOf('\n', this.lineBasePos);
      while (i !== -1 && i < p) {
        this.lineBaseNo++;
        i = buf.indexOf('\n', i + 1);
      }
      this.lineBasePos = p;
      return this.lineBaseNo;
    }
    let n = 0;
    for (let i = buf.indexOf('\n', p); i !== -1 && i < this.lineBasePos; i = buf.indexOf('\n', i + 1)) n++;
    return this.lineBaseNo - n;
  }

  private shapeFor(name: string): TableShape {
    let s = this.tables.get(name);
    if (!s) {
      s = new TableShape(name);
      this.tables.set(name, s);
    }
    return s;
  }

  private broke(table: string | null, at: Position, what: string): void {
    this.broken++;
    this.sink.malformed(table, at, `line ${at.line ?? '?'}: ${what}`);
  }

  /** Processes as much of the buffer as possible; returns when more text is needed or the input is done. */
  pump(): void {
    for (;;) {
      try {
        if (!this.step()) return;
      } catch (e) {
        if (!(e instanceof SqlSyntaxError)) throw e;
        const line = this.lineAt(Math.min(e.pos, this.lex.buf.length));
        this.broke(null, { line }, `${e.message}; statement skipped`);
        if (this.lex.final) {
          this.truncated = { line };
          this.mode = 'done';
          return;
        }
        this.lex.pos = e.pos + 1;
        this.mode = 'skip';
      }
    }
  }

  /** One state step; false when more input is needed or the input is done. */
  private step(): boolean {
    switch (this.mode) {
      case 'done':
        return false;
      case 'start':
        return this.startStatement();
      case 'skip':
        return this.skipStatement();
      case 'create':
        return this.readCreate();
      case 'values':
        return this.readValues();
      case 'copy':
        return this.readCopy();
    }
  }

  // Returns false when more input is needed.
  private startStatement(): boolean {
    const lex = this.lex;
    this.checkpoint();
    if (!lex.skipSpace()) return this.needMore();
    this.checkpoint(); // whitespace and whole comments are consumed for good, however long
    const buf = lex.buf;
    const p = lex.pos;
    if (this.dialect === 'mysql' && /^delimiter\b/i.test(buf.slice(p, p + 10))) {
      const nl = buf.indexOf('\n', p);
      if (nl === -1 && !lex.final) return this.needMore();
      const d = buf.slice(p + 9, nl === -1 ? buf.length : nl).trim();
      if (d) lex.delimiter = d;
      else this.broke(null, { line: this.lineAt(p) }, 'DELIMITER command without a delimiter');
      lex.pos = nl === -1 ? buf.length : nl + 1;
      return true;
    }
    if (!lex.final && buf.length - p < 10 && 'delimiter'.startsWith(buf.slice(p).toLowerCase())) return this.needMore();
    if (this.dialect === 'postgres' && buf[p] === '\\') {
      // psql meta-command (\connect, \restrict…): one line.
      const nl = buf.indexOf('\n', p);
      if (nl === -1 && !lex.final) return this.needMore();
      lex.pos = nl === -1 ? buf.length : nl + 1;
      return true;
    }
    this.stmtLine = this.lineAt(p);
    const first = lex.next();
    if (!first) return this.needMore();
    if (first.t === T.Eof) {
      this.mode = 'done';
      return true;
    }
    if (first.t === T.Delim) return true;
    const w = upper(first);
    if (w === 'INSERT' || w === 'REPLACE') return this.readInsertHeader();
    if (w === 'COPY' && this.dialect === 'postgres') return this.readCopyHeader();
    if (w === 'CREATE') {
      this.createTokens = [first];
      this.mode = 'create';
      this.checkpoint();
      return true;
    }
    this.mode = 'skip';
    this.checkpoint();
    return true;
  }

  private needMore(): false {
    this.rollback();
    return false;
  }

  /** Reads tokens up to (and including) one that satisfies `stop`; null when more input is needed. */
  private tokensUntil(stop: (t: Token) => boolean): Token[] | null {
    const out: Token[] = [];
    for (;;) {
      const t = this.lex.next();
      if (!t) return null;
      out.push(t);
      if (t.t === T.Delim || t.t === T.Eof || stop(t)) return out;
      if (out.length > 10000) return out;
    }
  }

  private readInsertHeader(): boolean {
    const tokens = this.tokensUntil((t) => ['VALUES', 'VALUE', 'SELECT', 'SET', 'WITH', 'DEFAULT'].includes(upper(t)));
    if (!tokens) return this.needMore();
    const last = tokens[tokens.length - 1] as Token;
    let i = 0;
    while (['LOW_PRIORITY', 'DELAYED', 'HIGH_PRIORITY', 'IGNORE', 'INTO'].includes(upper(tokens[i]))) i++;
    const qn = readQualifiedName(tokens, i);
    const at = { line: this.stmtLine };
    if (!qn || !(upper(last) === 'VALUES' || upper(last) === 'VALUE')) {
      if (!qn) this.broke(null, at, 'INSERT statement without a table name');
      this.mode = last.t === T.Delim || last.t === T.Eof ? 'start' : 'skip';
      this.checkpoint();
      return true;
    }
    i = qn.next;
    if (upper(tokens[i]) === 'PARTITION') {
      i++;
      while (i < tokens.length && !isPunct(tokens[i], ')')) i++;
      i++;
    }
    const shape = this.shapeFor(qn.name);
    let map: number[] | null = null;
    if (isPunct(tokens[i], '(')) {
      map = [];
      for (i++; i < tokens.length && !isPunct(tokens[i], ')'); i++) {
        const t = tokens[i] as Token;
        if (t.t === T.Word || t.t === T.QuotedName || t.t === T.Str) map.push(shape.add(t.v));
      }
    }
    this.target = { shape, map };
    this.expectTuple = true;
    this.mode = 'values';
    this.checkpoint();
    return true;
  }

  private readCopyHeader(): boolean {
    const tokens = this.tokensUntil(() => false);
    if (!tokens) return this.needMore();
    const qn = readQualifiedName(tokens, 0);
    const last = tokens[tokens.length - 1] as Token;
    let i = qn?.next ?? 0;
    let cols: string[] | null = null;
    if (qn && isPunct(tokens[i], '(')) {
      cols = [];
      for (i++; i < tokens.length && !isPunct(tokens[i], ')'); i++) {
        const t = tokens[i] as Token;
        if (t.t === T.Word || t.t === T.QuotedName) cols.push(t.v);
      }
      i++;
    }
    const fromStdin = upper(tokens[i]) === 'FROM' && upper(tokens[i + 1]) === 'STDIN';
    if (!qn || !fromStdin || last.t !== T.Delim) {
      this.mode = 'start';
      this.checkpoint();
      return true;
    }
    // Data starts on the line after the statement.
    const buf = this.lex.buf;
    const nl = buf.indexOf('\n', this.lex.pos);
    if (nl === -1 && !this.lex.final) return this.needMore();
    this.lex.pos = nl === -1 ? buf.length : nl + 1;
    const shape = this.shapeFor(qn.name);
    const map = cols ? cols.map((c) => shape.add(c)) : null;
    shape.sync(this.sink);
    this.target = { shape, map };
    this.mode = 'copy';
    this.checkpoint();
    return true;
  }

  private skipStatement(): boolean {
    for (;;) {
      let t: Token | null;
      try {
        t = this.lex.next();
      } catch (e) {
        if (e instanceof SqlSyntaxError) {
          // At the end of input (unterminated string/comment) there is nothing more to read; otherwise step over.
          if (this.lex.final) this.mode = 'done';
          else this.lex.pos = e.pos + 1;
          return true;
        }
        throw e;
      }
      if (!t) return this.needMore();
      this.checkpoint();
      if (t.t === T.Delim) {
        this.mode = 'start';
        return true;
      }
      if (t.t === T.Eof) {
        this.mode = 'done';
        return true;
      }
    }
  }

  private readCreate(): boolean {
    for (;;) {
      const t = this.lex.next();
      if (!t) return this.needMore();
      this.checkpoint();
      if (t.t === T.Delim || t.t === T.Eof) {
        const ct = parseCreateTable(this.createTokens);
        if (ct) {
          const shape = this.shapeFor(ct.name);
          for (const c of ct.columns) shape.add(c);
          shape.sync(this.sink);
        }
        this.createTokens = [];
        this.mode = t.t === T.Eof ? 'done' : 'start';
        return true;
      }
      this.createTokens.push(t);
      if (this.createTokens.length > 100_000) {
        // Not a column list any more (CREATE TABLE … AS SELECT with a huge body): skip the rest.
        this.createTokens = [];
        this.mode = 'skip';
        return true;
      }
      // Only CREATE TABLE needs its tokens; routines, views and indexes are skipped.
      if (this.createTokens.length === 6 && !this.createTokens.some((x) => upper(x) === 'TABLE')) {
        this.createTokens = [];
        this.mode = 'skip';
        return true;
      }
    }
  }

  private readValues(): boolean {
    const lex = this.lex;
    const target = this.target as Target;
    for (;;) {
      this.checkpoint();
      const start = lex.pos;
      let t: Token | null;
      try {
        if (this.expectTuple) {
          const tuple = this.readTuple();
          if (!tuple) return this.needMore();
          this.expectTuple = false;
          this.emit(target, tuple.cells, { line: this.lineAt(tuple.start) });
          continue;
        }
        t = lex.next();
      } catch (e) {
        if (!(e instanceof SqlSyntaxError)) throw e;
        const line = this.lineAt(Math.min(e.pos, lex.buf.length));
        this.broke(target.shape.name, { line }, `${e.message} in INSERT INTO ${target.shape.name}; the rest of the statement was skipped`);
        if (lex.final && e.message.startsWith('unterminated')) {
          this.mode = 'done';
          this.truncated = { line };
          return true;
        }
        lex.pos = Math.max(start, e.pos + 1);
        this.mode = 'skip';
        return true;
      }
      if (!t) return this.needMore();
      if (isPunct(t, ',')) {
        this.expectTuple = true;
        continue;
      }
      if (t.t === T.Delim) {
        this.mode = 'start';
        return true;
      }
      if (t.t === T.Eof) {
        const line = this.lineAt(start);
        this.broke(target.shape.name, { line }, `INSERT INTO ${target.shape.name} ends without a delimiter (truncated dump?)`);
        this.truncated = { line };
        this.mode = 'done';
        return true;
      }
      if (upper(t) !== 'ON') {
        this.broke(target.shape.name, { line: this.lineAt(t.s) }, `unexpected token after a row of INSERT INTO ${target.shape.name}; the rest of the statement was skipped`);
      }
      this.mode = 'skip';
      return true;
    }
  }

  truncated: Position | null = null;

  /** One `( … )` tuple; null when more input is needed. */
  private readTuple(): { cells: (string | null)[]; start: number } | null {
    const lex = this.lex;
    const open = lex.next();
    if (!open) return null;
    if (!isPunct(open, '(')) throw new SqlSyntaxError(open.t === T.Eof ? 'unterminated INSERT' : 'expected ( to start a row', open.s);
    const cells: (string | null)[] = [];
    for (;;) {
      const valueStart = lex.pos;
      const v = this.readValue();
      if (v === undefined) return null;
      let sep = lex.next();
      if (!sep) return null;
      if (isPunct(sep, ',') || isPunct(sep, ')')) {
        cells.push(v);
      } else {
        // An expression (e.g. `1 + 2`, a function call): keep its SQL text.
        lex.pos = valueStart;
        const raw = this.readRaw(valueStart);
        if (raw === undefined) return null;
        cells.push(raw);
        sep = lex.next();
        if (!sep) return null;
      }
      if (isPunct(sep, ')')) return { cells, start: open.s };
      if (!isPunct(sep, ',')) throw new SqlSyntaxError('expected , or ) in a row', sep.s);
    }
  }

  /** A value; undefined when more input is needed. Casts (`::type`) after it are consumed. */
  private readValue(): string | null | undefined {
    const lex = this.lex;
    const t = lex.next();
    if (!t) return undefined;
    let value: string | null;
    switch (t.t) {
      case T.Str:
        value = t.v;
        break;
      case T.Num:
        value = t.v;
        break;
      case T.Hex:
        value = hexBlobText(t.v.length % 2 === 1 ? `0${t.v}` : t.v);
        break;
      case T.Bits:
        value = `b'${t.v}'`;
        break;
      case T.Word: {
        const w = t.v.toUpperCase();
        if (w === 'NULL' || w === 'DEFAULT') value = null;
        else if (w === 'TRUE' || w === 'FALSE') value = t.v;
        else if (t.v.startsWith('_')) {
          // Charset introducer: _binary '…', _utf8mb4 0x…
          const inner = this.readValue();
          if (inner === undefined) return undefined;
          return inner;
        } else {
          const raw = this.readRaw(t.s);
          return raw;
        }
        break;
      }
      case T.Punct:
        if (t.v === '-' || t.v === '+') {
          const n = lex.next();
          if (!n) return undefined;
          if (n.t !== T.Num) throw new SqlSyntaxError('expected a number after a sign', n.s);
          value = t.v === '-' ? `-${n.v}` : n.v;
          break;
        }
        if (t.v === '(' || t.v === '[') return this.readRaw(t.s);
        throw new SqlSyntaxError('unexpected character where a value was expected', t.s);
      default:
        throw new SqlSyntaxError(t.t === T.Eof ? 'unterminated INSERT' : 'unexpected token where a value was expected', t.s);
    }
    if (this.dialect === 'postgres') {
      for (;;) {
        const save = lex.pos;
        const c = lex.next();
        if (!c) return undefined;
        if (!isPunct(c, '::')) {
          lex.pos = save;
          break;
        }
        if (this.readRawType() === undefined) return undefined;
      }
    }
    return value;
  }

  /** Skips a type name after `::` (words, quoted names, (n), []). */
  private readRawType(): true | undefined {
    const lex = this.lex;
    for (;;) {
      const save = lex.pos;
      const t = lex.next();
      if (!t) return undefined;
      if (t.t === T.Word || t.t === T.QuotedName || isPunct(t, '.') || isPunct(t, '[') || isPunct(t, ']')) continue;
      if (isPunct(t, '(')) {
        let depth = 1;
        while (depth > 0) {
          const u = lex.next();
          if (!u) return undefined;
          if (u.t === T.Eof || u.t === T.Delim) throw new SqlSyntaxError('unterminated type', u.s);
          if (isPunct(u, '(')) depth++;
          else if (isPunct(u, ')')) depth--;
        }
        continue;
      }
      lex.pos = save;
      return true;
    }
  }

  /** SQL text from `from` up to the next , or ) at depth 0 (not consumed); undefined when more input is needed. */
  private readRaw(from: number): string | undefined {
    const lex = this.lex;
    lex.pos = from;
    let depth = 0;
    for (;;) {
      const save = lex.pos;
      const t = lex.next();
      if (!t) return undefined;
      if (t.t === T.Eof || t.t === T.Delim) throw new SqlSyntaxError('unterminated row', t.s);
      if (isPunct(t, '(') || isPunct(t, '[')) depth++;
      else if (isPunct(t, ')') || isPunct(t, ']') || isPunct(t, ',')) {
        if (depth === 0 && !isPunct(t, ']')) {
          lex.pos = save;
          return lex.buf.slice(from, save).trim();
        }
        if (!isPunct(t, ',')) depth--;
      }
    }
  }

  private emit(target: Target, values: (string | null)[], at: Position): void {
    const shape = target.shape;
    const name = shape.name;
    let cells: (string | null)[];
    if (target.map) {
      const map = target.map;
      if (values.length !== map.length) {
        this.broke(name, at, `row has ${values.length} values for ${map.length} listed columns`);
      }
      cells = [];
      values.forEach((v, i) => {
        let idx = map[i];
        if (idx === undefined) idx = shape.add(`column_${i + 1}`);
        while (cells.length <= idx) cells.push(null);
        cells[idx] = v;
      });
    } else {
      const width = shape.width;
      if (width === 0) for (let i = 0; i < values.length; i++) shape.add(`column_${i + 1}`);
      else if (values.length !== width) {
        this.broke(name, at, `row has ${values.length} values, table ${name} has ${width} columns`);
        for (let i = width; i < values.length; i++) shape.add(`column_${i + 1}`);
      }
      cells = values;
    }
    shape.sync(this.sink);
    this.sink.row(name, cells, at);
    this.rows++;
  }

  private readCopy(): boolean {
    const lex = this.lex;
    const target = this.target as Target;
    for (;;) {
      this.checkpoint();
      const buf = lex.buf;
      const p = lex.pos;
      let nl = buf.indexOf('\n', p);
      if (nl === -1) {
        if (!lex.final) return this.needMore();
        if (p >= buf.length) {
          const line = this.lineAt(p);
          this.broke(target.shape.name, { line }, `COPY data for ${target.shape.name} ends without \\. (truncated dump?)`);
          this.truncated = { line };
          this.mode = 'done';
          return true;
        }
        nl = buf.length;
      }
      let line = buf.slice(p, nl);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      lex.pos = Math.min(nl + 1, buf.length);
      if (line === '\\.') {
        this.mode = 'start';
        return true;
      }
      this.emit(target, splitCopyLine(line), { line: this.lineAt(p) });
    }
  }
}

export async function parseSqlDump(
  dialect: Dialect,
  input: ByteInput,
  sink: RecordSink,
  signal: AbortSignal,
  options: SqlDumpOptions = {},
): Promise<ParseOutcome> {
  const limits = resolveLimits(options);
  const feedChars = options.feedChars ?? FEED_CHARS;
  const text = await openTextInput(input, signal, sink, options.encoding);
  const reader = new DumpReader(dialect, sink, limits.maxRecordBytes);
  // Invalid UTF-8 in a dump is announced once (cells keep U+FFFD); rows are not marked one by one.
  const utf8 = new InvalidUtf8Reporter(text.decoder, sink);
  try {
    let pending = text.headText;
    const feed = (s: string): void => {
      reader.append(s);
      reader.pump();
      utf8.warnOnce();
    };
    for await (const piece of text.rest) {
      pending += piece;
      while (pending.length >= feedChars) {
        feed(pending.slice(0, feedChars));
        pending = pending.slice(feedChars);
      }
    }
    while (pending.length > feedChars) {
      feed(pending.slice(0, feedChars));
      pending = pending.slice(feedChars);
    }
    reader.lex.final = true;
    feed(pending);
  } catch (e) {
    if (e instanceof Stop) return { ...e.outcome, encoding: text.encoding };
    if (signal.aborted) throw new AbortError();
    throw e;
  }
  if (reader.truncated) {
    return {
      status: 'malformed',
      reason: `The dump ends inside a data statement at line ${reader.truncated.line ?? '?'}; rows before it were kept.`,
      at: reader.truncated,
      encoding: text.encoding,
    };
  }
  return { status: 'parsed', encoding: text.encoding };
}
