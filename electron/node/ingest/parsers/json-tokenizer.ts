// An incremental, strict (RFC 8259) JSON tokenizer over bytes. It keeps no recursion (nesting is an explicit
// stack with a depth cap), validates UTF-8 inside strings, rejects trailing commas, leading zeros, NaN,
// unescaped control characters and anything after the top-level value. In `multi` mode (NDJSON) it reads one
// value per line and, after an error, skips to the next line instead of stopping.
import { isUtf8 } from 'node:buffer';

export const Scalar = { String: 0, Number: 1, True: 2, False: 3, Null: 4 } as const;
export type Scalar = (typeof Scalar)[keyof typeof Scalar];

export interface JsonEvents {
  startObject(): void;
  endObject(): void;
  startArray(): void;
  endArray(): void;
  key(name: string): void;
  /** `text` is the decoded string, a number's source text, or null for `null`/booleans (see `kind`). */
  scalar(text: string | null, kind: Scalar): void;
  /** multi mode only: the current line was bad; drop any partial value. */
  recover?(error: JsonSyntaxError): void;
  /** A top-level value is complete. */
  topLevelEnd?(): void;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly line: number,
  ) {
    super(`${message} at byte offset ${offset} (line ${line})`);
    this.name = 'JsonSyntaxError';
  }
}

const enum S {
  Value,
  ArrayFirst,
  ObjFirst,
  ObjKey,
  Colon,
  AfterValue,
  Str,
  StrEsc,
  StrU,
  Num,
  Lit,
  Done,
  Skip,
}

const OBJ = 0;
const ARR = 1;
const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
const LITERALS: readonly string[] = ['true', 'false', 'null'];

function isWs(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}
function isNumChar(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x2b || b === 0x2e || b === 0x65 || b === 0x45;
}
function hexVal(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x66) return b - 0x57;
  if (b >= 0x41 && b <= 0x46) return b - 0x37;
  return -1;
}

export interface TokenizerOptions {
  maxDepth: number;
  /** Cap on one string or number, in bytes. */
  maxTokenBytes: number;
  multi?: boolean;
}

export class JsonTokenizer {
  private state = S.Value;
  private readonly stack: number[] = [];
  private base = 0; // offset of the current chunk
  private lineNo = 1;
  private bomChecked = false;
  private bomPending = 0; // BOM bytes still expected

  private strBuf = Buffer.allocUnsafe(256);
  private strLen = 0;
  private strIsKey = false;
  private uVal = 0;
  private uDigits = 0;
  private highSurrogate = -1;
  private numText = '';
  private lit = '';
  private litPos = 0;
  private litKind: Scalar = Scalar.Null;

  private index = 0; // position in the current chunk, for error offsets from helpers

  /** Byte offset and line where the most recent value (at any depth) started. */
  lastStart = 0;
  lastLine = 1;

  /** multi mode: abandon the current line (e.g. a record over the size cap). */
  skipLine(): void {
    this.stack.length = 0;
    this.strLen = 0;
    this.numText = '';
    this.state = S.Skip;
  }

  /** Byte offset and line where the current top-level value started. */
  valueStart = 0;
  valueLine = 1;

  constructor(
    private readonly events: JsonEvents,
    private readonly opts: TokenizerOptions,
  ) {}

  get offset(): number {
    return this.base;
  }
  get line(): number {
    return this.lineNo;
  }
  get depth(): number {
    return this.stack.length;
  }

  write(chunk: Buffer): void {
    let start = 0;
    for (;;) {
      try {
        this.run(chunk, start);
        break;
      } catch (e) {
        if (!(e instanceof JsonSyntaxError) || !this.opts.multi || !this.events.recover) throw e;
        this.events.recover(e);
        this.stack.length = 0;
        this.strLen = 0;
        this.numText = '';
        this.state = S.Skip;
        const i = e.offset - this.base;
        if (i < 0 || i >= chunk.length) break;
        start = chunk[i] === 0x0a ? i : i + 1; // the bad byte may itself end the line
      }
    }
    this.base += chunk.length;
  }

