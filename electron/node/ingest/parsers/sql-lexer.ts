// A resumable SQL tokenizer over a growing text buffer, for MySQL and PostgreSQL dumps. `next()` returns null
// when the buffer ends inside a token (more text is needed); the caller then rolls back to a checkpoint.
// MySQL: backslash escapes in '…' and "…" strings, `backticks`, #/-- comments, and versioned comments
// /*!50705 … */ whose content is read as SQL. PostgreSQL: standard strings ('' only), E'…', "identifiers",
// $tag$…$tag$ bodies. The statement delimiter is `;` unless a MySQL DELIMITER command changed it.

export type Dialect = 'mysql' | 'postgres';

export const enum T {
  Word,
  QuotedName,
  Str,
  Num,
  Hex,
  Bits,
  Punct,
  Delim,
  Eof,
}

export interface Token {
  t: T;
  /** Word text, decoded string, number text, hex digits, or the punctuation. */
  v: string;
  s: number;
  e: number;
}

export class SqlSyntaxError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

const WS = new Set([' ', '\t', '\n', '\r', '\f', '\v']);

function isWordStart(c: string): boolean {
  const k = c.charCodeAt(0);
  return (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || k === 95 || k >= 0x80;
}
function isWordChar(c: string): boolean {
  const k = c.charCodeAt(0);
  return (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || (k >= 48 && k <= 57) || k === 95 || k === 36 || k >= 0x80;
}
function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

const MYSQL_ESCAPES: Record<string, string> = { '0': '\0', b: '\b', n: '\n', r: '\r', t: '\t', Z: '\x1a', '%': '\\%', _: '\\_' };
const PG_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export class SqlLexer {
  buf = '';
  pos = 0;
  final = false;
  versioned = false;
  delimiter = ';';
  /** Cached position of the next backslash (-1: none in the buffer, -2: unknown); reset when the buffer changes. */
  backslashAt = -2;

  constructor(readonly dialect: Dialect) {}

  /** Next token, or null when the buffer ends inside one and more text may follow. */
  next(): Token | null {
    if (!this.skipSpace()) return null;
    const buf = this.buf;
    const s = this.pos;
    if (s >= buf.length) return this.final ? { t: T.Eof, v: '', s, e: s } : null;
    if (this.delimiter !== ';') {
      if (buf.startsWith(this.delimiter, s)) {
        this.pos = s + this.delimiter.length;
        return { t: T.Delim, v: this.delimiter, s, e: this.pos };
      }
      if (!this.final && buf.length - s < this.delimiter.length && this.delimiter.startsWith(buf.slice(s))) return null;
    }
    const c = buf[s] as string;
    if (c === ';' && this.delimiter === ';') {
      this.pos = s + 1;
      return { t: T.Delim, v: ';', s, e: s + 1 };
    }
    if (c === "'") return this.quoted(s, s + 1, "'", this.dialect === 'mysql', T.Str);
    if (c === '"') return this.dialect === 'mysql' ? this.quoted(s, s + 1, '"', true, T.Str) : this.quoted(s, s + 1, '"', false, T.QuotedName);
    if (c === '`') return this.quoted(s, s + 1, '`', false, T.QuotedName);
    if (isDigit(c) || (c === '.' && isDigit(buf[s + 1]))) return this.number(s);
    if (c === '$' && this.dialect === 'postgres') return this.dollar(s);
    if (isWordStart(c)) return this.word(s);
    if (c === ':' && this.dialect === 'postgres') {
      if (s + 1 >= buf.length && !this.final) return null;
      if (buf[s + 1] === ':') {
        this.pos = s + 2;
        return { t: T.Punct, v: '::', s, e: s + 2 };
      }
    }
    this.pos = s + 1;
    return { t: T.Punct, v: c, s, e: s + 1 };
  }

  /** Skips whitespace and comments; false when more text is needed to decide. */
  skipSpace(): boolean {
    const buf = this.buf;
    const n = buf.length;
    let p = this.pos;
    for (;;) {
      while (p < n && WS.has(buf[p] as string)) p++;
      if (p >= n) break;
      const c = buf[p];
      const c1 = buf[p + 1];
      const needMore = p + 2 >= n && !this.final;
      if (c === '-' && (c1 === '-' || (c1 === undefined && needMore))) {
        if (c1 === undefined) return false;
        const c2 = buf[p + 2];
        if (this.dialect === 'mysql' && c2 === undefined && needMore) return false;
        if (this.dialect === 'postgres' || c2 === undefined || WS.has(c2)) {
          const nl = buf.indexOf('\n', p);
          if (nl === -1) {
            if (!this.final) return false;
            p = n;
            break;
          }
          p = nl + 1;
          continue;
        }
        break;
      }
      if (c === '#' && this.dialect === 'mysql') {
        const nl = buf.indexOf('\n', p);
        if (nl === -1) {
          if (!this.final) return false;
          p = n;
          break;
        }
        p = nl + 1;
        continue;
      }
      if (c === '/' && (c1 === '*' || (c1 === undefined && !this.final))) {
        if (c1 === undefined) return false;
        const c2 = buf[p + 2];
        if (c2 === undefined && !this.final) return false;
        if (this.dialect === 'mysql' && (c2 === '!' || (c2 === 'M' && buf[p + 3] === '!'))) {
          let q = p + (c2 === '!' ? 3 : 4);
          while (q < n && isDigit(buf[q])) q++;
          if (q >= n && !this.final) return false;
          this.versioned = true;
          p = q;
          continue;
        }
        const end = buf.indexOf('*/', p + 2);
        if (end === -1) {
          if (!this.final) return false;
          throw new SqlSyntaxError('unterminated /* comment', p);
        }
        p = end + 2;
        continue;
      }
      if (c === '*' && this.versioned && (c1 === '/' || (c1 === undefined && !this.final))) {
        if (c1 === undefined) return false;
        this.versioned = false;
        p += 2;
        continue;
      }
      break;
    }
    this.pos = p;
    return true;
  }

  private quoted(s: number, from: number, q: string, backslash: boolean, t: T): Token | null {
    const buf = this.buf;
    const n = buf.length;
    let out = '';
    let p = from;
    let runStart = p;
    let nextQ = -2;
    let nextB = backslash ? this.backslashAt : -1;
    for (;;) {
      // Next quote or backslash; each position is searched again only once passed (no quadratic rescans).
      if (nextQ !== -1 && nextQ < p) nextQ = buf.indexOf(q, p);
      if (nextB !== -1 && nextB < p) nextB = this.backslashAt = buf.indexOf('\\', p);
      const j = nextB !== -1 && (nextQ === -1 || nextB < nextQ) ? nextB : nextQ;
      if (j === -1) {
        if (this.final) throw new SqlSyntaxError('unterminated quoted string', s);
        return null;
      }
      if (buf[j] === '\\') {
        if (j + 1 >= n) {
          if (this.final) throw new SqlSyntaxError('unterminated quoted string', s);
          return null;
        }
        const e = buf[j + 1] as string;
        out += buf.slice(runStart, j) + (backslash && this.dialect === 'postgres' ? (PG_ESCAPES[e] ?? e) : (MYSQL_ESCAPES[e] ?? e));
        p = j + 2;
        runStart = p;
        continue;
      }
      // A quote: doubled means a literal quote.
      if (j + 1 >= n && !this.final) return null;
      if (buf[j + 1] === q) {
        out += buf.slice(runStart, j) + q;
        p = j + 2;
        runStart = p;
        continue;
      }
      out += buf.slice(runStart, j);
      this.pos = j + 1;
      return { t, v: out, s, e: this.pos };
    }
  }

  private word(s: number): Token | null {
    const buf = this.buf;
    let p = s + 1;
    while (p < buf.length && isWordChar(buf[p] as string)) p++;
    if (p >= buf.length && !this.final) return null;
    const w = buf.slice(s, p);
    if (w.length === 1 && buf[p] === "'") {
      const k = w.toLowerCase();
      if (k === 'x') {
        const tok = this.quoted(s, p + 1, "'", false, T.Hex);
        if (tok && !/^[0-9a-fA-F]*$/.test(tok.v)) throw new SqlSyntaxError('invalid hex literal', s);
        return tok;
      }
      if (k === 'b') return this.quoted(s, p + 1, "'", false, T.Bits);
      if (k === 'n') return this.quoted(s, p + 1, "'", this.dialect === 'mysql', T.Str);
      if (k === 'e' && this.dialect === 'postgres') return this.quoted(s, p + 1, "'", true, T.Str);
    }
    this.pos = p;
    return { t: T.Word, v: w, s, e: p };
  }

  private number(s: number): Token | null {
    const buf = this.buf;
    const n = buf.length;
    if (buf[s] === '0' && (buf[s + 1] === 'x' || buf[s + 1] === 'X' || buf[s + 1] === 'b' || buf[s + 1] === 'B')) {
      const hex = buf[s + 1] === 'x' || buf[s + 1] === 'X';
      const re = hex ? /[0-9a-fA-F]/ : /[01]/;
      let p = s + 2;
      while (p < n && re.test(buf[p] as string)) p++;
      if (p >= n && !this.final) return null;
      if (p > s + 2 && (p >= n || !isWordChar(buf[p] as string))) {
        this.pos = p;
        return { t: hex ? T.Hex : T.Bits, v: buf.slice(s + 2, p), s, e: p };
      }
    }
    let p = s;
    while (p < n && isDigit(buf[p])) p++;
    if (buf[p] === '.') {
      p++;
      while (p < n && isDigit(buf[p])) p++;
    }
    if ((buf[p] === 'e' || buf[p] === 'E') && (isDigit(buf[p + 1]) || ((buf[p + 1] === '+' || buf[p + 1] === '-') && isDigit(buf[p + 2])))) {
      p += 2;
      while (p < n && isDigit(buf[p])) p++;
    }
    if (p >= n - 2 && !this.final) return null; // an exponent or more digits may follow
    this.pos = p;
    return { t: T.Num, v: buf.slice(s, p), s, e: p };
  }

  private dollar(s: number): Token | null {
    const buf = this.buf;
    const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(buf.slice(s, s + 66));
    if (!m) {
      if (!this.final && buf.length - s < 66 && !buf.slice(s + 1).includes('$')) return null;
      this.pos = s + 1;
      return { t: T.Punct, v: '$', s, e: s + 1 };
    }
    const tag = m[0];
    const end = buf.indexOf(tag, s + tag.length);
    if (end === -1) {
      if (this.final) throw new SqlSyntaxError('unterminated $-quoted string', s);
      return null;
    }
    this.pos = end + tag.length;
    return { t: T.Str, v: buf.slice(s + tag.length, end), s, e: this.pos };
  }
}
