// Analysis speaks only for parsed items (issue #16, problem 9): verdicts and overlap-matrix rows of items that
// were stored but never parsed are left out, and those items are named as not analysed.
import { describe, expect, it } from 'vitest';
import type { AnalysisView, EvidenceInfo } from '../../shared/api/contract';
import { splitAnalysed } from '../../renderer/src/state/analysed-items';

const item = (id: string, status: EvidenceInfo['status']): EvidenceInfo => ({
  id,
  parentId: null,
  name: `${id}.dat`,
  bytes: 1,
  md5: '',
  sha1: '',
  sha256: '',
  format: status === 'parsed' ? 'csv' : 'unknown',
  encoding: null,
  status,
  reason: status === 'parsed' ? null : 'not a format Sakshya reads',
  records: 0,
  malformed: 0,
  warnings: [],
  problems: [],
  acquiredAt: '2026-12-07T10:00:00.000Z',
  acquiredBy: 'Asha Verma',
  sourcePath: `/evidence/${id}.dat`,
  fileTimes: {},
  tables: [],
});

const verdict = (evidenceId: string) => ({ evidenceId, name: evidenceId, verdict: 'insufficient' as const, reasons: [], records: 0, validity: [], duplicateRate: 0, ageHistogram: [], completeness: [], schemaFingerprint: '', containedIn: [], claim: null });

describe('splitAnalysed', () => {
  const analysis: AnalysisView = {
    caseId: 'c1',
    analysedAt: '2026-12-07T10:00:00.000Z',
    evidence: [verdict('a'), verdict('bin'), verdict('b')],
    overlaps: [],
    matrix: {
      ids: ['a', 'bin', 'b'],
      shared: [
        [10, 0, 4],
        [0, 0, 0],
        [4, 0, 8],
      ],
      containment: [
        [1, 0, 0.4],
        [0, 0, 0],
        [0.5, 0, 1],
      ],
    },
  };

  it('keeps verdicts and matrix rows and columns of parsed items only, in their order', () => {
    const s = splitAnalysed(analysis, [item('a', 'parsed'), item('bin', 'unparsed'), item('b', 'malformed')]);
    expect(s.evidence.map((e) => e.evidenceId)).toEqual(['a', 'b']);
    expect(s.matrix).toEqual({
      ids: ['a', 'b'],
      shared: [
        [10, 4],
        [4, 8],
      ],
      containment: [
        [1, 0.4],
        [0.5, 1],
      ],
    });
    expect(s.notAnalysed.map((e) => [e.id, e.status])).toEqual([['bin', 'unparsed']]);
  });

  it('lists failed and cancelled imports as not analysed too, and keeps items of other cases as given', () => {
    const cross: AnalysisView = { ...analysis, evidence: [verdict('a'), verdict('other')], matrix: { ids: ['a', 'other'], shared: [[1, 1], [1, 1]], containment: [[1, 1], [1, 1]] } };
    const s = splitAnalysed(cross, [item('a', 'parsed'), item('f', 'failed'), item('x', 'cancelled')]);
    expect(s.evidence.map((e) => e.evidenceId)).toEqual(['a', 'other']);
    expect(s.matrix.ids).toEqual(['a', 'other']);
    expect(s.notAnalysed.map((e) => e.id)).toEqual(['f', 'x']);
  });
});
