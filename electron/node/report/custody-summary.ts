// One line of "details" per custody entry for the printed log: the facts a reader needs (which item,
// which rows, why), not every field. Full entries are in custody.jsonl. Source paths are left out of
// the PDF: they are long and name the examiner's own folders, and the hash certificate has them.
import type { CustodyEntry, JsonValue } from '../../../shared/custody';

const SHOWN = ['title', 'name', 'evidenceId', 'format', 'records', 'malformed', 'table', 'rows', 'column', 'row', 'matches', 'queryLength', 'from', 'to', 'template', 'lang', 'sha256', 'reason', 'problem', 'text'] as const;

function show(v: JsonValue): string {
  if (typeof v === 'string') return v.length > 160 ? `${v.slice(0, 157)}…` : v;
  if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number')) return `${v[0]}–${v[1]}`;
  return typeof v === 'object' && v !== null ? JSON.stringify(v).slice(0, 160) : String(v);
}

export function custodySummary(e: CustodyEntry): string {
  const parts: string[] = [];
  for (const k of SHOWN) {
    const v = e.details[k];
    if (v === undefined || v === null || v === '') continue;
    parts.push(`${k}: ${k === 'sha256' && typeof v === 'string' ? `${v.slice(0, 16)}…` : show(v)}`);
  }
  return parts.join('; ');
}
