// The report model assembled from what was read from the vault: pure apart from the redaction it applies.
// Every free text that is not a hash (titles, names, notes, analysis reasons, incident facts) passes through
// the app's redaction, so a raw identifier typed into a note cannot reach the PDF or the bundle.
import { DEFAULT_POLICY, redactText } from '../../../shared/pii';
import type { AnalysisResult } from '../../../shared/analysis';
import {
  REPORT_FORMAT,
  type AuthenticityFindings,
  type CustodyLine,
  type EvidenceItem,
  type IncidentFacts,
  type PageImagesLeftOut,
  type PersonalDataForEvidence,
  type ReportCase,
  type ReportExaminer,
  type ReportImage,
  type ReportLang,
  type ReportModel,
  type RecordOfInterest,
  type ReportNote,
  type ReportTemplate,
} from '../../../shared/report';
import { itemsStrings } from '../../../shared/report/records-annex';
import { EXAMINER_OWN_FIELDS } from '../../../shared/report/fields';
import { overlapFacts } from '../../../shared/report/analysis-text';
import type { EvidenceRecord } from '../store/evidence';
import { TOOL_VERSION } from '../version';
import type { CustodySnapshot } from './custody-source';
import type { PersonalDataResult } from './personal-data';
import { summariseEntry } from '../../../shared/format/custody-summary';

const clean = (s: string): string => redactText(s, DEFAULT_POLICY);
const cleanOpt = (s: string | undefined): string | null => (s === undefined || s.trim() === '' ? null : clean(s));

export interface ReportInputs {
  template: ReportTemplate;
  lang: ReportLang;
  generatedAt: Date;
  case: ReportCase;
  examiner: ReportExaminer;
  evidence: EvidenceRecord[];
  personalData: PersonalDataResult[];
  custody: CustodySnapshot;
  authenticity?: AuthenticityFindings;
  incident?: IncidentFacts;
  statement?: string;
  notes: ReportNote[];
  images?: ReportImage[];
  pageImagesLeftOut?: PageImagesLeftOut;
  /** When the report covers some of the case's items: how many the case has. The custody lines about the
   * others keep their number, time and action; their summary (which names the item) is withheld. */
  caseEvidence?: { count: number; names: ReadonlyMap<string, string> };
  recordsOfInterest?: RecordOfInterest[];
}

/** Custody details that name an evidence item. */
const ITEM_KEYS = ['evidenceId', 'existingEvidenceId'] as const;

