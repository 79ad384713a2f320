// "Key: value" lines as bot replies print them ("Name: Ramesh Kumar", "आधार: 6705 6446 7907"), and which
// keys announce personal data. The key vocabulary is the PII engine's own (English and Hindi cue words),
// so a label the detector understands in a CSV header is understood on a screenshot too.
import { cueOfHeader, NEG } from '../../../shared/pii/context';

export interface KeyValue {
  key: string;
  value: string;
  /** UTF-16 offset in the line where the value starts (after the colon and spaces). */
  valueStart: number;
}

const MAX_KEY_CHARS = 40;
const MAX_KEY_WORDS = 5;
const HAS_LETTER = /[A-Za-z\u0900-\u097f]/;

/** Splits a line at its first colon when the part before it looks like a label. */
export function parseKeyValue(line: string): KeyValue | undefined {
  const colon = line.search(/[:：]/);
  if (colon <= 0) return undefined;
  const key = normaliseKey(line.slice(0, colon));
  if (!key || key.length > MAX_KEY_CHARS || key.split(' ').length > MAX_KEY_WORDS || !HAS_LETTER.test(key)) return undefined;
  let valueStart = colon + 1;
  while (valueStart < line.length && line[valueStart] === ' ') valueStart++;
  const value = line.slice(valueStart).trim();
  if (!value) return undefined;
  return { key, value, valueStart };
}

/** True when the key names a kind of personal data (name, Aadhaar, DOB, address, …), not when it is
 * neutral or a negative cue (order, transaction, dose …). Names and addresses never validate, so the
 * label is the only way to know their value is personal. */
export function isPiiKey(key: string): boolean {
  const cue = cueOfHeader(key);
  return cue !== 0 && (cue & NEG) === 0;
}

function normaliseKey(raw: string): string {
  // OCR puts bullets and stray marks before labels ("• Name", "> नाम").
  return raw.replace(/^[^A-Za-z0-9\u0900-\u097f]+/, '').replace(/\s+/g, ' ').trim();
}
