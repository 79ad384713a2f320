// Telegram message text: `text` is a string or an array of strings and {type, text} entity objects; the
// visible text is all of them joined. "Key: value" lines in it (e.g. "Name: …", "Aadhaar: …", "नाम: …") are
// lifted into their own columns, because leak bots answer in that shape.
import type { JsonValue } from './json-value.js';
import { isObject } from './json-value.js';

export function joinTelegramText(text: JsonValue | undefined): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) {
    let out = '';
    for (const part of text) {
      if (typeof part === 'string') out += part;
      else if (isObject(part)) {
        const t = part.get('text');
        if (typeof t === 'string') out += t;
      }
    }
    return out;
  }
  return '';
}

// A key is 1–40 characters, starts with a letter (any script; Devanagari vowel signs are marks), has at most
// five words, and is followed by ':' (or the full-width '：'). Leading bullets and emoji are ignored.
const KEY_VALUE = /^[\s\p{S}\p{P}]*?([\p{L}][\p{L}\p{M}\p{N} _./()#'-]{0,39}?)\s*[:：]\s*(\S.*?)\s*$/u;

export function keyValueLines(text: string): [string, string][] {
  if (text.indexOf(':') === -1 && text.indexOf('：') === -1) return [];
  const out: [string, string][] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = KEY_VALUE.exec(line);
    if (!m) continue;
    const key = (m[1] as string).trim();
    const value = m[2] as string;
    if (value.startsWith('//')) continue; // a URL such as https://…
    if (key.split(/\s+/).length > 5) continue;
    out.push([key, value]);
  }
  return out;
}
