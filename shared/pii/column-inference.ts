// Column inference: what a table column holds, from its header and a sample of its values.
//   header cue + values     → the header's type when at least half the values validate
//   negative header (order, txn, card, timestamp …) → no type, numeric ID types suppressed
//   no header cue           → the type most values validate as, with a stricter bar for types
//                             without a checksum (PIN, DOB, reference IDs, names …)
import { cueOfHeader, NEG } from './context';
import { scanText } from './scanner';
import { validateValue } from './validate';
import { addressLike, genderOf, personLike } from './column-values';
import { parseDate } from './dates';
import { hasShape, shapeOf, SHAPED_TYPES } from './identifier-shape';
import { PII_TYPES, type Finding, type PiiType, typeBit } from './types';
import { isTelegramTable, telegramColumnType } from './telegram-columns';

export interface ColumnInference {
  type: PiiType | null;
  /** 0..1 confidence in `type` (0 when type is null). */
  confidence: number;
  /** Sampled values that validate as `type`. */
  validated: number;
  /** Sampled values that do not. */
  invalid: number;
  /** Non-empty values looked at. */
  sampled: number;
  /** Types whose shape most values have but whose check most fail (e.g. order numbers that look like
   * Aadhaar): a cell of such a column that happens to pass is not reported. */
  suppressed: PiiType[];
}

const NULL_MARKERS = new Set(['', 'na', 'n/a', 'null', 'none', '-', '--', 'nil', 'undefined', 'nan']);
const MAX_SAMPLES = 400;

const NUMERIC_ID_TYPES: PiiType[] = [
  'IN_AADHAAR', 'IN_VID', 'IN_PHONE', 'IN_PINCODE', 'IN_ABHA', 'IN_COWIN_REF', 'IN_PAN', 'IN_GSTIN',
  'IN_PASSPORT', 'IN_VOTER', 'IN_VEHICLE_REGISTRATION', 'IN_DRIVING_LICENCE', 'DATE_OF_BIRTH',
];

/** Share of valid values needed when only the values speak (no header cue), and the confidence weight. */
const VALUE_ONLY_BAR: Partial<Record<PiiType, [number, number]>> = {
  IN_AADHAAR: [0.8, 1],
  IN_VID: [0.8, 1],
  IN_GSTIN: [0.8, 1],
  IN_PAN: [0.8, 0.95],
  IN_PHONE: [0.8, 0.9],
  EMAIL_ADDRESS: [0.8, 0.95],
  IN_AADHAAR_MASKED: [0.8, 0.9],
  IN_DRIVING_LICENCE: [0.8, 0.9],
  IN_VEHICLE_REGISTRATION: [0.85, 0.85],
  IN_ABHA: [0.85, 0.8],
  IN_COWIN_REF: [0.9, 0.6],
  IN_PASSPORT: [0.9, 0.7],
  IN_VOTER: [0.9, 0.7],
  IN_PINCODE: [0.97, 0.6],
  DATE_OF_BIRTH: [0.9, 0.6],
  GENDER: [0.9, 0.8],
  ADDRESS: [0.8, 0.6],
  PERSON: [0.9, 0.55],
};

function nonEmptyValues(sampleValues: readonly string[]): string[] {
  const values: string[] = [];
  for (const raw of sampleValues) {
    const v = raw.trim();
    if (!NULL_MARKERS.has(v.toLowerCase())) values.push(v);
    if (values.length === MAX_SAMPLES) break;
  }
  return values;
}

/** Below this confidence a column is shown and scanned untyped (evidence-view, TableDetector). */
export const MIN_TYPED_CONFIDENCE = 0.5;

/**
 * The type a column is redacted and counted as (grid, exports, report, scan, import's detector): its
 * inferred type when confident and, failing closed, the identifier type (one with a check: Aadhaar, VID,
 * PAN, mobile, passport, EPIC …) its header names however weakly the values support it (values failing
 * their check). Types without a check keep the confidence bar: a `city` header is a weak cue for PIN
 * codes, and a column of city names is no PIN column.
 */
export function typedColumn(type: PiiType | null, confidence: number, header: string): PiiType | null {
  if (!type) return null;
  if (confidence >= MIN_TYPED_CONFIDENCE) return type;
  if (!SHAPED_TYPES.includes(type)) return null;
  const cue = cueOfHeader(header);
  return (cue & NEG) === 0 && (cue & typeBit(type)) !== 0 ? type : null;
}

