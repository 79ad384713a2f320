// Fail closed in labelled free text: an identifier-shaped value after a label for its type is reported
// (and so masked) even when its check fails, and the finding says the check failed. Unlabelled values
// that fail their check stay unreported, so order numbers and timestamps are not counted as Aadhaar.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, redactText, scanText, type PiiType } from '../../../shared/pii/index';
import { redactLabelledText } from '../../../shared/pii/labelled-text';
import { refValid, verhoeffPalindrome12 } from '../../fixtures/pii/verhoeff-reference';

/** The finding of `type` exactly covering `value` in `text`, if any. */
function findingFor(text: string, type: PiiType, value: string): { validated: boolean; score: number } | undefined {
  const at = text.indexOf(value);
  return scanText(text).find((f) => f.type === type && f.start === at && f.end === at + value.length);
}

// Published invalid values (python-stdnum doctests; test/fixtures/reference), cross-checked here with the
// independent Verhoeff so the test does not rest on the code under test.
const BAD_AADHAAR = '234123412347';
const GOOD_AADHAAR = '312345678909';

describe('labelled identifiers are reported even when their check fails', () => {
  it('the fixtures are what they claim under the independent Verhoeff', () => {
    expect(refValid(BAD_AADHAAR)).toBe(false);
    expect(refValid(GOOD_AADHAAR)).toBe(true);
  });

  const labels = ['Aadhaar: ', 'Aadhaar No. ', '/aadhaar ', 'आधार: ', 'आधार संख्या ', 'UID: ', 'Aadhaar card number: ', 'uid '];
  for (const label of labels) {
    it(`a failing 12-digit number after "${label.trim()}" is an Aadhaar finding marked not validated`, () => {
      for (const value of [BAD_AADHAAR, '2341 2341 2347', '2341-2341-2347', '123412341234']) {
        const f = findingFor(label + value, 'IN_AADHAAR', value);
        expect(f, label + value).toBeDefined();
        expect(f!.validated, label + value).toBe(false);
        expect(f!.score).toBeGreaterThanOrEqual(0.5);
      }
    });
  }

  it('a valid labelled Aadhaar is reported as validated', () => {
    for (const text of [`Aadhaar: ${GOOD_AADHAAR}`, '/aadhaar 6584 0677 4113', `आधार: ${GOOD_AADHAAR}`]) {
      const value = text.replace(/^\S+:? /, '');
      expect(refValid(value.replace(/ /g, ''))).toBe(true);
      expect(findingFor(text, 'IN_AADHAAR', value)?.validated, text).toBe(true);
    }
  });

  it('masks a labelled failing Aadhaar in text and in labelled lines', () => {
    for (const text of [`Aadhaar: ${BAD_AADHAAR}`, `/aadhaar 2341 2341 2347 please`, `नाम: सुनीता\nआधार: ${BAD_AADHAAR}`]) {
      for (const out of [redactText(text, DEFAULT_POLICY), redactLabelledText(text, DEFAULT_POLICY)]) {
        expect(out, text).not.toMatch(/2341.?2341/);
        expect(out).toMatch(/XXXX XXXX 2347/);
      }
    }
  });

  it('reports labelled VID, PAN, GSTIN and passport values that fail their rules, marked not validated', () => {
    const cases: [PiiType, string, string][] = [
      ['IN_VID', 'VID: ', '2341 2341 2341 2342'], // python-stdnum vid.py: InvalidChecksum
      ['IN_VID', 'Virtual ID ', '2341234123412342'],
      ['IN_PAN', 'PAN: ', 'ABMXA3211G'], // python-stdnum pan.py: invalid holder type
      ['IN_PAN', 'पैन: ', 'ACUPA0000R'], // serial 0000
      ['IN_GSTIN', 'GSTIN: ', '27AAPFU0939F1ZO'], // python-stdnum gstin.py: InvalidChecksum
      ['IN_PASSPORT', 'Passport No: ', 'Q1234567'],
    ];
    for (const [type, label, value] of cases) {
      const f = findingFor(label + value, type, value);
      expect(f, label + value).toBeDefined();
      expect(f!.validated, label + value).toBe(false);
    }
  });

  it('marks a labelled Aadhaar palindrome as not validated (python-stdnum rejects palindromes)', () => {
    const pal = verhoeffPalindrome12(3);
    const f = findingFor(`Aadhaar: ${pal}`, 'IN_AADHAAR', pal);
    expect(f?.validated).toBe(false);
  });
});

describe('unlabelled values that fail their check are still not reported', () => {
  it('12-digit order numbers, timestamps and failing numbers are not Aadhaar', () => {
    for (const text of [BAD_AADHAAR, `Order ${GOOD_AADHAAR}`, `ref ${BAD_AADHAAR}`, 'at 202312251230 UTC', `txn ${BAD_AADHAAR} ok`, '123412341234', verhoeffPalindrome12(5)]) {
      expect(scanText(text).filter((f) => f.type === 'IN_AADHAAR'), text).toEqual([]);
    }
  });
  it('failing PAN, VID and GSTIN shapes are not reported without a label', () => {
    for (const text of ['ABMXA3211G', 'code ACUPA0000R', '2341234123412342', '27AAPFU0939F1ZO']) {
      expect(scanText(text), text).toEqual([]);
    }
  });
  it('a labelled Aadhaar that is really a card number under a card label stays a non-finding', () => {
    expect(scanText('Credit card 4111 1111 1111 1111')).toEqual([]);
  });
});
