// Column names from the token list of a CREATE TABLE statement (MySQL or PostgreSQL).
import type { Token } from './sql-lexer.js';
import { T } from './sql-lexer.js';

const NOT_COLUMNS = new Set([
  'PRIMARY', 'KEY', 'INDEX', 'UNIQUE', 'CONSTRAINT', 'FOREIGN', 'FULLTEXT', 'SPATIAL', 'CHECK', 'EXCLUDE', 'LIKE', 'PERIOD',
]);

export interface CreateTable {
  name: string;
  columns: string[];
}

function isName(t: Token | undefined): t is Token {
  return t !== undefined && (t.t === T.Word || t.t === T.QuotedName || t.t === T.Str);
}

/** Reads `a.b.c` (words or quoted names) starting at index i; returns the name and the next index. */
export function readQualifiedName(tokens: readonly Token[], i: number): { name: string; next: number } | null {
  const first = tokens[i];
  if (!isName(first)) return null;
  const parts = [first.v];
  let j = i + 1;
  while (tokens[j]?.t === T.Punct && tokens[j]?.v === '.' && isName(tokens[j + 1])) {
    parts.push((tokens[j + 1] as Token).v);
    j += 2;
  }
  return { name: parts.join('.'), next: j };
}

const upper = (t: Token | undefined): string => (t && t.t === T.Word ? t.v.toUpperCase() : '');

/** null when the statement is not a CREATE TABLE with a column list (views, procedures, partitions…). */
export function parseCreateTable(tokens: readonly Token[]): CreateTable | null {
  let i = 0;
  if (upper(tokens[i]) !== 'CREATE') return null;
  i++;
  if (upper(tokens[i]) === 'OR' && upper(tokens[i + 1]) === 'REPLACE') i += 2;
  while (['TEMPORARY', 'TEMP', 'UNLOGGED', 'GLOBAL', 'LOCAL', 'FOREIGN'].includes(upper(tokens[i]))) i++;
  if (upper(tokens[i]) !== 'TABLE') return null;
  i++;
  if (upper(tokens[i]) === 'IF' && upper(tokens[i + 1]) === 'NOT' && upper(tokens[i + 2]) === 'EXISTS') i += 3;
  if (upper(tokens[i]) === 'ONLY') i++;
  const qn = readQualifiedName(tokens, i);
  if (!qn) return null;
  i = qn.next;
  if (!(tokens[i]?.t === T.Punct && tokens[i]?.v === '(')) return { name: qn.name, columns: [] };
  i++;
  const columns: string[] = [];
  let depth = 0;
  let atItemStart = true;
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.t === T.Punct && t.v === '(') depth++;
    else if (t.t === T.Punct && t.v === ')') {
      if (depth === 0) break;
      depth--;
    } else if (t.t === T.Punct && t.v === ',' && depth === 0) {
      atItemStart = true;
      continue;
    } else if (atItemStart && isName(t) && !(t.t === T.Word && NOT_COLUMNS.has(t.v.toUpperCase()))) {
      columns.push(t.v);
    }
    atItemStart = false;
  }
  return { name: qn.name, columns };
}
