// Cases: create, list, rename. Every change writes an event in the same transaction.
import { randomBytes } from 'node:crypto';
import type { Database } from 'sql.js';
import { SakshyaError } from '../../../shared/api/errors';
import type { CaseInfo } from '../../../shared/api/contract';

export function newCaseId(): string {
  return `c${randomBytes(5).toString('hex')}`;
}

export function listCases(db: Database): CaseInfo[] {
  const r = db.exec('SELECT id, title, ref, created_at FROM cases ORDER BY created_at, id');
  return (r[0]?.values ?? []).map(([id, title, ref, createdAt]) => ({
    id: String(id),
    title: String(title),
    ref: String(ref),
    createdAt: String(createdAt),
  }));
}

export function getCase(db: Database, id: string): CaseInfo {
  const c = listCases(db).find((x) => x.id === id);
  if (!c) throw new SakshyaError('NOT_FOUND', `No case with id ${id} in this vault.`);
  return c;
}

export function insertCase(db: Database, title: string, ref: string, at: Date): CaseInfo {
  const c: CaseInfo = { id: newCaseId(), title, ref, createdAt: at.toISOString() };
  db.run('INSERT INTO cases(id, title, ref, created_at) VALUES (?, ?, ?, ?)', [c.id, c.title, c.ref, c.createdAt]);
  return c;
}

/** Whether the vault holds a case with this id. */
export function hasCase(db: Database, id: string): boolean {
  return db.exec('SELECT 1 FROM cases WHERE id = ?', [id]).length > 0;
}

/** Stores a case as it is (a received case keeps its id, title and creation time). */
export function insertCaseRecord(db: Database, c: CaseInfo): void {
  db.run('INSERT INTO cases(id, title, ref, created_at) VALUES (?, ?, ?, ?)', [c.id, c.title, c.ref, c.createdAt]);
}

export function updateCaseTitle(db: Database, id: string, title: string): CaseInfo {
  getCase(db, id);
  db.run('UPDATE cases SET title = ? WHERE id = ?', [title, id]);
  return getCase(db, id);
}
