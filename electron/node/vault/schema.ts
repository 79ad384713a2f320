// Schema of the case database (sql.js, held in memory while unlocked, saved encrypted).
// Each migration is applied once, in order; `meta.schema_version` records how far we are.
import type { Database } from 'sql.js';

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
  `
  -- Every encrypted blob file the database refers to; anything else under blobs/ is litter from an
  -- interrupted import and is removed on unlock.
  CREATE TABLE blobs (blob_id TEXT PRIMARY KEY, kind TEXT NOT NULL, size INTEGER NOT NULL);
  CREATE TABLE evidence (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    parent_id TEXT REFERENCES evidence(id),
    name TEXT NOT NULL,
    source_path TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    md5 TEXT NOT NULL,
    sha1 TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    format TEXT NOT NULL,
    encoding TEXT,
    status TEXT NOT NULL,
    reason TEXT,
    records INTEGER NOT NULL,
    malformed INTEGER NOT NULL,
    problems TEXT NOT NULL,
    warnings TEXT NOT NULL,
    original_blob TEXT NOT NULL REFERENCES blobs(blob_id),
    acquired_at TEXT NOT NULL,
    acquired_by TEXT NOT NULL,
    file_times TEXT NOT NULL,
    import_reason TEXT NOT NULL DEFAULT ''
  );
  CREATE INDEX evidence_case ON evidence(case_id);
  CREATE INDEX evidence_sha256 ON evidence(case_id, sha256);
  CREATE TABLE evidence_tables (
    evidence_id TEXT NOT NULL REFERENCES evidence(id),
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    columns TEXT NOT NULL,
    records INTEGER NOT NULL,
    rows_blob TEXT REFERENCES blobs(blob_id),
    index_every INTEGER NOT NULL,
    stats TEXT NOT NULL,
    PRIMARY KEY (evidence_id, name)
  );
  -- Row r (a multiple of index_every) starts at byte offset 'offset' of the table's decrypted row store.
  CREATE TABLE row_index (
    evidence_id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row INTEGER NOT NULL,
    offset INTEGER NOT NULL,
    PRIMARY KEY (evidence_id, table_name, row)
  ) WITHOUT ROWID;
  `,
  `
  -- Signed checkpoints of each case's custody log (see electron/node/custody). Append-only.
  CREATE TABLE checkpoints (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id TEXT NOT NULL,
    tree_size INTEGER NOT NULL,
    body TEXT NOT NULL
  );
  CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
  CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
  `,
  `
  -- OCR of image evidence: the recognised words with their boxes, stored encrypted as a blob.
  CREATE TABLE evidence_ocr (
    evidence_id TEXT PRIMARY KEY REFERENCES evidence(id),
    blob_id TEXT NOT NULL REFERENCES blobs(blob_id),
    confidence REAL NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL
  );
  `,
  `
  -- The latest authenticity analysis of each case (figures and verdicts only, never raw values), and what
  -- each sample is claimed to be.
  CREATE TABLE analyses (case_id TEXT PRIMARY KEY REFERENCES cases(id), at TEXT NOT NULL, body TEXT NOT NULL);
  CREATE TABLE claims (
    case_id TEXT NOT NULL REFERENCES cases(id),
    evidence_id TEXT NOT NULL REFERENCES evidence(id),
    body TEXT NOT NULL,
    PRIMARY KEY (case_id, evidence_id)
  );
  `,
  `
  -- OCR of the page images of PDF evidence (scans): one encrypted OCR result (words and boxes) per image
  -- read, by page, so a redacted copy of each page image can be drawn from the original PDF.
  CREATE TABLE IF NOT EXISTS evidence_pdf_ocr (
    evidence_id TEXT NOT NULL REFERENCES evidence(id),
    page INTEGER NOT NULL,
    image INTEGER NOT NULL,
    blob_id TEXT NOT NULL REFERENCES blobs(blob_id),
    confidence REAL NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    PRIMARY KEY (evidence_id, page, image)
  );
  `,
  `
  -- How a table's rows are stored: NULL = its row store (one JSON array per line, rows_blob); a JSON
  -- description (kind 'csv') = in place in the evidence's original bytes (rows_blob is the original), read
  -- by the groups the row index points at.
  ALTER TABLE evidence_tables ADD COLUMN row_format TEXT;
  `,
  `
  -- What the examiner records for a case's reports (findings, annex fields the vault cannot know): one JSON
  -- object per case, field name → text. Which fields changed is logged in custody; the text is not.
  CREATE TABLE IF NOT EXISTS report_fields (case_id TEXT PRIMARY KEY REFERENCES cases(id), body TEXT NOT NULL);
  `,
];

/** The schema this build writes: one version per migration, so the two cannot disagree. */
export const SCHEMA_VERSION = migrations.length;

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