  private run(chunk: Buffer, start: number): void {
    let i = start;
    if (!this.bomChecked) i = this.skipBom(chunk);
    const n = chunk.length;
    while (i < n) {
      const b = chunk[i] as number;
      switch (this.state) {
        case S.Str: {
          // Fast path: find a run of plain bytes.
          let j = i;
          let high = false;
          while (j < n) {
            const c = chunk[j] as number;
            if (c === 0x22 || c === 0x5c || c < 0x20) break;
            if (c >= 0x80) high = true;
            j++;
          }
          if (j < n && chunk[j] === 0x22 && this.strLen === 0 && this.highSurrogate < 0) {
            // The whole string is this run: decode it in place, without copying.
            this.index = j;
            if (high && !isUtf8(chunk.subarray(i, j))) this.fail('invalid UTF-8 in a string', j);
            this.emitString(high ? chunk.toString('utf8', i, j) : chunk.toString('latin1', i, j));
            i = j + 1;
            continue;
          }
          if (j > i) {
            this.appendBytes(chunk, i, j);
            i = j;
            continue;
          }
          if (b === 0x22) {
            this.index = i;
            i++;
            this.finishString(i);
          } else if (b === 0x5c) {
            this.state = S.StrEsc;
            i++;
          } else {
            this.fail('unescaped control character in a string', i);
          }
          continue;
        }
        case S.StrEsc: {
          this.index = i;
          let ch = -1;
          switch (b) {
            case 0x22: ch = 0x22; break;
            case 0x5c: ch = 0x5c; break;
            case 0x2f: ch = 0x2f; break;
            case 0x62: ch = 0x08; break;
            case 0x66: ch = 0x0c; break;
            case 0x6e: ch = 0x0a; break;
            case 0x72: ch = 0x0d; break;
            case 0x74: ch = 0x09; break;
            case 0x75:
              this.state = S.StrU;
              this.uVal = 0;
              this.uDigits = 0;
              i++;
              continue;
          }
          if (ch < 0) {
            this.fail('invalid escape in a string', i);
            continue;
          }
          this.flushSurrogate();
          this.appendCodePoint(ch);
          this.state = S.Str;
          i++;
          continue;
        }
        case S.StrU: {
          const h = hexVal(b);
          if (h < 0) {
            this.fail('invalid \\u escape in a string', i);
            continue;
          }
          this.uVal = (this.uVal << 4) | h;
          this.index = i;
          i++;
          if (++this.uDigits === 4) {
            this.state = S.Str;
            this.unicodeEscape(this.uVal);
          }
          continue;
        }
        case S.Num: {
          if (isNumChar(b)) {
            let j = i;
            while (j < n && isNumChar(chunk[j] as number)) j++;
            this.numText += chunk.toString('latin1', i, j);
            if (this.numText.length > this.opts.maxTokenBytes) {
              this.fail('number too long', i);
              continue;
            }
            i = j;
            continue;
          }
          this.finishNumber(i);
          continue; // re-read this byte in the new state
        }
        case S.Lit: {
          if (b !== this.lit.charCodeAt(this.litPos)) {
            this.fail('invalid literal', i);
            continue;
          }
          i++;
          if (++this.litPos === this.lit.length) {
            this.events.scalar(null, this.litKind);
            this.afterValue();
          }
          continue;
        }
        case S.Skip: {
          const nl = chunk.indexOf(0x0a, i);
          if (nl === -1) {
            i = n;
          } else {
            this.lineNo++;
            i = nl + 1;
            this.state = S.Value;
          }
          continue;
        }
      }
      // Structural states: whitespace first.
      if (isWs(b)) {
        if (b === 0x0a) {
          if (this.opts.multi) {
            if (this.state !== S.Done && !(this.state === S.Value && this.stack.length === 0)) {
              this.fail('line ends inside a value', i);
            }
            this.state = S.Value;
          }
          this.lineNo++;
        }
        i++;
        continue;
      }
      switch (this.state) {
        case S.Value:
        case S.ArrayFirst:
          if (b === 0x5d && this.state === S.ArrayFirst) {
            this.stack.pop();
            this.events.endArray();
            this.afterValue();
            i++;
          } else i = this.startValue(chunk, i, b);
          break;
        case S.ObjFirst:
        case S.ObjKey:
          if (b === 0x22) {
            this.startString(true);
            i++;
          } else if (b === 0x7d && this.state === S.ObjFirst) {
            this.stack.pop();
            this.events.endObject();
            this.afterValue();
            i++;
          } else {
            this.fail(this.state === S.ObjKey ? 'expected a key after a comma' : 'expected a key or }', i);
          }
          break;
        case S.Colon:
          if (b === 0x3a) {
            this.state = S.Value;
            i++;
          } else {
            this.fail('expected a colon', i);
          }
          break;
        case S.AfterValue: {
          const top = this.stack[this.stack.length - 1];
          if (b === 0x2c) {
            this.state = top === ARR ? S.Value : S.ObjKey;
            i++;
          } else if (b === 0x5d && top === ARR) {
            this.stack.pop();
            this.events.endArray();
            this.afterValue();
            i++;
          } else if (b === 0x7d && top === OBJ) {
            this.stack.pop();
            this.events.endObject();
            this.afterValue();
            i++;
          } else {
            this.fail(top === ARR ? 'expected , or ]' : 'expected , or }', i);
          }
          break;
        }
        case S.Done:
          this.fail(this.opts.multi ? 'more than one value on a line' : 'unexpected data after the JSON value', i);
          break;
        default:
          i++;
      }
    }
  }

