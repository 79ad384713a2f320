// How a query meets a raw value, and where its match is marked in the redacted text. Raw and redacted pairs
// are written out by hand (UIDAI's "XXXX XXXX 1234" display convention), not produced by the redactor.
import { describe, expect, it } from 'vitest';
import { markInRedacted, matcherFor } from '../../../electron/node/search/matcher';

const marked = (raw: string, redacted: string, query: string) => {
  const span = markInRedacted(raw, redacted, matcherFor(query));
  return span ? redacted.slice(span[0], span[1]) : null;
};

describe('matcherFor', () => {
  it('matches digits typed with or without spaces or hyphens, and digits in Devanagari', () => {
    expect(matcherFor('2345 6789 0124').test('Aadhaar: 2345-6789-0124')).toBe(true);
    expect(matcherFor('234567890124').test('2345 6789 0124')).toBe(true);
    expect(matcherFor('2345').test('२३४५ ६७८९')).toBe(true);
    expect(matcherFor('2345 6789 0125').test('2345 6789 0124')).toBe(false);
  });

  it('ignores case for text and finds nothing for a blank query', () => {
    expect(matcherFor('PUNE').test('PHC Pune')).toBe(true);
    expect(matcherFor('   ').test('anything')).toBe(false);
  });

  it('locates a digit match across separators in the text it was given', () => {
    const text = 'id 2345-6789-0124 ok';
    const span = matcherFor('234567890124').find(text)!;
    expect(text.slice(span[0], span[1])).toBe('2345-6789-0124');
  });
});

describe('markInRedacted', () => {
  it('marks the masked identifier in free text', () => {
    expect(marked('Aadhaar 2345 6789 0124 given', 'Aadhaar XXXX XXXX 0124 given', '2345 6789 0124')).toBe('XXXX XXXX 0124');
  });

  it('widens the mark over the visible part of a match that runs into a masked value', () => {
    expect(marked('Aadhaar 2345 6789 0124 given', 'Aadhaar XXXX XXXX 0124 given', 'aadhaar 2345')).toBe('Aadhaar XXXX XXXX');
  });

  it('marks the very characters when the match is visible', () => {
    expect(marked('2345 6789 0124', 'XXXX XXXX 0124', '0124')).toBe('0124');
    expect(marked('PHC Pune', 'PHC Pune', 'pune')).toBe('Pune');
  });

  it('marks the masked part of a whole-cell mask that hides the match', () => {
    expect(marked('2345 6789 0124', 'XXXX XXXX 0124', '2345')).toBe('XXXX XXXX');
    expect(marked('Ravi Kumar', 'R. K.', 'kumar')).toBe('. K.');
  });

  it('marks the whole cell when the raw text does not show where the match is, and nothing in an empty cell', () => {
    expect(marked('İstanbul 2345', '[address]', 'istanbul')).toBe('[address]');
    expect(marked('x', '', 'x')).toBeNull();
  });
});
