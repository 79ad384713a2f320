// Column names from a header row: empty names become `column_<position>`, repeats get `_2`, `_3`…

export function dedupeHeader(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  raw.forEach((name, i) => {
    const base = name.trim() === '' ? `column_${i + 1}` : name;
    let candidate = base;
    for (let n = 2; seen.has(candidate); n++) candidate = `${base}_${n}`;
    seen.add(candidate);
    out.push(candidate);
  });
  return out;
}

/** Name for an extra column beyond the header (1-based position). */
export function extraColumnName(position: number, taken: ReadonlySet<string>): string {
  let candidate = `column_${position}`;
  for (let n = 2; taken.has(candidate); n++) candidate = `column_${position}_${n}`;
  return candidate;
}
