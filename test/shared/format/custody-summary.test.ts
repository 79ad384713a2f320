import { describe, expect, it } from 'vitest';
import { recordOf, recordRange, summariseEntry } from '../../../shared/format/custody-summary';
import { CUSTODY_ACTIONS } from '../../../shared/custody/entry';

// One record numbering for people (issue #13 item 7): the first record of a table is "record 1" in the
// grid, the reveal dialog, `sakshya rows`, `reveal --row`, the custody log and the report.
describe('custody summaries number records from 1', () => {
  it('reads a reveal of the first record as "record 1", whether written as record (new) or row index (older vaults)', () => {
    const fresh = summariseEntry({ action: 'value.revealed', details: { evidenceId: 'e1', record: 1, column: 'aadhaar', reason: 'match' } });
    const legacy = summariseEntry({ action: 'value.revealed', details: { evidenceId: 'e1', row: 0, column: 'aadhaar', reason: 'match' } });
    expect(fresh).toBe('Revealed e1, record 1, column aadhaar; reason: match');
    expect(legacy).toBe(fresh);
  });

  it('reads a page view of the first 200 records as records 1–200, both ends included', () => {
    expect(summariseEntry({ action: 'evidence.viewed', details: { evidenceId: 'e1', records: [1, 200] } })).toBe('Viewed e1, records 1–200');
    // Older entries stored the API's half-open 0-based range [0, 200).
    expect(summariseEntry({ action: 'evidence.viewed', details: { evidenceId: 'e1', rows: [0, 200] } })).toBe('Viewed e1, records 1–200');
    expect(summariseEntry({ action: 'evidence.viewed', details: { evidenceId: 'e1', records: [7, 7] } })).toBe('Viewed e1, record 7');
  });

  it('names the record of a note or tag', () => {
    expect(summariseEntry({ action: 'tag.added', details: { evidenceId: 'e1', tag: 'x', record: 2 } })).toBe('Tag "x" added to e1, record 2');
    expect(summariseEntry({ action: 'note.added', details: { evidenceId: 'e1', text: 'seen', record: 12 } })).toBe('Note on e1, record 12: seen');
  });

  it('converts legacy and new fields alike', () => {
    expect(recordOf({ row: 41 })).toBe(42);
    expect(recordOf({ record: 42 })).toBe(42);
    expect(recordOf({})).toBeNull();
    expect(recordRange({ rows: [100, 300] })).toEqual([101, 300]);
    expect(recordRange({ records: [101, 300] })).toEqual([101, 300]);
  });
});

describe('custody summaries in the reader’s language', () => {
  it('groups sizes and counts the Indian way', () => {
    const s = summariseEntry({ action: 'evidence.acquired', details: { name: 'a.csv', bytes: 641724, sha256: 'ab'.repeat(32), evidenceId: 'e1' } });
    expect(s).toContain('6,41,724 bytes');
    expect(summariseEntry({ action: 'evidence.searched', details: { evidenceId: 'e1', matches: 1234567, scanned: 10000000 } }, 'hi')).toContain('1,00,00,000');
  });

  it('has a Hindi line for every custody action, with no English words but identifiers', () => {
    for (const action of CUSTODY_ACTIONS) {
      const hi = summariseEntry({ action, details: { evidenceId: 'e1', records: [1, 2], name: 'f', tag: 't', text: 'n' } }, 'hi');
      expect(hi, action).not.toBe(action);
      expect(hi, action).toMatch(/[\u0900-\u097F]/);
      // Latin letters only in what came from the entry (e1, f, t, n, SHA-256, PDF), never a sentence.
      expect(hi.replace(/SHA-256|PDF|CASE\/UCO JSON-LD|e1|\b[ftn]\b/g, ''), action).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('names an item’s status in Hindi', () => {
    const hi = summariseEntry({ action: 'evidence.parsed', details: { evidenceId: 'e1', format: 'csv', records: 2000, malformed: 0, status: 'parsed' } }, 'hi');
    expect(hi).toContain('स्थिति: पार्स हुआ');
    expect(hi).not.toContain('parsed');
  });

  it('has an English line for every custody action', () => {
    for (const action of CUSTODY_ACTIONS) expect(summariseEntry({ action, details: {} }), action).not.toBe(action);
  });
});
