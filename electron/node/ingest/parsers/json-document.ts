// Routes tokenizer events of a JSON document to records without holding the whole document:
// - a top-level array: each element is a record;
// - a top-level object: each array-valued property streams its elements as records (one table per property),
//   the other properties are records of kind 'property' (the JSON parser gathers them into one row);
// - a top-level scalar, or (NDJSON) every top-level value: one record.
// Only one record is held in memory at a time; handlers choose how a record is built (flattened on the fly,
// or as a value tree for Telegram messages).
import type { JsonEvents, JsonSyntaxError, JsonTokenizer, Scalar } from './json-tokenizer.js';
import { scalarText } from './json-value.js';
import type { Position } from './types.js';

export type RecordTarget = { kind: 'element'; path: string | null } | { kind: 'property'; key: string } | { kind: 'root' };

export interface RecordBuilder {
  startObject(): void;
  startArray(): void;
  key(name: string): void;
  scalar(text: string | null, kind: Scalar): void;
  /** Closes a container; true when the record is complete. */
  end(): boolean;
}

export interface DocumentHandlers {
  /** A record that is an object or array starts: the returned builder receives its events. */
  open(target: RecordTarget, at: Position): RecordBuilder;
  /** That record is complete. */
  close(target: RecordTarget, at: Position): void;
  /** A record that is a scalar. */
  scalarRecord(target: RecordTarget, value: string | null, at: Position): void;
  /** The top-level array, or a top-level property's array, starts. */
  arrayStart?(path: string | null): void;
  recover?(error: JsonSyntaxError): void;
}

export class DocumentRouter implements JsonEvents {
  tokenizer: JsonTokenizer | null = null;
  private depth = 0;
  private rootIsArray = false;
  private currentKey = '';
  private propArray: string | null = null;
  private builder: RecordBuilder | null = null;
  private target: RecordTarget = { kind: 'root' };
  private at: Position = {};
  /** Byte offset where the record being built started. */
  recordStart = 0;

  constructor(
    private readonly handlers: DocumentHandlers,
    private readonly perLine: boolean,
  ) {}

  get building(): boolean {
    return this.builder !== null;
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
    if (this.builder) this.builder.key(name);
    else if (this.depth === 1) this.currentKey = name;
  }

  scalar(text: string | null, kind: Scalar): void {
    if (this.builder) {
      this.builder.scalar(text, kind);
      return;
    }
    this.handlers.scalarRecord(this.targetHere(), scalarText(text, kind), this.position());
  }

  recover(error: JsonSyntaxError): void {
    this.reset();
    this.handlers.recover?.(error);
  }

  /** Drops a partial record (NDJSON recovery). */
  reset(): void {
    this.builder = null;
    this.depth = 0;
  }

  private position(): Position {
    const t = this.tokenizer;
    return t ? { line: t.lastLine, offset: t.lastStart } : {};
  }

  /** The record a value at the current depth belongs to (when no record is being built). */
  private targetHere(): RecordTarget {
    const d = this.depth;
    if (d === 0) return { kind: 'root' };
    if (d === 1) return this.rootIsArray ? { kind: 'element', path: null } : { kind: 'property', key: this.currentKey };
    return { kind: 'element', path: this.propArray };
  }

  private start(isArray: boolean): void {
    if (this.builder) {
      if (isArray) this.builder.startArray();
      else this.builder.startObject();
      return;
    }
    const d = this.depth;
    if (d === 0 && !this.perLine) {
      this.rootIsArray = isArray;
      if (isArray) this.handlers.arrayStart?.(null);
      this.depth++;
      return;
    }
    if (d === 1 && !this.perLine && !this.rootIsArray && isArray) {
      this.propArray = this.currentKey;
      this.handlers.arrayStart?.(this.currentKey);
      this.depth++;
      return;
    }
    this.target = this.perLine ? { kind: 'root' } : this.targetHere();
    this.at = this.position();
    this.recordStart = this.at.offset ?? 0;
    const b = this.handlers.open(this.target, this.at);
    this.builder = b;
    if (isArray) b.startArray();
    else b.startObject();
  }

  private end(): void {
    const b = this.builder;
    if (!b) {
      this.depth--;
      return;
    }
    if (b.end()) {
      this.builder = null;
      this.handlers.close(this.target, this.at);
    }
  }
}
