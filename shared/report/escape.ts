// HTML escaping for the report. Every value that reaches the page goes through `esc`: evidence names,
// cells, notes and analysis text are attacker-controlled (a leak sample can hold `<script>` or
// `<img onerror>`). The report never builds URLs or attributes from data, so `javascript:` text stays
// inert text.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function esc(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  // Control characters other than tab/newline are dropped: they have no printed form. Bidi marks,
  // embeddings, overrides and isolates and the line/paragraph separators would reorder or break the
  // neighbouring text (`invoice<U+202E>fdp.exe` reads as `invoiceexe.pdf`), so each is printed as a
  // visible `[U+202E]` instead: the reader sees the text in its real order and that the name held one.
  return s
    .replace(/[&<>"'`]/g, (c) => ENTITIES[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(BIDI_AND_SEPARATORS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

/** LRM, RLM, ALM, LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
const BIDI_AND_SEPARATORS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** A tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | readonly Part[];

function part(p: Part): string {
  if (p instanceof Html) return p.value;
  if (Array.isArray(p)) return (p as readonly Part[]).map(part).join('');
  return esc(p);
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += part(values[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** Trusted markup (only for strings this module's callers wrote themselves, never data). */
export function raw(markup: string): Html {
  return new Html(markup);
}
