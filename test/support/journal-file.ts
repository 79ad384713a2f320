// Reads and writes journal.enc the way its format is documented (electron/node/vault/journal.ts), written here
// from the description rather than with the production encoder, so tests can build forgeries from scratch:
//   header = "SAKSHYAJ" | u16 BE version 1 | 16-byte journal id
//   frame  = u32 BE n | 12-byte nonce | n bytes AES-256-GCM ciphertext+tag | u32 BE n
//   associated data of record seq = header | u64 BE seq | tag of record seq-1 (zeros for 0) | ":<vaultId>:journal"
import fs from 'node:fs';
import path from 'node:path';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Database } from 'sql.js';
import { Vault } from '../../electron/node/vault/vault';
import { SecretBuffer } from '../../electron/node/vault/secret';
import { readAnchor, writeAnchor } from '../../electron/node/vault/anchor';
import { loadSqlJs } from '../../electron/node/vault/sqljs';

export const HEADER = 26;

export interface Frame {
  start: number;
  end: number;
  bytes: Buffer;
}

/** Splits a journal file into its header and frames, by the length prefixes alone (no key needed). */
export function frames(file: Buffer): { header: Buffer; frames: Frame[]; rest: Buffer } {
  const out: Frame[] = [];
  let off = HEADER;
  while (off + 4 <= file.length) {
    const n = file.readUInt32BE(off);
    const end = off + 20 + n;
    if (end > file.length) break;
    out.push({ start: off, end, bytes: file.subarray(off, end) });
    off = end;
  }
  return { header: file.subarray(0, HEADER), frames: out, rest: file.subarray(off) };
}

function aad(header: Buffer, seq: number, prevTag: Buffer, vaultId: string): Buffer {
  const s = Buffer.alloc(8);
  s.writeBigUInt64BE(BigInt(seq));
  return Buffer.concat([header, s, prevTag, Buffer.from(`:${vaultId}:journal`, 'utf8')]);
}

const tagOf = (frame: Buffer) => frame.subarray(frame.length - 20, frame.length - 4);

export interface Batch {
  g: number;
  e: [string, string][];
  c: [string, string][];
  h: Record<string, unknown>;
}

/** Decrypts every record (throws at the first one that does not authenticate in its place). */
export function decryptAll(file: Buffer, key: Buffer, vaultId: string): Batch[] {
  const { header, frames: fs_ } = frames(file);
  let prev = Buffer.alloc(16);
  return fs_.map((f, seq) => {
    const n = f.bytes.readUInt32BE(0);
    const d = createDecipheriv('aes-256-gcm', key, f.bytes.subarray(4, 16));
    d.setAAD(aad(header, seq, prev, vaultId));
    d.setAuthTag(f.bytes.subarray(16 + n - 16, 16 + n));
    const plain = Buffer.concat([d.update(f.bytes.subarray(16, 16 + n - 16)), d.final()]);
    prev = Buffer.from(tagOf(f.bytes));
    return JSON.parse(plain.toString('utf8')) as Batch;
  });
}

export function encryptAll(header: Buffer, batches: Batch[], key: Buffer, vaultId: string): Buffer {
  const parts = [header];
  let prev = Buffer.alloc(16);
  for (const [seq, b] of batches.entries()) {
    const nonce = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', key, nonce);
    c.setAAD(aad(header, seq, prev, vaultId));
    const sealed = Buffer.concat([c.update(Buffer.from(JSON.stringify(b), 'utf8')), c.final(), c.getAuthTag()]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(sealed.length);
    const frame = Buffer.concat([len, nonce, sealed, len]);
    prev = Buffer.from(tagOf(frame));
    parts.push(frame);
  }
  return Buffer.concat(parts);
}

/**
 * An insider who knows the passphrase rewrites the stored custody log: the journal's records are loaded into
 * scratch tables events(id, case_id, seq, at, actor, action, body) and checkpoints(id, case_id, tree_size,
 * body), `edit` changes them with SQL, and a new journal (re-encrypted, so it authenticates) and a matching
 * anchor are written. Only the custody chain and signatures can then show what was done.
 */
export async function editStoredLog(dir: string, pass: string, edit: (db: Database) => void): Promise<void> {
  const header = Vault.readHeader(dir);
  const key = await Vault.unwrapKey(header, SecretBuffer.fromString(pass));
  const file = fs.readFileSync(path.join(dir, 'journal.enc'));
  const batches = decryptAll(file, key.bytes, header.vaultId);
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  db.exec(`CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, case_id TEXT, seq INTEGER, at TEXT, actor TEXT, action TEXT, body TEXT);
           CREATE TABLE checkpoints (id INTEGER PRIMARY KEY AUTOINCREMENT, case_id TEXT, tree_size INTEGER, body TEXT);`);
  for (const b of batches) {
    for (const [caseId, body] of b.e) {
      const e = JSON.parse(body) as { seq: number; at: string; action: string; examiner: { name: string } };
      db.run('INSERT INTO events(case_id, seq, at, actor, action, body) VALUES (?, ?, ?, ?, ?, ?)', [caseId, e.seq, e.at, e.examiner.name, e.action, body]);
    }
    for (const [caseId, body] of b.c) db.run('INSERT INTO checkpoints(case_id, tree_size, body) VALUES (?, ?, ?)', [caseId, (JSON.parse(body) as { treeSize: number }).treeSize, body]);
  }
  db.exec('DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete; DROP TRIGGER IF EXISTS checkpoints_no_update; DROP TRIGGER IF EXISTS checkpoints_no_delete;');
  edit(db);
  const rows = (sql: string) => (db.exec(sql)[0]?.values ?? []).map((r) => [String(r[0]), String(r[1])] as [string, string]);
  const g = Math.max(...batches.map((b) => b.g));
  const forged: Batch[] = [{ g, e: rows('SELECT case_id, body FROM events ORDER BY id'), c: rows('SELECT case_id, body FROM checkpoints ORDER BY id'), h: {} }];
  db.close();
  const out = encryptAll(file.subarray(0, HEADER), forged, key.bytes, header.vaultId);
  fs.writeFileSync(path.join(dir, 'journal.enc'), out);
  const anchor = readAnchor(dir, key.bytes, header.vaultId)!;
  const logs: Record<string, { treeSize: number; root: string }> = {};
  for (const [caseId, body] of forged[0]!.c) {
    const cp = JSON.parse(body) as { treeSize: number; rootHash: string };
    logs[caseId] = { treeSize: cp.treeSize, root: cp.rootHash };
  }
  writeAnchor(dir, key.bytes, header.vaultId, {
    generation: anchor.generation,
    logs,
    journal: { id: anchor.journal!.id, records: 1, bytes: out.length, tag: tagOf(out).toString('hex') },
    heads: null,
    unknown: [],
  });
  key.wipe();
}
