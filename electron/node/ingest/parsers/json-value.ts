// Builds one JSON value (a record) from tokenizer events without recursion, and flattens it to cells.
//
// Flattening rules (documented for investigators):
// - nested objects become dotted column names: {"address":{"city":"Pune"}} → `address.city`;
// - arrays are indexed, for scalars and objects alike: {"tags":["a","b"]} → `tags.0`, `tags.1`;
//   this keeps every value in its own cell (e.g. `phones.1`), which PII detection reads column by column;
// - an empty object or array at a path becomes the cell text `{}` or `[]`;
// - scalars are strings: numbers keep their source text (`1.50`, `1e3`), booleans are `true`/`false`,
//   JSON null is a null cell; a scalar record (not an object) goes to the column `value`;
// - a duplicated key keeps its last value.
import { Scalar } from './json-tokenizer.js';

export type JsonValue = string | null | JsonObject | JsonValue[];
/** Maps avoid prototype keys such as `__proto__` in untrusted input. */
export type JsonObject = Map<string, JsonValue>;

export function scalarText(text: string | null, kind: Scalar): string | null {
  if (kind === Scalar.True) return 'true';
  if (kind === Scalar.False) return 'false';
  if (kind === Scalar.Null) return null;
  return text;
}

/** Builds a record as a value tree (Telegram needs whole messages); implements RecordBuilder. */
export class ValueBuilder {
  private readonly stack: (JsonObject | JsonValue[])[] = [];
  private readonly keys: string[] = [];
  private result: JsonValue = null;
  done = false;
  /** Containers open inside a value being skipped (0: not skipping). */
  private skipping = 0;
  /** The next value belongs to a skipped key. */
  private skipNext = false;

  /**
   * @param skipKeys keys of the record's own object whose values are not built (nothing reads them:
   *   Telegram's `text_entities` repeats `text`); the tokenizer still checks their syntax.
   */
  constructor(private readonly skipKeys?: ReadonlySet<string>) {}

  get active(): boolean {
    return this.stack.length > 0;
  }

  startObject(): void {
    if (this.skipStart()) return;
    this.stack.push(new Map());
    this.keys.push('');
  }
  startArray(): void {
    if (this.skipStart()) return;
    this.stack.push([]);
    this.keys.push('');
  }
  key(name: string): void {
    if (this.skipping > 0) return;
    this.keys[this.keys.length - 1] = name;
    this.skipNext = this.skipKeys !== undefined && this.stack.length === 1 && this.skipKeys.has(name);
  }
  scalar(text: string | null, kind: Scalar): void {
    if (this.skipping > 0) return;
    if (this.skipNext) {
      this.skipNext = false;
      return;
    }
    this.add(scalarText(text, kind));
  }
  end(): boolean {
    if (this.skipping > 0) {
      this.skipping--;
      return false;
    }
    const c = this.stack.pop() as JsonObject | JsonValue[];
    this.keys.pop();
    this.add(c);
    return this.done;
  }

  /** A container starts: true when it is (inside) a skipped value. */
  private skipStart(): boolean {
    if (this.skipping > 0) {
      this.skipping++;
      return true;
    }
    if (this.skipNext) {
      this.skipNext = false;
      this.skipping = 1;
      return true;
    }
    return false;
  }

  /** The finished value; resets the builder for the next record. */
  take(): JsonValue {
    const v = this.result;
    this.result = null;
    this.done = false;
    return v;
  }

  reset(): void {
    this.stack.length = 0;
    this.keys.length = 0;
    this.result = null;
    this.done = false;
    this.skipping = 0;
    this.skipNext = false;
  }

  private add(v: JsonValue): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) {
      this.result = v;
      this.done = true;
    } else if (Array.isArray(top)) top.push(v);
    else top.set(this.keys[this.keys.length - 1] as string, v);
  }
}

export function isObject(v: JsonValue | undefined): v is JsonObject {
  return v instanceof Map;
}

/** Calls `emit(column, cell)` for every leaf of `value` under `prefix` (see the rules above). */
export function flatten(value: JsonValue, prefix: string, emit: (column: string, cell: string | null) => void): void {
  if (value === null || typeof value === 'string') {
    emit(prefix === '' ? 'value' : prefix, value);
    return;
  }
  const dot = prefix === '' ? '' : `${prefix}.`;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      if (prefix !== '') emit(prefix, '[]');
      return;
    }
    value.forEach((item, i) => flatten(item, `${dot}${i}`, emit));
    return;
  }
  if (value.size === 0) {
    if (prefix !== '') emit(prefix, '{}');
    return;
  }
  for (const [k, v] of value) flatten(v, `${dot}${k}`, emit);
}
