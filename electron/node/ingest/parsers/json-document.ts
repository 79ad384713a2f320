// Routes tokenizer events of a JSON document to records without holding the whole document:
// - a top-level array: each element is a record;
// - a top-level object: each array-valued property streams its elements as records (one table per property),
//   the other properties are collected into one record;
// - a top-level scalar, or (NDJSON) every top-level value: one record.
// Only one record is held in memory at a time.
import type { JsonEvents, JsonSyntaxError, JsonTokenizer, Scalar } from './json-tokenizer.js';
import type { JsonValue } from './json-value.js';
import { scalarText, ValueBuilder } from './json-value.js';
import type { Position } from './types.js';

export interface DocumentHandlers {
  /** An element of the top-level array (`path` null) or of a top-level property's array (`path` = key). */
  element(path: string | null, value: JsonValue, at: Position): void;
  /** A non-array property of the top-level object. */
  property(key: string, value: JsonValue, at: Position): void;
  /** A top-level scalar (JSON), or any top-level value (NDJSON). */
  root(value: JsonValue, at: Position): void;
  /** The top-level array, or a top-level property's array, starts. */
  arrayStart?(path: string | null): void;
  recover?(error: JsonSyntaxError): void;
}

type Target = { kind: 'element'; path: string | null } | { kind: 'property'; key: string } | { kind: 'root' };

export class DocumentRouter implements JsonEvents {
  tokenizer: JsonTokenizer | null = null;
  private depth = 0;
  private rootIsArray = false;
  private currentKey = '';
  private propArray: string | null = null;
  private readonly builder = new ValueBuilder();
  private target: Target = { kind: 'root' };
  private at: Position = {};
  /** Byte offset where the record being built started. */
  recordStart = 0;

  constructor(
    private readonly handlers: DocumentHandlers,
    private readonly perLine: boolean,
  ) {}

  get building(): boolean {
    return this.builder.active;
  }

  startObject(): void {
    this.start(false);
  }
  startArray(): void {
    this.start(true);
  }
  endObject(): void {
    this.end();
  }
  endArray(): void {
    this.end();
  }

  key(name: string): void {
    if (this.builder.active) this.builder.key(name);
    else if (this.depth === 1) this.currentKey = name;
  }

  scalar(text: string | null, kind: Scalar): void {
    if (this.builder.active) {
      this.builder.scalar(text, kind);
      return;
    }
    const v = scalarText(text, kind);
    const at = this.position();
    if (this.depth === 0) this.handlers.root(v, at);
    else if (this.depth === 1) {
      if (this.rootIsArray) this.handlers.element(null, v, at);
      else this.handlers.property(this.currentKey, v, at);
    } else this.handlers.element(this.propArray, v, at);
  }

  recover(error: JsonSyntaxError): void {
    this.reset();
    this.handlers.recover?.(error);
  }

  /** Drops a partial record (NDJSON recovery). */
  reset(): void {
    this.builder.reset();
    this.depth = 0;
  }

  private position(): Position {
    const t = this.tokenizer;
    return t ? { line: t.lastLine, offset: t.lastStart } : {};
  }

  private start(isArray: boolean): void {
    if (!this.builder.active) {
      const d = this.depth;
      if (d === 0 && !this.perLine) {
        this.rootIsArray = isArray;
        if (isArray) this.handlers.arrayStart?.(null);
      } else if (d === 1 && !this.rootIsArray && isArray) {
        this.propArray = this.currentKey;
        this.handlers.arrayStart?.(this.currentKey);
      } else {
        this.target =
          d === 0
            ? { kind: 'root' }
            : d === 1
              ? this.rootIsArray
                ? { kind: 'element', path: null }
                : { kind: 'property', key: this.currentKey }
              : { kind: 'element', path: this.propArray };
        this.at = this.position();
        this.recordStart = this.at.offset ?? 0;
        this.openInBuilder(isArray);
        this.depth++;
        return;
      }
      this.depth++;
      return;
    }
    this.openInBuilder(isArray);
    this.depth++;
  }

  private openInBuilder(isArray: boolean): void {
    if (isArray) this.builder.startArray();
    else this.builder.startObject();
  }

  private end(): void {
    this.depth--;
    if (!this.builder.active) return;
    this.builder.end();
    if (!this.builder.done) return;
    const value = this.builder.take();
    const t = this.target;
    if (t.kind === 'root') this.handlers.root(value, this.at);
    else if (t.kind === 'element') this.handlers.element(t.path, value, this.at);
    else this.handlers.property(t.key, value, this.at);
  }
}