  /** Call at end of input; throws when the input ends inside a value (or holds no value in single mode). */
  end(): void {
    try {
      if (!this.bomChecked && this.bomPending > 0) this.fail('incomplete byte order mark', 0, true);
      if (this.state === S.Num) this.finishNumber(0, true);
      if (this.state === S.Done || this.state === S.Skip) return;
      if (this.state === S.Value && this.stack.length === 0) {
        if (this.opts.multi) return;
        this.fail('no JSON value', 0, true);
      }
      const inString = this.state === S.Str || this.state === S.StrEsc || this.state === S.StrU;
      this.fail(`input ends ${inString ? 'inside a string' : 'inside a value'} (truncated JSON)`, 0, true);
    } catch (e) {
      if (e instanceof JsonSyntaxError && this.opts.multi && this.events.recover) {
        this.events.recover(e);
        return;
      }
      throw e;
    }
  }

  // --- helpers ---

  private skipBom(chunk: Buffer): number {
    const bom = [0xef, 0xbb, 0xbf];
    let i = 0;
    while (i < chunk.length && this.bomPending < 3) {
      if (chunk[i] !== bom[this.bomPending]) break;
      this.bomPending++;
      i++;
    }
    if (i === chunk.length && this.bomPending > 0 && this.bomPending < 3) return i; // wait for the rest
    if (this.bomPending > 0 && this.bomPending < 3) {
      this.bomChecked = true;
      this.fail('incomplete byte order mark', i);
    }
    this.bomChecked = true;
    return i;
  }

