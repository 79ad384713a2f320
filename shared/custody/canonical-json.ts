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
  const parts: string[] = [];
  write(value, '$', parts, new Set());
  return parts.join('');
}

/** UTF-8 bytes of the JCS text: what gets hashed and signed. */
export function canonicalBytes(value: unknown): Uint8Array {
  return utf8(canonicalize(value));
}

function write(value: unknown, path: string, out: string[], open: Set<object>): void {
  switch (typeof value) {
    case 'string':
      out.push(quote(value, path));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${path}: ${String(value)} is not a JSON number`);
      // ECMAScript Number::toString is exactly the serialisation RFC 8785 §3.2.2.3 specifies.
      out.push(String(value));
      return;
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`${path}: ${typeof value} cannot be represented in JSON`);
  }
  if (value === null) {
    out.push('null');
    return;
  }
  if (open.has(value)) throw new CanonicalJsonError(`${path}: circular reference`);
  open.add(value);
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      if (!(i in value)) throw new CanonicalJsonError(`${path}[${i}]: sparse array hole`);
      write(value[i], `${path}[${i}]`, out, open);
    }
    out.push(']');
  } else {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new CanonicalJsonError(`${path}: only plain objects are allowed, got ${describe(value)}`);
    }
    // Array.prototype.sort on strings compares UTF-16 code units, which is the RFC 8785 §3.2.3 order.
    const keys = Object.keys(value).sort();
    out.push('{');
    keys.forEach((key, i) => {
      if (i > 0) out.push(',');
      const childPath = `${path}.${key}`;
      out.push(quote(key, childPath), ':');
      write((value as Record<string, unknown>)[key], childPath, out, open);
    });
    out.push('}');
  }
  open.delete(value);
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

function quote(text: string, path: string): string {
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
        throw new CanonicalJsonError(`${path}: string has a lone surrogate at index ${i}`);
      }
      out += text[i]! + text[i + 1]!;
      i++;
    } else out += text[i]!;
  }
  return out + '"';
}
