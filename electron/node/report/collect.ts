// Reads everything a report needs from the unlocked vault and hands it to buildReportModel (build-model.ts),
// which redacts every free text on the way into the model.
import type { CustodyEntry } from '../../../shared/custody';
import { keyFingerprint } from '../../../shared/custody';
import type { AuthenticityFindings, IncidentFacts, PageImagesLeftOut, ReportImage, ReportLang, ReportModel, ReportNote, ReportTemplate } from '../../../shared/report';
import type { ReportRecordRef } from '../../../shared/report/items';
import type { ReportContext } from './context';
import { getCase } from '../store/cases';
import { loadExaminer } from '../store/examiner';
import { listEvidence } from '../store/evidence';
import { custodyFromEvents, type CustodySource } from './custody-source';
import { personalDataFor } from './personal-data';
import { readRecordsOfInterest, selectEvidence } from './report-items';
import { buildReportModel } from './build-model';

export { buildReportModel, authenticityFindings, type ReportInputs } from './build-model';

export interface CollectOptions {
  template: ReportTemplate;
  lang: ReportLang;
  /** The report's one fixed time (default: the workbench clock). */
  now?: Date;
  authenticity?: AuthenticityFindings;
  incident?: IncidentFacts;
  /** The examiner's own summary paragraph. */
  statement?: string;
  /** Notes beyond those recorded in the custody log (note.added). */
  notes?: ReportNote[];
  /** Records per table whose free text is scanned for personal data. */
  textScanLimit?: number;
  custody?: CustodySource;
  /** Redacted copies of image evidence (report-images.ts: drawing them is asynchronous). */
  images?: ReportImage[];
  /** Scanned PDF page images not embedded (report-images.ts). */
  pageImagesLeftOut?: PageImagesLeftOut;
  /** The items the report covers (default: every item of the case) and the bookmarked records it prints
   * in the records-of-interest annex. An ID that is not an item of the case is refused. */
  items?: { evidenceIds: readonly string[]; records?: readonly ReportRecordRef[] };
}

export interface CollectedReport {
  model: ReportModel;
  /** The full custody entries (custody.jsonl); the model carries one line per entry. */
  custody: CustodyEntry[];
}

/** Notes from the log; with `covered`, only general notes and notes on those items. */
function notesFromLog(entries: readonly CustodyEntry[], covered?: ReadonlySet<string>): ReportNote[] {
  return entries.flatMap((e) => {
    const text = e.details.text;
    const on = e.details.evidenceId;
    if (covered && typeof on === 'string' && !covered.has(on)) return [];
    return e.action === 'note.added' && typeof text === 'string' ? [{ at: e.at, author: e.examiner.name, text }] : [];
  });
}

/** Reads the vault (which must be unlocked) and builds the model for one case. */
export function collectReport(wb: ReportContext, caseId: string, opts: CollectOptions): CollectedReport {
  const vault = wb.vault;
  const db = vault.db;
  const generatedAt = opts.now ?? wb.now();
  const c = getCase(db, caseId);
  const ex = loadExaminer(db);
  if (!ex) throw new Error('This vault has no examiner profile and key; a report cannot be signed.');
  const fingerprint = keyFingerprint(ex.publicKey);
  const caseEvidence = listEvidence(db, caseId);
  const evidence = opts.items ? selectEvidence(caseEvidence, opts.items.evidenceIds, caseId) : caseEvidence;
  const covered = opts.items ? new Set(evidence.map((e) => e.id)) : undefined;
  const records = opts.items?.records?.length ? readRecordsOfInterest(wb, caseId, opts.items.records, covered!) : [];
  const personalData = evidence.filter((e) => e.records > 0).map((e) => personalDataFor(vault, e, opts.textScanLimit));
  const custody = (opts.custody ?? custodyFromEvents)(db, caseId, { keyFingerprint: fingerprint, at: generatedAt });
  const model = buildReportModel({
    template: opts.template,
    lang: opts.lang,
    generatedAt,
    case: c,
    examiner: { name: ex.name, designation: ex.designation, organisation: ex.organisation, keyFingerprint: fingerprint },
    evidence,
    personalData,
    custody,
    authenticity: opts.authenticity,
    incident: opts.incident,
    statement: opts.statement,
    notes: [...notesFromLog(custody.entries, covered), ...(opts.notes ?? [])].sort((a, b) => a.at.localeCompare(b.at)),
    ...(opts.images ? { images: opts.images } : {}),
    ...(opts.pageImagesLeftOut ? { pageImagesLeftOut: opts.pageImagesLeftOut } : {}),
    ...(opts.items ? { caseEvidence: { count: caseEvidence.length, names: new Map(caseEvidence.map((e) => [e.id, e.name])) }, recordsOfInterest: records } : {}),
  });
  return { model, custody: custody.entries };
}