// Columns of these types make a record a record of identifiers: a column of identifier-shaped values
// beside one of them is an identifier column too, whatever its header (or lack of one) and its checks.
const IDENTIFIER_TYPES: ReadonlySet<PiiType> = new Set<PiiType>([
  'IN_AADHAAR', 'IN_AADHAAR_MASKED', 'IN_VID', 'IN_PAN', 'IN_GSTIN', 'IN_PASSPORT', 'IN_VOTER', 'IN_PHONE',
  'IN_ABHA', 'IN_COWIN_REF', 'IN_DRIVING_LICENCE', 'EMAIL_ADDRESS', 'PERSON', 'DATE_OF_BIRTH',
]);
/** Share of a column's values that must have one identifier shape to be typed by the record around it. */
const BESIDE_BAR = 0.8;

/**
 * Infers every column of a table: each column on its own (inferColumn), then, when the record holds an
 * identifier column, an untyped column (header not negative) whose values mostly have one identifier's
 * shape takes that type, checks ignored: a headerless column of 12-digit numbers beside names and
 * mobile numbers is masked as Aadhaar even where the numbers fail Verhoeff.
 */
export function inferTable(headers: readonly string[], samples: readonly (readonly string[])[]): ColumnInference[] {
  const cols = headers.map((h, i) => inferColumn(h, samples[i] ?? []));
  const typed = (c: ColumnInference): boolean => c.type !== null && c.confidence >= MIN_TYPED_CONFIDENCE;
  const beside = !cols.some((c) => typed(c) && IDENTIFIER_TYPES.has(c.type!))
    ? cols
    : cols.map((c, i) => (typed(c) ? c : (besideIdentifiers(headers[i]!, samples[i] ?? [], c.suppressed) ?? c)));
  if (!isTelegramTable(headers)) return beside;
  // A Telegram export's own keys say who a value names (telegram-columns.ts): free-form sender names never
  // validate, so their values alone leave them untyped.
  return beside.map((c, i) => {
    const t = typed(c) ? null : telegramColumnType(headers[i]!);
    return t ? result(t, 1, 0, 0, c.sampled, c.suppressed) : c;
  });
}

/** The column's type by the shape of its values; `suppressed` (inferColumn's) is kept, so a column whose
 * numbers mostly fail their check is masked whole but a value of it that passes by chance is not
 * reported as a finding (see TableDetector). */
function besideIdentifiers(header: string, sample: readonly string[], suppressed: PiiType[]): ColumnInference | null {
  if (cueOfHeader(header) & NEG) return null;
  const values = nonEmptyValues(sample);
  const n = values.length;
  if (n === 0) return null;
  const shaped = new Map<PiiType, number>();
  for (const v of values) {
    const t = shapeOf(v);
    if (t) shaped.set(t, (shaped.get(t) ?? 0) + 1);
  }
  for (const [t, c] of shaped) {
    if (c < BESIDE_BAR * n) continue;
    let valid = 0;
    for (const v of values) if (validateValue(t, v)) valid++;
    return result(t, MIN_TYPED_CONFIDENCE, valid, n - valid, n, suppressed);
  }
  return null;
}

export function inferColumn(header: string, sampleValues: readonly string[]): ColumnInference {
  const values = nonEmptyValues(sampleValues);
  const n = values.length;
  const cue = cueOfHeader(header);
  if (cue & NEG) return result(null, 0, 0, 0, n, NUMERIC_ID_TYPES);

  const headerTypes = PII_TYPES.filter((t) => cue & typeBit(t));
  if (headerTypes.length > 0) {
    if (n === 0) return result(headerTypes[0]!, 0.6, 0, 0, 0, []);
    // Fail closed: the header's type is chosen and trusted by the values' shape, not by their checks
    // (an Aadhaar column whose numbers all fail Verhoeff is still an Aadhaar column).
    let best = headerTypes[0]!;
    let bestCount = -1;
    let bestShaped = -1;
    for (const t of headerTypes) {
      const [c, shaped] = countValidAndShaped(t, values);
      if (shaped > bestShaped || (shaped === bestShaped && c > bestCount)) {
        best = t;
        bestCount = c;
        bestShaped = shaped;
      }
    }
    const shapedRate = bestShaped / n;
    if (shapedRate >= 0.5) return result(best, 0.6 + 0.4 * shapedRate, bestCount, n - bestCount, n, []);
    const rate = bestCount / n;
    const byValues = fromValues(values);
    if (byValues.type && byValues.confidence >= 0.6) return byValues;
    // The header says what it is even if the values are damaged: keep it, with low confidence.
    return result(best, 0.3 + 0.2 * rate, bestCount, n - bestCount, n, []);
  }
  return fromValues(values);
}

