// Sentences the core makes, as catalogue keys with parameters. The core builds its English text with
// coreText(key, params); recogniseCoreText turns a stored sentence (new, or stored before keys existed)
// back into its key and parameters by the same template; renderCoreText puts it in the reader's language.
// So the CLI, stored data and old vaults keep their English text, and every screen can show Hindi.
import { groupIndian } from '../format/numbers';
import { coreEn } from './core-en';
import { coreHi } from './core-hi';

export type CoreKey = keyof typeof coreEn;
export type CoreParam = string | number | CoreMessage;
export interface CoreMessage {
  key: string;
  params: Record<string, CoreParam>;
}

const TEMPLATES: Record<'en' | 'hi', Record<string, string>> = { en: coreEn, hi: coreHi };

/** Parameters that are counts or positions: matched as digits, shown in Indian grouping. A line the core
 * did not know is written '?', kept as text. */
const NUMERIC = new Set([
  'offset', 'bytes', 'line', 'limit', 'count', 'fields', 'header', 'dropped', 'pages', 'page', 'total', 'mib', 'ratio', 'method', 'more',
  'seq', 'seq2', 'next', 'prev', 'index', 'size', 'from', 'to', 'pid', 'width', 'height',
]);
/** Parameters that hold another core sentence (a parser's finding inside "Invalid JSON: …"). */
const NESTED = new Set(['detail']);

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** The English sentence for a key: what the core stores, logs and prints in the CLI. */
export function coreText(key: CoreKey, params: Record<string, string | number> = {}): string {
  return (coreEn[key] as string).replace(PLACEHOLDER, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`coreText(${key}): missing parameter ${name}`);
    return String(v);
  });
}

interface Matcher {
  key: string;
  re: RegExp;
  names: string[];
  literal: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The most specific template first (most fixed text), so "line 3: holds invalid UTF-8…" is read as the
// UTF-8 problem inside "line {{line}}: {{detail}}", not as some shorter template's parameter.
const MATCHERS: Matcher[] = Object.entries(coreEn as Record<string, string>)
  .map(([key, template]) => {
    const names: string[] = [];
    let re = '';
    let last = 0;
    let literal = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      const text = template.slice(last, m.index);
      re += escape(text);
      literal += text.length;
      names.push(m[1]!);
      re += NUMERIC.has(m[1]!) ? '(\\d+|\\?)' : '(.+?)';
      last = m.index + m[0].length;
    }
    re += escape(template.slice(last));
    literal += template.length - last;
    return { key, re: new RegExp(`^${re}$`, 's'), names, literal };
  })
  .sort((a, b) => b.literal - a.literal);

/** The key and parameters of a sentence the core made, or null for text no template produces (an
 * examiner's words, or a sentence newer than this build). */
export function recogniseCoreText(text: string): CoreMessage | null {
  return bestReading(text, 0)?.msg ?? null;
}

// Two templates can both match one sentence ("Entry 7: entry 7 was altered: …" also fits a ZIP entry's
// "{{archive}}: entry {{name}}: {{detail}}"); the reading that explains the most of it by fixed template text,
// nested sentences included, wins.
function bestReading(text: string, depth: number): { msg: CoreMessage; covered: number } | null {
  if (depth > 4 || text.length > 4000) return null;
  let best: { msg: CoreMessage; covered: number } | null = null;
  for (const m of MATCHERS) {
    if (best && best.covered >= text.length) break; // nothing can explain more than all of it
    const hit = m.re.exec(text);
    if (!hit) continue;
    const params: Record<string, CoreParam> = {};
    let covered = m.literal;
    m.names.forEach((name, i) => {
      const v = hit[i + 1]!;
      if (NUMERIC.has(name) && /^\d+$/.test(v)) params[name] = Number(v);
      else if (NESTED.has(name)) {
        const inner = bestReading(v, depth + 1);
        params[name] = inner?.msg ?? v;
        covered += inner?.covered ?? 0;
      } else params[name] = v;
    });
    if (!best || covered > best.covered) best = { msg: { key: m.key, params }, covered };
  }
  return best;
}

/** A core sentence in the reader's language, or null when this build has no template for its key. */
export function renderCoreText(msg: CoreMessage, lang: 'en' | 'hi'): string | null {
  const template = TEMPLATES[lang][msg.key] ?? TEMPLATES.en[msg.key];
  if (template === undefined) return null;
  let missing = false;
  const out = template.replace(PLACEHOLDER, (_, name: string) => {
    const v = msg.params[name];
    if (v === undefined) {
      missing = true;
      return '';
    }
    if (typeof v === 'number') return groupIndian(v);
    if (typeof v === 'string') return v;
    const inner = renderCoreText(v, lang);
    if (inner === null) missing = true;
    return inner ?? '';
  });
  return missing ? null : out;
}

/** A sentence from the core in the reader's language; text no template made is returned as it is. */
export function coreSentence(text: string, lang: 'en' | 'hi'): string {
  if (lang === 'en') return text;
  const msg = recogniseCoreText(text);
  return (msg && renderCoreText(msg, lang)) ?? text;
}
