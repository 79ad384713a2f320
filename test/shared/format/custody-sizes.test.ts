// Custody entries give a size the way reports and the app do: decimal units with the exact byte count
// in Indian grouping beside it (#16 problem 5: they printed "641724 bytes").
import { describe, it, expect } from 'vitest';
import { summariseEntry } from '../../../shared/format/custody-summary';

const acquired = { action: 'evidence.acquired', details: { name: 'a.csv', bytes: 641724, sha256: 'ab'.repeat(32), evidenceId: 'e1' } };

describe('sizes in custody summaries', () => {
  it('say the size and the exact grouped byte count, in English', () => {
    expect(summariseEntry(acquired)).toBe('Acquired a.csv, 642 kB (6,41,724 bytes), SHA-256 abababababab…, as e1');
  });

  it('say the same in Hindi, with बाइट and digits 0-9', () => {
    expect(summariseEntry(acquired, 'hi')).toBe('a.csv प्राप्त: 642 kB (6,41,724 बाइट), SHA-256 abababababab…, पहचान e1');
  });

  it('give a cancelled import’s bytes read as an exact grouped count', () => {
    const e = { action: 'import.cancelled', details: { name: 'big.csv', bytesRead: 12582912 } };
    expect(summariseEntry(e)).toBe('Import of big.csv cancelled after 1,25,82,912 bytes; nothing kept');
    expect(summariseEntry(e, 'hi')).toBe('big.csv का आयात 1,25,82,912 बाइट के बाद रद्द; कुछ नहीं रखा गया');
  });
});
