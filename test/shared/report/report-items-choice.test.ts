// Which items a report covers by default: every parsed item (with or without malformed lines); a case whose
// items were all stored but not parsed falls back to every item, so its default report is never empty.
import { describe, it, expect } from 'vitest';
import { chosenItemIds, choiceDetails, choiceFromDetails, unknownItemIds } from '../../../shared/report/items';

const CASE = [
  { id: 'e1', status: 'parsed' },
  { id: 'e2', status: 'unparsed' },
  { id: 'e3', status: 'malformed' },
  { id: 'e4', status: 'failed' },
];

describe('report item choice', () => {
  it('covers every parsed item by default, in the case order', () => {
    expect(chosenItemIds({ evidenceIds: null, records: [] }, CASE)).toEqual(['e1', 'e3']);
  });
  it('covers every item when none is parsed', () => {
    const archives = [
      { id: 'a1', status: 'unparsed' },
      { id: 'a2', status: 'unparsed' },
    ];
    expect(chosenItemIds({ evidenceIds: null, records: [] }, archives)).toEqual(['a1', 'a2']);
  });
  it('an explicit list keeps the case order and may include items not parsed', () => {
    expect(chosenItemIds({ evidenceIds: ['e2', 'e1'], records: [] }, CASE)).toEqual(['e1', 'e2']);
  });
  it('names the IDs that are not items of the case, once each', () => {
    expect(unknownItemIds(['e1', 'x9', 'x9', 'e4'], CASE)).toEqual(['x9']);
  });
  it('reads back what it logs: record positions 1-based in the log, 0-based in the API', () => {
    const choice = { evidenceIds: ['e1'], records: [{ evidenceId: 'e1', table: 'data', row: 4 }] };
    const d = choiceDetails(choice, 1, 4);
    expect(d).toEqual({ evidenceIds: ['e1'], records: [{ evidenceId: 'e1', table: 'data', record: 5 }], items: 1, caseItems: 4, recordCount: 1 });
    expect(choiceFromDetails(d)).toEqual(choice);
    expect(choiceFromDetails({ evidenceIds: 'e1', records: [] })).toBeNull();
  });
});
