// What a table's column names may show outside the vault. A file without a header row has its first record as
// its column names, so a "name" can be an Aadhaar number, a mobile or a person. Every place that shows or sends
// column names (records grid, search, redacted export) uses these labels, never the raw names.
// Fails closed: a name is masked when the scanner finds an identifier in it, or when it has an identifier's
// shape whatever its check digit; and once one name of a table is masked, the header row is a record, not a
// header, so every other name of that table is replaced too (a person's name or address there never validates).
import { DEFAULT_POLICY, redactText, redactValue } from './redact';
import { shapeOf } from './identifier-shape';

/** Display labels for a table's column names, position by position. Always masks (never a token: a label is
 * read, not compared). */
export function columnLabels(names: readonly string[]): string[] {
  const policy = DEFAULT_POLICY;
  const masked = names.map((name) => {
    const scanned = redactText(name, policy);
    if (scanned !== name) return scanned;
    const shape = shapeOf(name);
    return shape ? redactValue(shape, name, policy) : null;
  });
  if (masked.every((m) => m === null)) return [...names];
  // A header row that holds an identifier is a record: its other fields are personal data until shown otherwise.
  return unique(masked.map((m, i) => m ?? `column_${i + 1}`));
}

// Two identifiers can mask alike (e-mails of one domain with the same first letter); the app keys a table's
// columns by label, so a repeat gets a suffix, as repeated header names do at import.
function unique(labels: string[]): string[] {
  const taken = new Set<string>();
  return labels.map((l) => {
    let out = l;
    for (let n = 2; taken.has(out); n++) out = `${l}_${n}`;
    taken.add(out);
    return out;
  });
}