/** Assembles the model from what was read; pure apart from the redaction it applies. */
export function buildReportModel(x: ReportInputs): ReportModel {
  const at = x.generatedAt.toISOString();
  const names = new Map(x.evidence.map((e) => [e.id, clean(e.name)]));
  const chosen = x.caseEvidence ? new Set(x.evidence.map((e) => e.id)) : null;
  const covers = (id: unknown): boolean => chosen === null || typeof id !== 'string' || chosen.has(id);
  const evidence: EvidenceItem[] = x.evidence.map((e) => ({
    id: e.id,
    name: names.get(e.id)!,
    format: e.format,
    bytes: e.bytes,
    records: e.records,
    md5: e.md5,
    sha1: e.sha1,
    sha256: e.sha256,
    acquiredAt: e.acquiredAt,
    acquiredBy: clean(e.acquiredBy),
    parentName: e.parentId ? (names.get(e.parentId) ?? (x.caseEvidence?.names.has(e.parentId) ? clean(x.caseEvidence.names.get(e.parentId)!) : e.parentId)) : null,
    status: e.status,
  }));
  const images: ReportImage[] = (x.images ?? []).map((i) => ({ ...i, name: names.get(i.evidenceId) ?? clean(i.name) }));
  const personalData: PersonalDataForEvidence[] = x.personalData.map((p) => ({
    evidenceId: p.evidenceId,
    evidenceName: names.get(p.evidenceId) ?? clean(p.evidenceName),
    records: p.records,
    textScannedRecords: p.textScannedRecords,
    types: p.types.map((t) => ({ ...t, columns: t.columns.map(clean), textColumns: t.textColumns.map(clean) })),
  }));
  const typeTotals = new Map<string, number>();
  for (const p of personalData) for (const t of p.types) typeTotals.set(t.type, (typeTotals.get(t.type) ?? 0) + t.count);
  const types = [...typeTotals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  const values = [...typeTotals.values()].reduce((a, b) => a + b, 0);
  const records = evidence.reduce((a, e) => a + e.records, 0);
  const withPd = x.personalData.reduce((a, p) => a + p.recordsWithPersonalData, 0);
  const acquired = evidence.map((e) => e.acquiredAt).sort();
  const incident: IncidentFacts = Object.fromEntries(
    Object.entries(x.incident ?? {}).flatMap(([k, v]) => (typeof v === 'string' && v.trim() !== '' ? [[k, EXAMINER_OWN_FIELDS.has(k) ? v.trim() : clean(v)]] : [])),
  );
  const authenticity: AuthenticityFindings | null = x.authenticity
    ? {
        evidence: x.authenticity.evidence.filter((a) => covers(a.evidenceId)).map((a) => ({
          evidenceId: a.evidenceId,
          name: names.get(a.evidenceId) ?? clean(a.name),
          verdict: clean(a.verdict),
          reasons: a.reasons.map(clean),
          ...(a.reasonCodes ? { reasonCodes: a.reasonCodes.map((r) => ({ ...r, params: redactDeep(r.params) as typeof r.params })) } : {}),
        })),
        // Only the figures a sentence needs, so the report JSON carries no internal fields either.
        // An overlap with an item not covered would name it: only overlaps among covered items (or with
        // another case's item) are kept; the case-wide totals count items not covered, so they go too.
        overlaps: x.authenticity.overlaps
          .filter((o) => {
            const f = overlapFacts(o);
            return !f || (covers(f.a) && (f.bCaseId !== undefined || covers(f.b)));
          })
          .map((o) => redactDeep(overlapFacts(o) ?? o)),
        ...(x.authenticity.totals && chosen === null ? { totals: x.authenticity.totals } : {}),
      }
    : null;
  const lines: CustodyLine[] = x.custody.entries.map((e) => ({
    seq: e.seq,
    at: e.at,
    action: e.action,
    examiner: clean(e.examiner.name),
    summary: ITEM_KEYS.every((k) => covers(e.details[k])) ? clean(summariseEntry(e, x.lang)) : itemsStrings(x.lang).withheld,
  }));
  return {
    format: REPORT_FORMAT,
    template: x.template,
    lang: x.lang,
    generatedAt: at,
    tool: TOOL_VERSION,
    case: { ...x.case, title: clean(x.case.title), ref: clean(x.case.ref) },
    examiner: x.examiner,
    summary: {
      evidenceCount: evidence.length,
      totalBytes: evidence.reduce((a, e) => a + e.bytes, 0),
      totalRecords: records,
      recordsWithPersonalData: withPd,
      personalDataValues: values,
      personalDataTypes: types,
      firstAcquiredAt: acquired[0] ?? null,
      lastAcquiredAt: acquired.at(-1) ?? null,
      statement: cleanOpt(x.statement),
    },
    evidence,
    images,
    ...(x.pageImagesLeftOut ? { pageImagesLeftOut: x.pageImagesLeftOut } : {}),
    personalData,
    authenticity,
    notes: x.notes.map((n) => ({ at: n.at, author: clean(n.author), text: clean(n.text) })),
    custody: { entries: lines, merkleRoot: x.custody.merkleRoot, checkpoint: x.custody.checkpoint, keyFingerprint: x.examiner.keyFingerprint },
    incident,
    annexes: {
      hashCertificate: {
        device: incident.device ?? '',
        items: x.evidence.map((e) => ({
          evidenceId: e.id,
          name: names.get(e.id)!,
          source: clean(e.sourcePath),
          bytes: e.bytes,
          md5: e.md5,
          sha1: e.sha1,
          sha256: e.sha256,
          acquiredAt: e.acquiredAt,
        })),
        at,
        place: incident.place ?? '',
        signer: { name: x.examiner.name, designation: x.examiner.designation, organisation: x.examiner.organisation },
      },
      certIn: {
        reporter: { name: x.examiner.name, designation: x.examiner.designation, organisation: x.examiner.organisation, contact: incident.contact ?? null },
        incidentType: 'data-leak',
        occurredAt: incident.occurredAt ?? null,
        detectedAt: incident.detectedAt ?? acquired[0] ?? null,
        reportedAt: at,
        location: incident.place ?? null,
        affectedSystems: incident.affectedSystems ?? null,
        description: incident.description ?? null,
        personalDataTypes: types,
        records: withPd,
        indicators: evidence.map((e) => ({ name: e.name, sha256: e.sha256 })),
        actionsTaken: incident.actionsTaken ?? null,
      },
      dpdp: {
        dataFiduciary: incident.dataFiduciary ?? null,
        nature: incident.description ?? null,
        extent: { records: withPd, values, types },
        occurredAt: incident.occurredAt ?? null,
        detectedAt: incident.detectedAt ?? acquired[0] ?? null,
        location: incident.place ?? null,
        likelyImpact: incident.likelyImpact ?? null,
        mitigation: incident.mitigation ?? null,
        personResponsible: incident.personResponsible ?? null,
        remedialMeasures: incident.remedialMeasures ?? null,
        principalsIntimated: incident.principalsIntimated ?? null,
        contact: incident.contact ?? null,
      },
    },
    ...(x.caseEvidence ? { scope: { items: evidence.length, caseItems: x.caseEvidence.count } } : {}),
    ...(x.recordsOfInterest && x.recordsOfInterest.length > 0
      ? {
          recordsOfInterest: x.recordsOfInterest.map((r) => ({
            ...r,
            evidenceName: names.get(r.evidenceId) ?? clean(r.evidenceName),
            table: clean(r.table),
            fields: r.fields.map((f) => ({ column: clean(f.column), value: f.value })),
            tags: r.tags.map(clean),
            notes: r.notes.map((n) => ({ at: n.at, author: clean(n.author), text: clean(n.text) })),
          })),
        }
      : {}),
  };
}

/** What the report takes from a case's stored analysis: verdicts with their reason codes, overlaps, totals. */
export function authenticityFindings(a: AnalysisResult): AuthenticityFindings {
  return {
    evidence: a.evidence.map((e) => ({ evidenceId: e.evidenceId, name: e.name, verdict: e.verdict, reasons: e.reasons, ...(e.reasonCodes ? { reasonCodes: e.reasonCodes } : {}) })),
    overlaps: a.overlaps,
    ...(a.totals ? { totals: a.totals } : {}),
  };
}

/** Redacts every string inside an analysis overlap, whatever its shape. */
function redactDeep(v: unknown): unknown {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return v.map(redactDeep);
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, redactDeep(x)]));
  return v;
}
