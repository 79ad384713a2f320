// HTML escaping for the report. Every value that reaches the page goes through `esc`: evidence names,
// cells, notes and analysis text are attacker-controlled (a leak sample can hold `<script>` or
// `<img onerror>`). The report never builds URLs or attributes from data, so `javascript:` text stays
// inert text.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function esc(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  // Control characters other than tab/newline are dropped: they have no printed form and some
  // (e.g. U+2028, bidi overrides) could reorder or hide neighbouring text in the PDF.
  return s.replace(/[&<>"'`]/g, (c) => ENTITIES[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '');
}

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
