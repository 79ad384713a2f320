// Export of a case's custody log to CASE/UCO JSON-LD (https://caseontology.org, CASE 1.x / UCO 1.x),
// the interoperable form other forensic tools read.
//
// Mapping:
//   the log                → uco-core:Bundle (uco-core:object lists every top-level node)
//   the case               → case-investigation:Investigation
//   each entry             → case-investigation:InvestigativeAction
//                              uco-action:startTime, performer (examiner), instrument (Sakshya),
//                              object/result → the evidence file and its provenance record
//   each evidence item     → uco-observable:File with FileFacet + ContentDataFacet (uco-types:Hash ×3)
//                            and case-investigation:ProvenanceRecord (exhibitNumber = evidence id)
//   the examiner           → uco-identity:Identity
//   the tool               → uco-tool:Tool (uco-tool:version)
// Property names follow casework/CASE-Examples (forensic_lifecycle.json); uco-types:hashMethod is a plain
// string, the form UCO 1.4.0 made standard. Entry hashes go into descriptions: CASE has no term for a
// hash-chained log, and the signed log itself stays the authoritative record.
import { nobleCustodyCrypto, type CustodyHash } from './crypto';
import { entryHash, type CustodyEntry, type JsonObject, type JsonValue } from './entry';
import { displayFingerprint } from './keys';

export interface EvidenceItem {
  id: string;
  name: string;
  size: number;
  md5: string;
  sha1: string;
  sha256: string;
  acquiredAt: string;
}

export interface CaseJsonLdInput {
  caseId: string;
  caseName?: string;
  entries: readonly CustodyEntry[];
  evidence: readonly EvidenceItem[];
  examiner: { name: string; keyFingerprint: string };
  tool?: { name: string; version: string };
  hash?: CustodyHash;
}

