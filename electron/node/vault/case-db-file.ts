// casedb.enc, the encrypted case database: magic "SAKSHYAD" (8) | format version u16 | generation u64 |
// nonce (12) | sealed SQLite image. The associated data is the first 18 bytes + ":<vaultId>:casedb", so the
// version and generation are authenticated and another vault's database does not open here.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'sql.js';
import { SakshyaError } from '../../../shared/api/errors';
import { open as aeadOpen, seal, randomNonce } from './aead';
import { writeFileAtomic } from './atomic-file';
import { CASE_DB_FILE, corrupt, OLDEST_MIGRATABLE_FORMAT, tooNew, tooOld, VAULT_FORMAT_VERSION } from './format';
import { migrate, SCHEMA_VERSION, schemaVersionOf } from './schema';
import { loadSqlJs } from './sqljs';

const DB_MAGIC = Buffer.from('SAKSHYAD', 'ascii');
const DB_PRE = 8 + 2 + 8 + 12; // magic, version, generation, nonce

function dbAad(vaultId: string, pre: Buffer): Buffer {
  return Buffer.concat([pre.subarray(0, 18), Buffer.from(`:${vaultId}:casedb`, 'utf8')]);
}

/** Opens casedb.enc (migrating its schema in memory); throws VAULT_CORRUPT / VAULT_TOO_NEW / VAULT_TOO_OLD. */
export async function loadCaseDb(dir: string, vaultId: string, key: Buffer): Promise<{ db: Database; generation: number }> {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(path.join(dir, CASE_DB_FILE));
  } catch {
    throw corrupt(CASE_DB_FILE, 'the file is missing or unreadable');
  }
  if (buf.length < DB_PRE + 16 || !buf.subarray(0, 8).equals(DB_MAGIC)) throw corrupt(CASE_DB_FILE, 'not a Sakshya case database');
  const version = buf.readUInt16BE(8);
  const generation = Number(buf.readBigUInt64BE(10));
  const plain = aeadOpen(key, buf.subarray(18, DB_PRE), buf.subarray(DB_PRE), dbAad(vaultId, buf));
  if (!plain) throw corrupt(CASE_DB_FILE, 'authentication failed');
  if (version > VAULT_FORMAT_VERSION) throw tooNew(CASE_DB_FILE, version);
  if (version < OLDEST_MIGRATABLE_FORMAT) {
    plain.fill(0);
    throw tooOld(CASE_DB_FILE, version);
  }
  const SQL = await loadSqlJs();
  let db: Database;
  try {
    // sql.js may keep the array it is given as its in-memory file: hand it a copy and wipe ours.
    db = new SQL.Database(new Uint8Array(plain));
    plain.fill(0);
    if (schemaVersionOf(db) > SCHEMA_VERSION) {
      db.close();
      throw tooNew(CASE_DB_FILE, schemaVersionOf(db));
    }
    migrate(db);
  } catch (e) {
    if (e instanceof SakshyaError) throw e;
    throw corrupt(CASE_DB_FILE, 'the database inside does not open');
  }
  const stored = db.exec("SELECT value FROM meta WHERE key='generation'")[0]?.values[0]?.[0];
  if (stored !== undefined && Number(stored) !== generation) throw corrupt(CASE_DB_FILE, 'generation counter mismatch');
  return { db, generation };
}

/** Encrypts `db` as generation `generation` in format `version` and replaces casedb.enc atomically. */
export function writeCaseDb(dir: string, vaultId: string, key: Buffer, db: Database, version: number, generation: number): void {
  const plain = Buffer.from(db.export());
  const pre = Buffer.alloc(DB_PRE);
  DB_MAGIC.copy(pre, 0);
  pre.writeUInt16BE(version, 8);
  pre.writeBigUInt64BE(BigInt(generation), 10);
  randomNonce().copy(pre, 18);
  const sealed = seal(key, pre.subarray(18), plain, dbAad(vaultId, pre));
  plain.fill(0);
  writeFileAtomic(path.join(dir, CASE_DB_FILE), Buffer.concat([pre, sealed]));
}

/** Puts casedb.enc under `newKey`, keeping its version and generation (a new nonce). Already done: nothing to do. */
export function reencryptCaseDb(dir: string, vaultId: string, oldKey: Buffer, newKey: Buffer): void {
  const file = path.join(dir, CASE_DB_FILE);
  const buf = fs.readFileSync(file);
  const underNew = aeadOpen(newKey, buf.subarray(18, DB_PRE), buf.subarray(DB_PRE), dbAad(vaultId, buf));
  if (underNew) {
    underNew.fill(0);
    return;
  }
  const plain = aeadOpen(oldKey, buf.subarray(18, DB_PRE), buf.subarray(DB_PRE), dbAad(vaultId, buf));
  if (!plain) throw corrupt(CASE_DB_FILE, 'authentication failed under the old and the new key');
  const pre = Buffer.from(buf.subarray(0, DB_PRE));
  randomNonce().copy(pre, 18);
  const sealed = seal(newKey, pre.subarray(18), plain, dbAad(vaultId, pre));
  plain.fill(0);
  writeFileAtomic(file, Buffer.concat([pre, sealed]));
}
