// Custody lines for sorting (issue #16): what was sorted and which sorted positions were seen, in English and
// Hindi, with 1-based positions and no values.
import { describe, expect, it } from 'vitest';
import { summariseEntry } from '../../../shared/format/custody-summary';

describe('custody summary of sorts', () => {
  const sorted = { action: 'evidence.sorted', details: { evidenceId: 'e01', table: 'people', column: 'age', direction: 'desc', compared: 'number', records: 600000 } };
  const viewed = { action: 'evidence.viewed', details: { evidenceId: 'e01', table: 'people', sortedBy: 'age', direction: 'asc', positions: [1, 200] } };

  it('says what was sorted, how, and how many records, in English', () => {
    expect(summariseEntry(sorted)).toBe('Sorted e01 table people by age (descending, as numbers): 6,00,000 records');
    expect(summariseEntry(viewed)).toBe('Viewed e01 table people sorted by age (ascending), positions 1–200');
  });

  it('says the same in Hindi', () => {
    expect(summariseEntry(sorted, 'hi')).toBe('e01, तालिका people को age के घटते क्रम में लगाया गया (संख्या के रूप में): 6,00,000 रिकॉर्ड');
    expect(summariseEntry(viewed, 'hi')).toBe('e01, तालिका people: age के बढ़ते क्रम में स्थान 1–200 देखे गए');
  });
});
