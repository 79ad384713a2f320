// Schema of the case database (sql.js, held in memory while unlocked, saved encrypted).
// Each migration is applied once, in order; `meta.schema_version` records how far we are.
import type { Database } from 'sql.js';

export const SCHEMA_VERSION = 1;

const migrations: string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    ref TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
  );
  -- Append-only log of every action. case_id '' is the vault's own log (vault created, unlocked, ...).
  -- seq counts per log from 0. The custody layer adds hash chaining and signatures on top.
  CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (case_id, seq)
  );
  CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
  CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
  `,
];

export function migrate(db: Database): void {
  const has = db.exec("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").length > 0;
  let version = 0;
  if (has) {
    const r = db.exec("SELECT value FROM meta WHERE key='schema_version'");
    version = Number(r[0]?.values[0]?.[0] ?? 0);
  }
  for (let v = version; v < migrations.length; v++) {
    db.exec('BEGIN');
    db.exec(migrations[v]!);
    db.run("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", [String(v + 1)]);
    db.exec('COMMIT');
  }
}

export function schemaVersionOf(db: Database): number {
  const r = db.exec("SELECT value FROM meta WHERE key='schema_version'");
  return Number(r[0]?.values[0]?.[0] ?? 0);
}