export const CASE_JSONLD_CONTEXT = {
  kb: 'urn:sakshya:kb:',
  'case-investigation': 'https://ontology.caseontology.org/case/investigation/',
  'uco-action': 'https://ontology.unifiedcyberontology.org/uco/action/',
  'uco-core': 'https://ontology.unifiedcyberontology.org/uco/core/',
  'uco-identity': 'https://ontology.unifiedcyberontology.org/uco/identity/',
  'uco-observable': 'https://ontology.unifiedcyberontology.org/uco/observable/',
  'uco-tool': 'https://ontology.unifiedcyberontology.org/uco/tool/',
  'uco-types': 'https://ontology.unifiedcyberontology.org/uco/types/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

type Node = JsonObject;
const ref = (id: string): Node => ({ '@id': id });
const dateTime = (value: string): Node => ({ '@type': 'xsd:dateTime', '@value': value });
const integer = (value: number): Node => ({ '@type': 'xsd:integer', '@value': String(value) });

/** Case and evidence ids become part of IRIs: percent-encode so any id gives a valid, unique CURIE. */
const part = (id: string): string => encodeURIComponent(id);

export function exportCaseJsonLd(input: CaseJsonLdInput): JsonObject {
  const hash = input.hash ?? nobleCustodyCrypto;
  const base = `kb:${part(input.caseId)}`;
  const ids = {
    bundle: `${base}-bundle`,
    investigation: `${base}-investigation`,
    examiner: `${base}-examiner-${part(input.examiner.keyFingerprint)}`,
    tool: `${base}-tool`,
    file: (evidenceId: string) => `${base}-file-${part(evidenceId)}`,
    provenance: (evidenceId: string) => `${base}-provenance-${part(evidenceId)}`,
    action: (seq: number) => `${base}-action-${seq}`,
  };
  const tool = input.tool ?? { name: 'Sakshya', version: 'unknown' };
  const known = new Set(input.evidence.map((e) => e.id));

  const files = input.evidence.map((e) => fileNode(e, ids.file(e.id)));
  const provenance = input.evidence.map((e) => ({
    '@id': ids.provenance(e.id),
    '@type': 'case-investigation:ProvenanceRecord',
    'case-investigation:exhibitNumber': e.id,
    'uco-core:description': `Evidence "${e.name}" acquired at ${e.acquiredAt} (clock: local, unverified)`,
    'uco-core:object': [ref(ids.file(e.id))],
  }));

  const actions = input.entries.map((entry): Node => {
    const evidenceId = evidenceIdOf(entry);
    const about = evidenceId !== undefined && known.has(evidenceId) ? evidenceId : undefined;
    const node: Node = {
      '@id': ids.action(entry.seq),
      '@type': 'case-investigation:InvestigativeAction',
      'uco-core:name': entry.action,
      'uco-core:description':
        `Custody entry ${entry.seq}; entry SHA-256 ${entryHash(entry, hash)}; previous ${entry.prevHash}; ` +
        `time from the examiner's local, unverified clock`,
      'uco-action:startTime': dateTime(entry.at),
      'uco-action:performer': ref(ids.examiner),
      'uco-action:instrument': ref(ids.tool),
    };
    if (about !== undefined) {
      // Acquisition produces the file and its provenance record; every other action works on the file.
      if (entry.action === 'evidence.acquired') node['uco-action:result'] = [ref(ids.file(about)), ref(ids.provenance(about))];
      else node['uco-action:object'] = [ref(ids.file(about))];
    }
    return node;
  });

  const examiner: Node = {
    '@id': ids.examiner,
    '@type': 'uco-identity:Identity',
    'uco-core:name': input.examiner.name,
    'uco-core:description': `Examiner; custody signing key ${displayFingerprint(input.examiner.keyFingerprint)} (Ed25519)`,
  };
  const toolNode: Node = {
    '@id': ids.tool,
    '@type': 'uco-tool:Tool',
    'uco-core:name': tool.name,
    'uco-tool:version': tool.version,
  };
  const investigation: Node = {
    '@id': ids.investigation,
    '@type': 'case-investigation:Investigation',
    'uco-core:name': input.caseName ?? input.caseId,
    'uco-core:object': [...actions, ...provenance].map((n) => ref(n['@id'] as string)),
  };
  const members = [investigation, examiner, toolNode, ...files, ...provenance, ...actions];
  const bundle: Node = {
    '@id': ids.bundle,
    '@type': 'uco-core:Bundle',
    'uco-core:description': `Chain of custody of case ${input.caseId} exported by ${tool.name} ${tool.version}`,
    'uco-core:object': members.map((n) => ref(n['@id'] as string)),
  };
  return { '@context': { ...CASE_JSONLD_CONTEXT }, '@graph': [bundle, ...members] };
}

function evidenceIdOf(entry: CustodyEntry): string | undefined {
  const fromSubject: JsonValue | undefined = entry.subject?.evidenceId;
  const fromDetails: JsonValue | undefined = entry.details.evidenceId;
  const id = fromSubject ?? fromDetails;
  return typeof id === 'string' ? id : undefined;
}

function fileNode(e: EvidenceItem, id: string): Node {
  const hashNode = (method: string, value: string): Node => ({
    '@id': `${id}-${method.toLowerCase()}`,
    '@type': 'uco-types:Hash',
    'uco-types:hashMethod': method,
    'uco-types:hashValue': { '@type': 'xsd:hexBinary', '@value': value.toLowerCase() },
  });
  return {
    '@id': id,
    '@type': 'uco-observable:File',
    'uco-core:hasFacet': [
      {
        '@id': `${id}-file-facet`,
        '@type': 'uco-observable:FileFacet',
        'uco-observable:fileName': e.name,
        'uco-observable:sizeInBytes': integer(e.size),
      },
      {
        '@id': `${id}-content-facet`,
        '@type': 'uco-observable:ContentDataFacet',
        'uco-observable:sizeInBytes': integer(e.size),
        'uco-observable:hash': [hashNode('MD5', e.md5), hashNode('SHA1', e.sha1), hashNode('SHA256', e.sha256)],
      },
    ],
  };
}
