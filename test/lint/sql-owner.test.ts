import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/cli';

// The store layer (electron/node/store/) owns the case database's SQL; vault/ owns its schema and migrations.
// No other core file may query a case-database table (reading an evidence SQLite file is not that).
const NODE = path.join(ROOT, 'electron/node');
const OWNERS = ['store/', 'vault/'];

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The case database's tables, read from the schema itself. */
function caseTables(): string[] {
  const schema = fs.readFileSync(path.join(NODE, 'vault/schema.ts'), 'utf8');
  return [...schema.matchAll(/CREATE TABLE(?: IF NOT EXISTS)? (\w+)/g)].map((m) => m[1]!);
}

/** String literals that read or write one of `tables`. */
function queriesIn(src: string, tables: string[]): string[] {
  const table = new RegExp(`\\b(?:FROM|INTO|UPDATE|JOIN)\\s+(?:${tables.join('|')})\\b`, 'i');
  return [...src.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`[^`]*`/g)].map((m) => m[0]).filter((s) => table.test(s));
}

describe('SQL ownership', () => {
  const tables = caseTables();

  it('reads the case tables from the schema', () => {
    expect(tables).toEqual(expect.arrayContaining(['cases', 'events', 'checkpoints', 'evidence', 'evidence_ocr', 'claims', 'meta']));
  });

  it('recognises a query of a case table in a string of any quoting, and not other SQL', () => {
    expect(queriesIn("db.exec('SELECT blob_id FROM evidence_ocr WHERE evidence_id = ?')", tables)).toHaveLength(1);
    expect(queriesIn('db.run(`INSERT INTO cases(id) VALUES (?)`)', tables)).toHaveLength(1);
    expect(queriesIn(`db.exec("SELECT name FROM sqlite_master WHERE type = 'table'")`, tables)).toEqual([]);
  });

  it('keeps every query of the case database in store/ (or the schema in vault/)', () => {
    const outside = tsFiles(NODE)
      .map((f) => path.relative(NODE, f).split(path.sep).join('/'))
      .filter((rel) => !OWNERS.some((o) => rel.startsWith(o)))
      .flatMap((rel) => queriesIn(fs.readFileSync(path.join(NODE, rel), 'utf8'), tables).map((q) => `${rel}: ${q.slice(0, 80)}`));
    expect(outside).toEqual([]);
  });
});
