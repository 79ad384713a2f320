// The verdict's reasons are codes with figures; the report's catalogue puts every one of them in English
// and in Hindi, with Indian grouping.
import { describe, it, expect } from 'vitest';
import { ReasonCodeSchema } from '../../../shared/api/contract';
import { reasonText, overlapSentences } from '../../../shared/report/analysis-text';
import type { Reason, ReasonCode } from '../../../shared/analysis';

const PARAMS: Record<ReasonCode, Reason['params']> = {
  noIdentifiers: { records: 1234567 },
  tooFewValues: { values: 15, min: 30 },
  checkRate: { check: 'IN_AADHAAR', valid: 67000, total: 100000 },
  impossibleValues: { check: 'DATE_OF_BIRTH', bad: 420, total: 10000 },
  plausibleValues: { check: 'AGE', valid: 9990, total: 10000 },
  mobileDigitsUniform: { chiSquare: 3.42, p: 0.946 },
  duplicateRows: { rows: 1500, records: 10000 },
  containedIn: { source: 'cowin_sample.csv', share: 0.72, tokens: 1715, shared: 1234 },
  alsoContainedIn: { source: 'other.csv', share: 0.9, shared: 800 },
  alsoFabricated: {},
  consistentGenuine: {},
  cannotTell: {},
};

describe('reason texts', () => {
  it('exist for every reason code the API knows, in both languages, with no English left in the Hindi', () => {
    for (const code of ReasonCodeSchema.options) {
      const r: Reason = { code, params: PARAMS[code] };
      const en = reasonText(r, 'en');
      const hi = reasonText(r, 'hi');
      expect(en).not.toBe(code);
      expect(hi).not.toBe(en);
      const words = hi.replace(/cowin_sample\.csv|other\.csv/g, '').match(/\b[A-Z]?[a-z]{2,}\b/g) ?? [];
      // Acronyms (VID, PAN, GSTIN) stay in Latin script in Hindi, as officials write them; English words do not.
      expect(words, `${code}: ${hi}`).toEqual([]);
    }
  });

  it('put figures in Indian grouping and shares as percentages', () => {
    expect(reasonText({ code: 'noIdentifiers', params: { records: 1234567 } }, 'en')).toContain('12,34,567 records');
    expect(reasonText({ code: 'checkRate', params: PARAMS.checkRate }, 'en')).toBe(
      'Aadhaar check digit valid for 67.0% of 1,00,000 values (random digits pass about 10%; genuine records nearly all pass).',
    );
    expect(reasonText({ code: 'checkRate', params: PARAMS.checkRate }, 'hi')).toContain('1,00,000 में से 67.0%');
  });

  it('name a source in another case with its case, in the reader\'s language, and mark caveats', () => {
    const r: Reason = { code: 'containedIn', params: { ...PARAMS.containedIn, sourceCase: 'c42' } };
    expect(reasonText(r, 'en')).toContain('cowin_sample.csv (case c42)');
    expect(reasonText(r, 'hi')).toContain('cowin_sample.csv (मामला c42)');
    expect(reasonText({ code: 'duplicateRows', params: PARAMS.duplicateRows, caveat: true }, 'en')).toMatch(/^Caveat: 15\.0% of 10,000 rows/);
    expect(reasonText({ code: 'duplicateRows', params: PARAMS.duplicateRows, caveat: true }, 'hi')).toMatch(/^सावधानी: /);
  });

  it('show a code from a newer version as the code rather than dropping it', () => {
    expect(reasonText({ code: 'somethingNew' as ReasonCode, params: {} }, 'hi')).toBe('somethingNew');
  });
});

describe('overlap sentences', () => {
  it('state each direction that shares identifiers, with its own denominator', () => {
    const names: Record<string, string> = { e1: 'bot_export.json', e2: 'cowin_sample.csv' };
    const s = overlapSentences({ a: 'e1', b: 'e2', shared: 1234, aCompared: 1715, bCompared: 250000 }, (id) => names[id]!, 'en');
    expect(s).toEqual([
      'bot_export.json: 1,234 of its 1,715 identifiers (72.0%) also appear in cowin_sample.csv.',
      'cowin_sample.csv: 1,234 of its 2,50,000 identifiers (0.5%) also appear in bot_export.json.',
    ]);
    expect(overlapSentences({ a: 'e1', b: 'e2', shared: 0, aCompared: 10, bCompared: 10 }, (id) => names[id]!, 'en')).toEqual([]);
  });
});
