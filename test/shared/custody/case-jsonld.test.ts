import { describe, expect, it } from 'vitest';
import { appendEntry, emptyChainHead } from '../../../shared/custody/chain';
import { CASE_JSONLD_CONTEXT, exportCaseJsonLd, type EvidenceItem } from '../../../shared/custody/case-jsonld';
import { entryHash, type CustodyEntry } from '../../../shared/custody/entry';
import { makeExaminer } from './fixtures';

const examiner = makeExaminer();
const who = { name: examiner.name, keyFingerprint: examiner.fingerprint };
const evidence: EvidenceItem[] = [
  {
    id: 'ev/1 cowin-sample.csv',
    name: 'cowin-sample.csv',
    size: 1_048_576,
    md5: 'D41D8CD98F00B204E9800998ECF8427E',
    sha1: 'da39a3ee5e6b4b0d3255bfef95601890afd80709',
    sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    acquiredAt: '2024-05-01T04:00:01.000Z',
  },
];

function buildEntries(): CustodyEntry[] {
  let head = emptyChainHead('CASE-2024-017');
  const out: CustodyEntry[] = [];
  const steps: Parameters<typeof appendEntry>[1][] = [
    { action: 'case.created', examiner: who, details: { name: 'CoWIN bot leak' } },
    { action: 'evidence.acquired', examiner: who, subject: { evidenceId: 'ev/1 cowin-sample.csv' }, details: { sha256: evidence[0]!.sha256 } },
    { action: 'value.revealed', examiner: who, subject: { evidenceId: 'ev/1 cowin-sample.csv', row: 17, column: 'aadhaar' }, details: { reason: 'verify checksum' } },
    { action: 'report.generated', examiner: who, details: { pages: 12 } },
  ];
  steps.forEach((s, i) => {
    const next = appendEntry(head, { ...s, at: new Date(Date.UTC(2024, 4, 1, 4, 0, i)) });
    out.push(next.entry);
    head = next.head;
  });
  return out;
}

const entries = buildEntries();
const doc = exportCaseJsonLd({ caseId: 'CASE-2024-017', caseName: 'CoWIN bot leak', entries, evidence, examiner: who, tool: { name: 'Sakshya', version: '0.1.0' } });
const graph = doc['@graph'] as Record<string, unknown>[];

/** Every object in the document, depth first. */
function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
  else if (typeof value === 'object' && value !== null) {
    visit(value as Record<string, unknown>);
    Object.values(value).forEach((v) => walk(v, visit));
  }
}

const defined: string[] = [];
const referenced: string[] = [];
walk(graph, (node) => {
  const id = node['@id'];
  if (typeof id !== 'string') return;
  if (Object.keys(node).length === 1) referenced.push(id);
  else defined.push(id);
});
const nodesOfType = (type: string): Record<string, unknown>[] => {
  const out: Record<string, unknown>[] = [];
  walk(graph, (n) => {
    if (n['@type'] === type) out.push(n);
  });
  return out;
};

describe('CASE/UCO JSON-LD export of a custody log', () => {
  it('is plain JSON that survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('gives every node a unique @id, and every reference points at a node in the document', () => {
    expect(new Set(defined).size).toBe(defined.length);
    expect(referenced.filter((id) => !defined.includes(id))).toEqual([]);
  });

  it('uses the CASE investigation and UCO classes for bundle, actions, provenance, files, hashes, examiner and tool', () => {
    for (const type of [
      'uco-core:Bundle',
      'case-investigation:Investigation',
      'case-investigation:InvestigativeAction',
      'case-investigation:ProvenanceRecord',
      'uco-observable:File',
      'uco-observable:FileFacet',
      'uco-observable:ContentDataFacet',
      'uco-types:Hash',
      'uco-identity:Identity',
      'uco-tool:Tool',
    ]) {
      expect(nodesOfType(type).length, type).toBeGreaterThan(0);
    }
    expect(nodesOfType('case-investigation:InvestigativeAction')).toHaveLength(entries.length);
  });

  it('declares in @context every prefix used in a property name, @type or CURIE value', () => {
    const used = new Set<string>();
    const note = (term: string): void => {
      const m = /^([a-z][a-z-]*):/.exec(term);
      if (m && !term.includes('://') && !term.startsWith('urn:')) used.add(m[1]!);
    };
    walk(graph, (node) => {
      for (const [key, value] of Object.entries(node)) {
        if (!key.startsWith('@')) note(key);
        if ((key === '@type' || key === '@id') && typeof value === 'string') note(value);
      }
    });
    expect([...used].filter((p) => !(p in CASE_JSONLD_CONTEXT))).toEqual([]);
    expect([...used].sort()).toEqual(
      ['case-investigation', 'kb', 'uco-action', 'uco-core', 'uco-identity', 'uco-observable', 'uco-tool', 'uco-types', 'xsd'].sort(),
    );
  });

  it('records each entry as an action with start time, performer, instrument and its entry hash', () => {
    const actions = nodesOfType('case-investigation:InvestigativeAction');
    const reveal = actions.find((a) => a['uco-core:name'] === 'value.revealed')!;
    expect(reveal['uco-action:startTime']).toEqual({ '@type': 'xsd:dateTime', '@value': '2024-05-01T04:00:02.000Z' });
    expect(reveal['uco-action:performer']).toEqual({ '@id': nodesOfType('uco-identity:Identity')[0]!['@id'] });
    expect(reveal['uco-action:instrument']).toEqual({ '@id': nodesOfType('uco-tool:Tool')[0]!['@id'] });
    expect(reveal['uco-action:object']).toEqual([{ '@id': nodesOfType('uco-observable:File')[0]!['@id'] }]);
    expect(reveal['uco-core:description']).toContain(entryHash(entries[2]!));
  });

  it('makes the acquisition produce the file and its provenance record', () => {
    const acquired = nodesOfType('case-investigation:InvestigativeAction').find((a) => a['uco-core:name'] === 'evidence.acquired')!;
    const file = nodesOfType('uco-observable:File')[0]!;
    const record = nodesOfType('case-investigation:ProvenanceRecord')[0]!;
    expect(acquired['uco-action:result']).toEqual([{ '@id': file['@id'] }, { '@id': record['@id'] }]);
    expect(record['uco-core:object']).toEqual([{ '@id': file['@id'] }]);
    expect(record['case-investigation:exhibitNumber']).toBe('ev/1 cowin-sample.csv');
  });

  it('lists MD5, SHA1 and SHA256 as hexBinary hashes of the file content, with its size', () => {
    const hashes = nodesOfType('uco-types:Hash').map((h) => [h['uco-types:hashMethod'], (h['uco-types:hashValue'] as { '@value': string })['@value']]);
    expect(hashes).toEqual([
      ['MD5', 'd41d8cd98f00b204e9800998ecf8427e'],
      ['SHA1', evidence[0]!.sha1],
      ['SHA256', evidence[0]!.sha256],
    ]);
    expect(nodesOfType('uco-types:Hash').every((h) => (h['uco-types:hashValue'] as { '@type': string })['@type'] === 'xsd:hexBinary')).toBe(true);
    expect(nodesOfType('uco-observable:ContentDataFacet')[0]!['uco-observable:sizeInBytes']).toEqual({ '@type': 'xsd:integer', '@value': '1048576' });
  });

  it('puts every top-level node in the bundle', () => {
    const bundle = graph[0]!;
    expect(bundle['@type']).toBe('uco-core:Bundle');
    expect((bundle['uco-core:object'] as { '@id': string }[]).map((r) => r['@id']).sort()).toEqual(graph.slice(1).map((n) => n['@id']).sort());
  });
});
