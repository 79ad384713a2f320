// Routes tokenizer events of a JSON document to records without holding the whole document. Outside records
// the router only keeps a path stack; handlers decide per container whether it is an array of records, one
// record, or something to stream through (its scalars are still reported). Only one record is in memory at a
// time; handlers choose how it is built (flattened on the fly, or as a value tree for Telegram messages).
import type { JsonEvents, JsonSyntaxError, JsonTokenizer, Scalar } from './json-tokenizer.js';
import { scalarText } from './json-value.js';
import type { Position } from './types.js';

export type PathStep = string | number;

/** records: an array whose elements are records; record: build this value as one record; descend: stream on. */
export type Route = 'records' | 'record' | 'descend';

export interface RecordTarget {
  /** Keys and indexes from the document root to the value. */
  path: readonly PathStep[];
  /** True when the value is an element of a 'records' array. */
  element: boolean;
}

export interface RecordBuilder {
  startObject(): void;
  startArray(): void;
  key(name: string): void;
  scalar(text: string | null, kind: Scalar): void;
  /** Closes a container; true when the record is complete. */
  end(): boolean;
}

export interface DocumentHandlers {
  /** How a container outside any record is handled (NDJSON lines are always records). */
  route(path: readonly PathStep[], isArray: boolean): Route;
  /** A record that is an object or array starts: the returned builder receives its events. */
  open(target: RecordTarget, at: Position): RecordBuilder;
  /** That record is complete. */
  close(target: RecordTarget, at: Position): void;
  /** A scalar outside any record (an element of a 'records' array, a property, a top-level scalar). */
  scalarRecord(target: RecordTarget, value: string | null, at: Position): void;
  /** A 'records' array starts. */
  arrayStart?(path: readonly PathStep[]): void;
  recover?(error: JsonSyntaxError): void;
}

interface Level {
  isArray: boolean;
  route: Route;
  /** Key of the current property (objects) or index of the next element (arrays). */
  step: PathStep;
}

export class DocumentRouter implements JsonEvents {
  tokenizer: JsonTokenizer | null = null;
  private readonly levels: Level[] = [];
  private builder: RecordBuilder | null = null;
  private target: RecordTarget = { path: [], element: false };
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

  /** True between the elements of a 'records' array (no record being built): a place a document can be cut. */
  get betweenRecords(): boolean {
    return this.builder === null && this.levels[this.levels.length - 1]?.route === 'records';
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
    else {
      const top = this.levels[this.levels.length - 1];
      if (top) top.step = name;
    }
  }

  scalar(text: string | null, kind: Scalar): void {
    if (this.builder) {
      this.builder.scalar(text, kind);
      return;
    }
    const target = this.childTarget();
    this.handlers.scalarRecord(target, scalarText(text, kind), this.position());
  }

  recover(error: JsonSyntaxError): void {
    this.reset();
    this.handlers.recover?.(error);
  }

  /** Drops a partial record (NDJSON recovery). */
  reset(): void {
    this.builder = null;
    this.levels.length = 0;
  }

  private position(): Position {
    const t = this.tokenizer;
    return t ? { line: t.lastLine, offset: t.lastStart } : {};
  }

  /** Target for a value starting now outside any record; advances the array index. */
  private childTarget(): RecordTarget {
    const levels = this.levels;
    const path: PathStep[] = levels.map((l) => l.step);
    const top = levels[levels.length - 1];
    if (top?.isArray) (top.step as number)++;
    return { path, element: top?.route === 'records' };
  }

  private start(isArray: boolean): void {
    if (this.builder) {
      if (isArray) this.builder.startArray();
      else this.builder.startObject();
      return;
    }
    const target = this.childTarget();
    const route: Route = this.perLine || target.element ? 'record' : this.handlers.route(target.path, isArray);
    if (route !== 'record') {
      this.levels.push({ isArray, route, step: isArray ? 0 : '' });
      if (route === 'records') this.handlers.arrayStart?.(target.path);
      return;
    }
    this.target = target;
    this.at = this.position();
    this.recordStart = this.at.offset ?? 0;
    const b = this.handlers.open(target, this.at);
    this.builder = b;
    if (isArray) b.startArray();
    else b.startObject();
  }

  private end(): void {
    const b = this.builder;
    if (!b) {
      this.levels.pop();
      return;
    }
    if (b.end()) {
      this.builder = null;
      this.handlers.close(this.target, this.at);
    }
  }
}