function fromValues(values: string[]): ColumnInference {
  const n = values.length;
  if (n === 0) return result(null, 0, 0, 0, 0, []);
  const valid = new Map<PiiType, number>();
  const shaped = new Map<PiiType, number>();
  const years = new Set<number>();
  let multiWord = 0;
  for (const v of values) {
    const f = wholeValueFinding(v);
    if (f) {
      shaped.set(f.type, (shaped.get(f.type) ?? 0) + 1);
      if (f.validated) {
        valid.set(f.type, (valid.get(f.type) ?? 0) + 1);
        if (f.type === 'DATE_OF_BIRTH') years.add(parseDate(v)?.y ?? 0);
      }
      continue;
    }
    const t: PiiType | null = genderOf(v) ? 'GENDER' : addressLike(v) ? 'ADDRESS' : personLike(v) ? 'PERSON' : null;
    if (t) valid.set(t, (valid.get(t) ?? 0) + 1);
    if (t === 'PERSON' && /\s/.test(v)) multiWord++;
  }
  let best: PiiType | null = null;
  let bestConf = 0;
  let bestCount = 0;
  for (const [t, c] of valid) {
    const [bar, weight] = VALUE_ONLY_BAR[t] ?? [0.9, 0.5];
    const rate = c / n;
    if (rate < bar) continue;
    if (t === 'DATE_OF_BIRTH' && years.size < Math.min(5, Math.ceil(n / 4))) continue;
    if (t === 'PERSON' && multiWord < n / 2) continue;
    const conf = rate * weight;
    if (conf > bestConf) {
      best = t;
      bestConf = conf;
      bestCount = c;
    }
  }
  const suppressed: PiiType[] = [];
  for (const t of ['IN_AADHAAR', 'IN_VID'] as const) {
    if ((shaped.get(t) ?? 0) >= n / 2 && (valid.get(t) ?? 0) < n / 2) suppressed.push(t);
  }
  if (!best) return result(null, 0, 0, 0, n, suppressed);
  return result(best, round(bestConf), bestCount, n - bestCount, n, suppressed);
}

/** The single finding covering the whole value (any score), if there is one. */
function wholeValueFinding(v: string): Finding | null {
  const fs = scanText(v, { minScore: 0 });
  if (fs.length !== 1) return null;
  const f = fs[0]!;
  return f.start === 0 && f.end === v.length ? f : null;
}

/** Values that validate as `t`, and values that validate or have its shape (check ignored). */
function countValidAndShaped(t: PiiType, values: string[]): [number, number] {
  let valid = 0;
  let shaped = 0;
  for (const v of values) {
    if (validateValue(t, v)) {
      valid++;
      shaped++;
    } else if (hasShape(t, v)) shaped++;
  }
  return [valid, shaped];
}

function result(
  type: PiiType | null, confidence: number, validated: number, invalid: number, sampled: number, suppressed: PiiType[],
): ColumnInference {
  return { type, confidence: round(confidence), validated, invalid, sampled, suppressed };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Findings in one table cell, given its column's inference: a cell that validates as the column's
 * type is one finding over the whole (trimmed) cell; otherwise the cell is scanned as text with the
 * header as context, minus the column's suppressed types.
 */
export function detectCell(value: string, column: ColumnInference, header?: string): Finding[] {
  const trimmed = value.trim();
  if (trimmed.length === 0) return [];
  if (column.type && validateValue(column.type, trimmed)) {
    const start = value.indexOf(trimmed);
    return [{ type: column.type, start, end: start + trimmed.length, score: Math.max(0.5, column.confidence), validated: true }];
  }
  const fs = scanText(value, header ? { context: header } : undefined);
  return column.suppressed.length ? fs.filter((f) => !column.suppressed.includes(f.type)) : fs;
}