  private startValue(chunk: Buffer, i: number, b: number): number {
    this.lastStart = this.base + i;
    this.lastLine = this.lineNo;
    if (this.stack.length === 0) {
      this.valueStart = this.base + i;
      this.valueLine = this.lineNo;
    }
    if (b === 0x7b || b === 0x5b) {
      if (this.stack.length >= this.opts.maxDepth) {
        this.fail(`nesting deeper than ${this.opts.maxDepth} levels`, i);
      }
      if (b === 0x7b) {
        this.stack.push(OBJ);
        this.state = S.ObjFirst;
        this.events.startObject();
      } else {
        this.stack.push(ARR);
        this.state = S.ArrayFirst;
        this.events.startArray();
      }
      return i + 1;
    }
    if (b === 0x22) {
      this.startString(false);
      return i + 1;
    }
    if (b === 0x2d || (b >= 0x30 && b <= 0x39)) {
      this.state = S.Num;
      this.numText = '';
      return i;
    }
    const k = b === 0x74 ? 0 : b === 0x66 ? 1 : b === 0x6e ? 2 : -1;
    if (k >= 0) {
      this.lit = LITERALS[k] as string;
      this.litKind = k === 0 ? Scalar.True : k === 1 ? Scalar.False : Scalar.Null;
      this.litPos = 0;
      this.state = S.Lit;
      return i;
    }
    return this.fail('unexpected character where a value was expected', i);
  }

  private afterValue(): void {
    if (this.stack.length === 0) {
      this.state = S.Done;
      this.events.topLevelEnd?.();
    } else this.state = S.AfterValue;
  }

  private startString(isKey: boolean): void {
    this.state = S.Str;
    this.strIsKey = isKey;
    this.strLen = 0;
    this.highSurrogate = -1;
  }

  private finishString(nextIndex: number): void {
    this.flushSurrogate();
    const bytes = this.strBuf.subarray(0, this.strLen);
    if (!isUtf8(bytes)) this.fail('invalid UTF-8 in a string', nextIndex - 1);
    this.emitString(bytes.toString('utf8'));
  }

  private emitString(text: string): void {
    if (this.strIsKey) {
      this.events.key(text);
      this.state = S.Colon;
    } else {
      this.events.scalar(text, Scalar.String);
      this.afterValue();
    }
  }

  private finishNumber(i: number, atEnd = false): void {
    if (!NUMBER.test(this.numText)) this.fail('invalid number', i, atEnd);
    this.events.scalar(this.numText, Scalar.Number);
    this.afterValue();
  }

  private ensure(extra: number): void {
    const need = this.strLen + extra;
    if (need > this.opts.maxTokenBytes) this.fail(`string longer than ${this.opts.maxTokenBytes} bytes`, this.index);
    if (need <= this.strBuf.length) return;
    let size = this.strBuf.length * 2;
    while (size < need) size *= 2;
    const next = Buffer.allocUnsafe(Math.min(size, Math.max(need, this.opts.maxTokenBytes)));
    this.strBuf.copy(next, 0, 0, this.strLen);
    this.strBuf = next;
  }

  private appendBytes(src: Buffer, from: number, to: number): void {
    this.index = from;
    if (this.highSurrogate >= 0) this.flushSurrogate();
    this.ensure(to - from);
    src.copy(this.strBuf, this.strLen, from, to);
    this.strLen += to - from;
  }

  private appendCodePoint(cp: number): void {
    this.ensure(4);
    this.strLen += this.strBuf.write(String.fromCodePoint(cp), this.strLen, 'utf8');
  }

  private unicodeEscape(u: number): void {
    if (u >= 0xd800 && u <= 0xdbff) {
      this.flushSurrogate();
      this.highSurrogate = u;
      return;
    }
    if (u >= 0xdc00 && u <= 0xdfff && this.highSurrogate >= 0) {
      const cp = 0x10000 + ((this.highSurrogate - 0xd800) << 10) + (u - 0xdc00);
      this.highSurrogate = -1;
      this.appendCodePoint(cp);
      return;
    }
    this.flushSurrogate();
    // A lone low surrogate cannot be represented in UTF-8: it becomes U+FFFD.
    this.appendCodePoint(u >= 0xdc00 && u <= 0xdfff ? 0xfffd : u);
  }

  private flushSurrogate(): void {
    if (this.highSurrogate < 0) return;
    this.highSurrogate = -1;
    this.appendCodePoint(0xfffd);
  }

  private fail(message: string, indexInChunk: number, atEnd = false): never {
    throw new JsonSyntaxError(message, atEnd ? this.base : this.base + indexInChunk, this.lineNo);
  }
}
