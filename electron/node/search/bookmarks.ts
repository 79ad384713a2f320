// Bookmarks are not a separate store: a tag or a note on a record is a signed custody entry (tag.added,
// note.added with evidenceId and record), so the list is read from the log and cannot drift from it.
import type { Database } from 'sql.js';
import type { Bookmark } from '../../../shared/api/contract';
import { recordOf } from '../../../shared/format/custody-summary';
import { readEntries } from '../store/custody-log';
import { listEvidence } from '../store/evidence';
import { shownFreeText } from '../custody/custody-view';

export function listBookmarks(db: Database, caseId: string): Bookmark[] {
  const names = new Map(listEvidence(db, caseId).map((e) => [e.id, e.name]));
  const out: Bookmark[] = [];
  for (const e of readEntries(db, caseId)) {
    if (e.action !== 'tag.added' && e.action !== 'note.added') continue;
    const d = e.details;
    const record = recordOf(d);
    const text = e.action === 'tag.added' ? d.tag : d.text;
    if (typeof d.evidenceId !== 'string' || record === null || record < 1 || typeof text !== 'string') continue;
    out.push({
      seq: e.seq,
      at: e.at,
      examiner: e.examiner.name,
      kind: e.action === 'tag.added' ? 'tag' : 'note',
      // The examiner's text, identifiers in it masked (see shownFreeText).
      text: shownFreeText(text),
      evidenceId: d.evidenceId,
      evidenceName: names.get(d.evidenceId) ?? d.evidenceId,
      table: typeof d.table === 'string' ? d.table : null,
      row: record - 1,
    });
  }
  return out.reverse();
}
