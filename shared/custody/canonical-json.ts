// RFC 8785 JSON Canonicalization Scheme (JCS). Custody entries are hashed and signed as these bytes,
// so the same data must give the same bytes in every implementation that follows the RFC.
//
// Decisions beyond the RFC text (JCS assumes I-JSON input, RFC 7493):
// - Strings and keys with lone surrogates are refused: I-JSON requires valid Unicode, and UTF-8 cannot
//   carry them (they would silently become U+FFFD and collide).
// - NaN/±Infinity, undefined (also as a property value), functions, symbols and bigints are refused rather
//   than dropped or turned into null as JSON.stringify does: silently losing a field from signed data is
//   exactly the kind of surprise a custody log must not have.
// - Only plain objects and arrays are accepted (no Date, Map, typed arrays, class instances, toJSON), so
//   what is hashed is always what the caller sees.
// - -0 serialises as 0, as ECMAScript and the RFC's Appendix B require.
import { utf8 } from './bytes';

export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';
}

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** JCS text of `value`. Throws CanonicalJsonError (with the JSON path) on anything not I-JSON. */
export function canonicalize(value: unknown): string {
  return write(value, [], new Set());
}

/** UTF-8 bytes of the JCS text: what gets hashed and signed. */
export function canonicalBytes(value: unknown): Uint8Array {
  return utf8(canonicalize(value));
}

// The path is kept as a stack of segments and only turned into text for an error message: building a
// path string per value cost more than the serialisation itself on 100,000-entry logs.
type Path = (string | number)[];
const pathText = (path: Path): string => '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
const fail = (path: Path, message: string): never => {
  throw new CanonicalJsonError(`${pathText(path)}: ${message}`);
};

function write(value: unknown, path: Path, open: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return quote(value, path);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      // ECMAScript Number::toString is exactly the serialisation RFC 8785 §3.2.2.3 specifies.
      return Number.isFinite(value) ? String(value) : fail(path, `${String(value)} is not a JSON number`);
    case 'object':
      break;
    default:
      return fail(path, `${typeof value} cannot be represented in JSON`);
  }
  if (value === null) return 'null';
  if (open.has(value)) fail(path, 'circular reference');
  open.add(value);
  let out: string;
  if (Array.isArray(value)) {
    out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      path.push(i);
      if (!(i in value)) fail(path, 'sparse array hole');
      out += write(value[i], path, open);
      path.pop();
    }
    out += ']';
  } else {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) fail(path, `only plain objects are allowed, got ${describe(value)}`);
    // Array.prototype.sort on strings compares UTF-16 code units, which is the RFC 8785 §3.2.3 order.
    const keys = Object.keys(value).sort();
    out = '{';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (i > 0) out += ',';
      path.push(key);
      out += quote(key, path) + ':' + write((value as Record<string, unknown>)[key], path, open);
      path.pop();
    }
    out += '}';
  }
  open.delete(value);
  return out;
}

function describe(value: object): string {
  const ctor = (value as { constructor?: { name?: unknown } }).constructor;
  return typeof ctor?.name === 'string' ? ctor.name : 'an exotic object';
}

// RFC 8785 §3.2.2.2: escape only '"', '\' and C0 controls; the five short forms where they exist,
// otherwise \u00xx in lower-case hex. Everything else (including U+007F and U+2028) is written as is.
const SHORT: Record<number, string> = { 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0c: '\\f', 0x0d: '\\r' };

// Anything that needs escaping or a surrogate check; most strings have none and take the fast path.
const SPECIAL = /["\\\u0000-\u001f\ud800-\udfff]/;

function quote(text: string, path: Path): string {
  if (!SPECIAL.test(text)) return '"' + text + '"';
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c < 0x20) out += SHORT[c] ?? '\\u' + c.toString(16).padStart(4, '0');
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
        fail(path, `string has a lone surrogate at index ${i}`);
      }
      out += text[i]! + text[i + 1]!;
      i++;
    } else out += text[i]!;
  }
  return out + '"';
}
