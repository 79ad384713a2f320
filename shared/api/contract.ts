// The one API between the renderer (or any host) and the core: method names, request and response
// schemas. The dispatcher validates every request against these schemas and every response too, so
// only declared fields ever cross the boundary (zod drops the rest).
import { z } from 'zod';
import { METHOD_NAMES, type MethodName } from './methods';
import { CASE_ID_PATTERN } from './ids';
import { REPORT_FIELD_MAX, REPORT_FIELD_NAMES, type ReportFieldName } from '../report/fields';
import type { CoreMessage } from '../i18n/core-text';

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
/** A case ID in the one format cases are created with (shared/api/ids.ts). */
const caseId = z.string().regex(CASE_ID_PATTERN, 'not a Sakshya case ID');
const text = (max: number) => z.string().trim().min(1).max(max);

export const Examiner = z.object({
  name: z.string(),
  designation: z.string(),
  organisation: z.string(),
  keyFingerprint: z.string(),
});
export type Examiner = z.infer<typeof Examiner>;

/** Why the vault was locked: the investigator, the idle timer, another vault opened, the app quitting, the
 * machine going to sleep, the screen locking, or the window's renderer crashing. */
export const LockReason = z.enum(['user', 'auto-lock', 'replaced', 'exit', 'suspend', 'screen-lock', 'window-gone']);
export type LockReason = z.infer<typeof LockReason>;

export const VaultStatus = z.object({
  state: z.enum(['absent', 'locked', 'unlocked']),
  /** The vault folder the host is bound to, shown so the investigator knows where the data lives. */
  path: z.string(),
  examiner: Examiner.nullable(),
  autoLockMinutes: z.number().int().min(0),
  /** Blob files the unlock moved to quarantine/ (paths relative to the vault), where the host reports them. */
  quarantined: z.array(z.string()).optional(),
  /** When locked in this session: why (null when unlocked or never unlocked), so the screen can say "locked after inactivity". */
  lockReason: LockReason.nullable().optional(),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

export const CaseInfo = z.object({
  id: caseId,
  title: z.string(),
  ref: z.string(),
  createdAt: z.string(), // UTC ISO-8601
});
export type CaseInfo = z.infer<typeof CaseInfo>;

/** Another examiner's key this vault accepts case hand-overs from (pinned by the investigator). */
export const TrustedExaminer = z.object({ name: z.string(), keyFingerprint: z.string(), addedAt: z.string() });
export type TrustedExaminer = z.infer<typeof TrustedExaminer>;

const Passphrase = z.string().min(1).max(1024);

export const ColumnInfo = z.object({
  /** The column's label (shared/pii/column-labels), never its raw name: a file without a header row has its
   * first record as column names. Ordinary headers read as written. Requests name a column by its index. */
  name: z.string(),
  /** Inferred personal-data type (shared/pii PiiType) or null. */
  piiType: z.string().nullable(),
  confidence: z.number(),
  nonEmpty: z.number().int(),
});
export type ColumnInfo = z.infer<typeof ColumnInfo>;

export const TableInfo = z.object({
  name: z.string(),
  records: z.number().int(),
  columns: z.array(ColumnInfo),
});
export type TableInfo = z.infer<typeof TableInfo>;

export const EvidenceStatus = z.enum(['parsed', 'malformed', 'unparsed', 'duplicate', 'failed', 'cancelled']);
export type EvidenceStatus = z.infer<typeof EvidenceStatus>;

const Where = { line: z.number().int().optional(), offset: z.number().int().optional() };

/** A sentence the core made, as its catalogue key and parameters (shared/i18n/core-text.ts), so the screen
 * shows it in the reader's language; the English text travels beside it for the CLI and older screens. */
export const CoreMessageSchema: z.ZodType<CoreMessage> = z.lazy(() =>
  z.object({ key: z.string().max(100), params: z.record(z.string(), z.union([z.string(), z.number(), CoreMessageSchema])) }),
);

export const EvidenceInfo = z.object({
  id,
  parentId: z.string().nullable(),
  name: z.string(),
  bytes: z.number().int(),
  md5: z.string(),
  sha1: z.string(),
  sha256: z.string(),
  format: z.string(),
  encoding: z.string().nullable(),
  status: EvidenceStatus,
  reason: z.string().nullable(),
  reasonText: CoreMessageSchema.nullable().optional(),
  records: z.number().int(),
  malformed: z.number().int(),
  warnings: z.array(z.object({ code: z.string(), message: z.string(), text: CoreMessageSchema.optional(), ...Where })),
  problems: z.array(z.object({ table: z.string().nullable(), reason: z.string(), text: CoreMessageSchema.optional(), ...Where })),
  acquiredAt: z.string(),
  acquiredBy: z.string(),
  /** The file's absolute path when it was imported (for an archive member: archive path and member name). */
  sourcePath: z.string(),
  /** The file's times on the examiner's disk at import (UTC ISO-8601), as the file system gave them. */
  fileTimes: z.object({ modified: z.string().optional(), changed: z.string().optional(), created: z.string().optional() }),
  tables: z.array(TableInfo),
  /** PDFs only: how many page images were read by OCR (a scan's pages; 0 for a PDF with a text layer). */
  pageImages: z.number().int().optional(),
});
export type EvidenceInfo = z.infer<typeof EvidenceInfo>;

export const ImportItem = z.object({
  evidenceId: z.string().nullable(),
  name: z.string(),
  bytes: z.number().int(),
  md5: z.string(),
  sha1: z.string(),
  sha256: z.string(),
  format: z.string(),
  records: z.number().int(),
  malformed: z.number().int(),
  status: EvidenceStatus,
  reason: z.string().optional(),
  reasonText: CoreMessageSchema.optional(),
  parentId: z.string().optional(),
  duplicateOf: z.string().optional(),
  warnings: z.array(z.string()),
});
export type ImportItem = z.infer<typeof ImportItem>;

export const JobInfo = z.object({
  id,
  kind: z.enum(['import', 'search', 'export']),
  caseId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** An import's progress. A case-wide search reports in the same fields: fileIndex/fileCount = tables
   * scanned / tables, bytesDone/bytesTotal = records scanned / records, records = matches so far. */
  progress: z.object({
    file: z.string(),
    fileIndex: z.number().int(),
    fileCount: z.number().int(),
    bytesDone: z.number(),
    bytesTotal: z.number(),
    records: z.number().int(),
    elapsedMs: z.number(),
    bytesPerSecond: z.number(),
    etaSeconds: z.number().nullable(),
  }),
  results: z.array(ImportItem),
  error: z.string().nullable(),
});
export type JobInfo = z.infer<typeof JobInfo>;

export const RowsPage = z.object({
  table: z.string(),
  total: z.number().int(),
  offset: z.number().int(),
  columns: z.array(ColumnInfo),
  /** Redacted cells: the renderer never receives a raw value outside evidence.reveal. */
  rows: z.array(z.array(z.string().nullable())),
  /** 0-based indexes of `rows` (people see record number = index + 1), for search results that are not contiguous. */
  rowNumbers: z.array(z.number().int()),
});
export type RowsPage = z.infer<typeof RowsPage>;

/** One matching cell of a case-wide search: its record (0-based; people see row + 1), the cell REDACTED, and
 * where in that redacted text to mark the match ([start, end) UTF-16 offsets), or null. */
export const CaseSearchHit = z.object({ row: z.number().int(), cell: z.string(), mark: z.tuple([z.number().int(), z.number().int()]).nullable() });

/** The matches of one column of one table of one item. `matches` counts them all; `hits` holds the first few. */
export const CaseSearchGroup = z.object({
  evidenceId: z.string(),
  evidenceName: z.string(),
  table: z.string(),
  /** The column's label (as ColumnInfo.name). */
  column: z.string(),
  /** The column's personal-data type (shared/pii PiiType) or null. */
  piiType: z.string().nullable(),
  matches: z.number().int(),
  hits: z.array(CaseSearchHit),
});
export type CaseSearchGroup = z.infer<typeof CaseSearchGroup>;

export const CaseSearchSummary = z.object({
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** Matching cells, and records with at least one. */
  matches: z.number().int(),
  records: z.number().int(),
  scanned: z.number().int(),
  recordsTotal: z.number().int(),
  tablesDone: z.number().int(),
  tables: z.number().int(),
  items: z.number().int(),
});
export type CaseSearchSummary = z.infer<typeof CaseSearchSummary>;

export const CaseSearchResult = CaseSearchSummary.extend({ jobId: z.string(), groups: z.array(CaseSearchGroup), error: z.string().nullable() });
export type CaseSearchResult = z.infer<typeof CaseSearchResult>;

/** A record chosen for a report's annex of records of interest (as bookmarks name it). */
export const ReportRecordRefSchema = z.object({ evidenceId: id, table: z.string().max(500).nullable(), row: z.number().int().min(0) }).strict();
/** The saved choice (evidenceIds null: every parsed item) and what it covers now. */
export const ReportItemsSchema = z.object({
  evidenceIds: z.array(z.string()).nullable(),
  records: z.array(ReportRecordRefSchema),
  covered: z.array(z.string()),
});
export type ReportItems = z.infer<typeof ReportItemsSchema>;

/** A record the examiner tagged or noted (from the custody log's tag and note entries). */
export const Bookmark = z.object({
  seq: z.number().int(),
  at: z.string(),
  examiner: z.string(),
  kind: z.enum(['tag', 'note']),
  text: z.string(),
  evidenceId: z.string(),
  evidenceName: z.string(),
  /** The table the record is in; null for entries that did not name one (the item's first table). */
  table: z.string().nullable(),
  /** 0-based record (people see row + 1). */
  row: z.number().int(),
});
export type Bookmark = z.infer<typeof Bookmark>;
export const SortDirection = z.enum(['asc', 'desc']);
export type SortDirection = z.infer<typeof SortDirection>;

/** A page of a table in sorted order: rowNumbers are the records' own numbers (0-based), rows are redacted. */
export const SortedRowsPage = RowsPage.extend({
  sort: z.object({
    column: z.string(),
    columnIndex: z.number().int(),
    direction: SortDirection,
    /** 'number' when every non-empty value of the column is a plain number, else 'text'. */
    compared: z.enum(['number', 'text']),
  }),
});
export type SortedRowsPage = z.infer<typeof SortedRowsPage>;

/** One Telegram message as the conversation view shows it (issue #16). Every text field is REDACTED the way the
 * records grid redacts its column (names, which the grid may show when a sender column is untyped, are always
 * masked as names here: fail closed). `row` is the message's record number in the `messages` table (0-based;
 * people see row + 1), which is what evidence.reveal takes with a column name to show one raw value. */
export const ConversationMessage = z.object({
  row: z.number().int(),
  /** The message's own Telegram id as exported (replies name it). */
  id: z.string().nullable(),
  /** 'message', or 'service' for joins, pins, group creation and the like. */
  kind: z.enum(['message', 'service']),
  /** UTC time (ISO) from date_unixtime; null when the export has no unix time. */
  at: z.string().nullable(),
  /** The export's own `date` when there is no unix time (local time of the exporting computer, zone unknown). */
  localDate: z.string().nullable(),
  /** Sender (or, for a service message, its actor) and the column it came from, for reveal. */
  from: z.string().nullable(),
  fromColumn: z.string().nullable(),
  viaBot: z.string().nullable(),
  forwardedFrom: z.string().nullable(),
  /** A service message's action as exported (create_group, pin_message, …): a code, not personal data. */
  action: z.string().nullable(),
  text: z.string(),
  /** Media files the message names (path as exported, redacted), with the column (photo, file, …). */
  media: z.array(z.object({ column: z.string(), kind: z.string().nullable(), name: z.string() })),
  /** In a full-account export: the chat's name (masked as a name), and whether this record starts a run of
   * that chat's messages (the view draws a divider). Null and false in a single-chat export. */
  chat: z.string().nullable(),
  chatStart: z.boolean(),
  /** The message this one answers: its record (null when it is not in this export), sender and text cut short. */
  replyTo: z.object({ id: z.string(), row: z.number().int().nullable(), from: z.string().nullable(), text: z.string().nullable() }).nullable(),
});
export type ConversationMessage = z.infer<typeof ConversationMessage>;

export const ConversationPage = z.object({
  table: z.string(),
  total: z.number().int(),
  offset: z.number().int(),
  /** The chat's name from the `chat` table, redacted; null when the export names none. */
  chatName: z.string().nullable(),
  messages: z.array(ConversationMessage),
});
export type ConversationPage = z.infer<typeof ConversationPage>;

const PixelBox = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });

/** An image evidence item as the renderer may see it: only the REDACTED copy (identifiers painted over),
 * the recognised text redacted like table cells, and masked findings. The original image never crosses. */
export const EvidenceImage = z.object({
  evidenceId: z.string(),
  /** Base64 of the redacted PNG (drawn from pixels only: no metadata of the original). */
  png: z.string(),
  /** SHA-256 (hex) of the redacted PNG's bytes, as the custody log records the view. */
  sha256: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  /** Mean OCR word confidence, 0..100. */
  confidence: z.number(),
  /** Recognised lines, redacted. */
  lines: z.array(z.string()),
  /** Identifiers found on the image; `index` is what evidence.revealFinding takes. `box` is in image pixels. */
  findings: z.array(z.object({ index: z.number().int(), type: z.string(), masked: z.string(), line: z.number().int(), box: PixelBox })),
  /** For a scanned PDF: which page image this is (page 1-based, image 0-based on its page), the PDF's page
   * count, and every page image read by OCR in page order (what evidence.image takes as page/image). */
  pdf: z
    .object({ page: z.number().int(), image: z.number().int(), pages: z.number().int(), pageImages: z.array(z.object({ page: z.number().int(), image: z.number().int() })) })
    .optional(),
});
export type EvidenceImage = z.infer<typeof EvidenceImage>;

export const CustodyEntryView = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.string(),
  examiner: z.string(),
  keyFingerprint: z.string(),
  /** One line for people in English, and the same in Hindi (records numbered from 1). */
  summary: z.string(),
  summaryHi: z.string(),
  evidenceId: z.string().nullable(),
  entryHash: z.string(),
});
export type CustodyEntryView = z.infer<typeof CustodyEntryView>;

export const Verdict = z.enum(['genuine', 'fabricated', 'recycled', 'insufficient']);
export const ReasonCodeSchema = z.enum([
  'noIdentifiers', 'tooFewValues', 'checkRate', 'impossibleValues', 'plausibleValues', 'mobileDigitsUniform', 'duplicateRows',
  'containedIn', 'alsoContainedIn', 'alsoFabricated', 'consistentGenuine', 'cannotTell',
]);

export const ClaimSchema = z
  .object({
    source: z.string().max(500).optional(),
    recordCount: z.number().int().min(0).optional(),
    fields: z.array(z.string().max(100)).max(50).optional(),
    group: z.object({ label: z.string().max(100), minAge: z.number().int().min(0).max(120), maxAge: z.number().int().min(0).max(120) }).optional(),
  })
  .strict();
export type ClaimInput = z.infer<typeof ClaimSchema>;
export const ClaimStatusSchema = z.enum(['consistent', 'inconsistent', 'unknown']);

export const AnalysisView = z.object({
  caseId: z.string(),
  analysedAt: z.string(),
  evidence: z.array(
    z.object({
      evidenceId: z.string(),
      name: z.string(),
      verdict: Verdict,
      reasons: z.array(z.string()),
      /** The same reasons as codes and figures, to put in the reader's language (shared/report/analysis-text.ts reasonText). */
      reasonCodes: z.array(z.object({ code: ReasonCodeSchema, params: z.record(z.string(), z.union([z.string(), z.number()])), caveat: z.boolean().optional() })).optional(),
      records: z.number().int(),
      validity: z.array(z.object({ check: z.string(), valid: z.number().int(), total: z.number().int(), rate: z.number(), low: z.number(), high: z.number() })),
      duplicateRate: z.number(),
      ageHistogram: z.array(z.object({ band: z.string(), count: z.number().int() })),
      completeness: z.array(z.object({ column: z.string(), rate: z.number() })),
      schemaFingerprint: z.string(),
      containedIn: z.array(z.object({ evidenceId: z.string(), containment: z.number(), shared: z.number().int() })),
      /** The claim recorded about the item (claimed) checked against the sample's figures: the notes in English,
       * and the same check as data for the screen's language. */
      claim: z
        .object({
          status: z.string(),
          notes: z.array(z.string()),
          claimed: ClaimSchema.optional(),
          fields: z.array(z.object({ field: z.string(), type: z.string().nullable(), present: z.boolean(), columns: z.array(z.string()) })).optional(),
          recordCount: z.object({ claimed: z.number(), inSample: z.number(), status: ClaimStatusSchema }).nullable().optional(),
          group: z
            .object({ label: z.string(), minAge: z.number(), maxAge: z.number(), within: z.number(), withAge: z.number(), share: z.number(), status: ClaimStatusSchema })
            .nullable()
            .optional(),
        })
        .nullable(),
    }),
  ),
  overlaps: z.array(
    z.object({
      a: z.string(), b: z.string(), bCaseId: z.string().optional(), shared: z.number().int(), jaccard: z.number(), aContainsB: z.boolean(), bContainsA: z.boolean(),
      /** Identifiers of a (and b) of the types both hold: what containment is measured over. */
      aCompared: z.number().int().optional(), bCompared: z.number().int().optional(),
    }),
  ),
  /** Records, items and distinct people across the case (a person in several samples counts once). */
  totals: z.object({ records: z.number().int(), items: z.number().int(), people: z.number().int() }).optional(),
  matrix: z.object({ ids: z.array(z.string()), shared: z.array(z.array(z.number())), containment: z.array(z.array(z.number())) }),
});
export type AnalysisView = z.infer<typeof AnalysisView>;

/** The report fields saved in a case (shared/report/fields.ts); an absent field prints "to be completed". */
export const ReportFieldsSchema = z
  .object(Object.fromEntries(REPORT_FIELD_NAMES.map((f) => [f, z.string().max(REPORT_FIELD_MAX[f]).optional()])) as { [K in ReportFieldName]: z.ZodOptional<z.ZodString> })
  .strict();
export type ReportFieldsView = z.infer<typeof ReportFieldsSchema>;

export const ExportStatus = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  dir: z.string(),
  file: z.string(),
  format: z.enum(['csv', 'json']),
  /** Records written so far, of total. */
  rows: z.number().int(),
  total: z.number().int(),
  bytes: z.number().int().nullable(),
  sha256: z.string().nullable(),
  error: z.string().nullable(),
});
export type ExportStatus = z.infer<typeof ExportStatus>;

export const ReportTemplateSchema = z.enum(['regulator', 'parliament', 'cert-in']);
export const ReportLangSchema = z.enum(['en', 'hi']);

export const VerifyResult = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  checkpoints: z.number().int(),
  root: z.string().nullable(),
  evidence: z.number().int(),
  bytes: z.number(),
  problem: z
    .object({ kind: z.enum(['entry', 'checkpoint', 'evidence']), seq: z.number().int().optional(), evidenceId: z.string().optional(), file: z.string().optional(), message: z.string(), text: CoreMessageSchema.optional() })
    .nullable(),
});
export type VerifyResult = z.infer<typeof VerifyResult>;

const empty = z.object({}).strict();

export const VaultCheckReport = z.object({
  ok: z.literal(true),
  blobs: z.number().int(),
  bytes: z.number(),
  orphans: z.number().int(),
  quarantined: z.array(z.string()),
  generation: z.number().int(),
});

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const JsonValueSchema: z.ZodType<Json> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(JsonValueSchema), z.record(z.string(), JsonValueSchema)]));
const JsonObjectSchema = z.record(z.string(), JsonValueSchema);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** A stored custody entry (shared/custody/entry.ts), keys in canonical (sorted) order as stored. */
export const CustodyEntrySchema = z.object({
  action: z.string(),
  at: z.string(),
  caseId: z.string(),
  clock: z.literal('local-unverified'),
  details: JsonObjectSchema,
  examiner: z.object({ keyFingerprint: z.string(), name: z.string() }),
  prevHash: z.string(),
  seq: z.number().int(),
  subject: JsonObjectSchema.optional(),
});

/** A signed checkpoint (shared/custody/checkpoint.ts), keys in the order they are stored and printed. */
export const SignedCheckpointSchema = z.object({
  caseId: z.string(),
  treeSize: z.number().int(),
  rootHash: z.string(),
  at: z.string(),
  keyFingerprint: z.string(),
  signature: z.string(),
});

export const InclusionProofSchema = z.object({
  version: z.literal('sakshya-inclusion/v1'),
  caseId: z.string(),
  entry: CustodyEntrySchema,
  index: z.number().int(),
  treeSize: z.number().int(),
  proof: z.array(z.string()),
  checkpoint: SignedCheckpointSchema,
});

export const SinceRootResult = z.object({
  ok: z.boolean(),
  oldSize: z.number().int(),
  oldRoot: z.string(),
  size: z.number().int(),
  root: z.string(),
  proofHashes: z.number().int().optional(),
  problem: z.string().optional(),
});
export type SinceRootResult = z.infer<typeof SinceRootResult>;

/** A public key as `sakshya examiner key` writes it (parsed and checked by the handler). */
const PublicKeyText = z.string().min(1).max(2000);
/** A file the core reads or writes for the CLI: always absolute (the CLI resolves it), never a relative guess. */
const AbsolutePath = z.string().min(1).max(4096).refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), 'must be an absolute path');

/** A page image of a scanned PDF: page (1-based) and, where a page has several, the image on it (0-based). */
const PageImage = { page: z.number().int().min(1).max(100_000).optional(), image: z.number().int().min(0).max(99).optional() };

/** A case package's header as handover.open reads it before anything is decrypted (claims, not proof). */
export const HandoverPeek = z.object({
  token: z.string(),
  file: z.string(),
  bytes: z.number().int(),
  /** Why receiving would be refused: not a package, sealed for another vault's key, or a sender not trusted here. */
  problem: z.enum(['notPackage', 'notForThisVault', 'untrusted']).nullable(),
  package: z
    .object({
      caseId: z.string(),
      createdAt: z.string(),
      senderName: z.string(),
      senderFingerprint: z.string(),
      recipientFingerprint: z.string(),
      trusted: z.boolean(),
      forThisVault: z.boolean(),
      caseHere: z.boolean(),
    })
    .nullable(),
});
export type HandoverPeek = z.infer<typeof HandoverPeek>;

export const contract = {
  'vault.status': { request: empty, response: VaultStatus },
  'vault.create': {
    request: z
      .object({
        passphrase: Passphrase,
        examiner: z.object({ name: text(200), designation: z.string().max(200), organisation: z.string().max(200) }),
      })
      .strict(),
    response: VaultStatus,
  },
  'vault.unlock': { request: z.object({ passphrase: Passphrase }).strict(), response: VaultStatus },
  'vault.lock': { request: empty, response: VaultStatus },
  'vault.changePassphrase': {
    request: z.object({ current: Passphrase, next: Passphrase }).strict(),
    response: VaultStatus,
  },
  /** Re-encrypts the whole vault under a new vault key (after a passphrase change, so old header copies open
   * nothing current). Takes as long as reading and writing every file once. */
  'vault.rekey': {
    request: z.object({ current: Passphrase }).strict(),
    response: z.object({ blobs: z.number().int(), unreadable: z.array(z.string()) }),
  },
  'vault.setAutoLock': {
    request: z.object({ minutes: z.number().int().min(0).max(24 * 60) }).strict(),
    response: VaultStatus,
  },
  'case.list': { request: empty, response: z.array(CaseInfo) },
  'case.create': {
    request: z.object({ title: text(300), ref: z.string().trim().max(100).optional() }).strict(),
    response: CaseInfo,
  },
  'case.rename': { request: z.object({ id: caseId, title: text(300) }).strict(), response: CaseInfo },
  'evidence.list': { request: z.object({ caseId }).strict(), response: z.array(EvidenceInfo) },
  /** Asks the host for files to import (Electron: the system file dialog). Returns absolute paths. */
  'evidence.pickFiles': { request: empty, response: z.object({ paths: z.array(z.string()) }) },
  'evidence.import': {
    request: z
      .object({ caseId, paths: z.array(z.string().min(1).max(4096)).min(1).max(1000), reason: z.string().max(2000).optional() })
      .strict(),
    response: z.object({ jobId: id }),
  },
  'evidence.rows': {
    request: z
      .object({ caseId, evidenceId: id, table: z.string().max(500).optional(), offset: z.number().int().min(0), limit: z.number().int().min(1).max(1000) })
      .strict(),
    response: RowsPage,
  },
  /** Positions [offset, offset + limit) of a table sorted by one column. The core sorts raw values (a redacted
   * column sorts by its real values, shown masked); building a sort is logged (column and direction, no values). */
  'evidence.sortedRows': {
    request: z
      .object({
        caseId,
        evidenceId: id,
        table: z.string().max(500).optional(),
        column: z.union([z.string().min(1).max(500), z.number().int().min(0)]),
        direction: SortDirection,
        offset: z.number().int().min(0),
        limit: z.number().int().min(1).max(1000),
      })
      .strict(),
    response: SortedRowsPage,
  },
  /** Messages [offset, offset + limit) of a Telegram chat export in export order, redacted, with reply links;
   * logged as page views of the `messages` table (quoted messages included). */
  'evidence.messages': {
    request: z.object({ caseId, evidenceId: id, offset: z.number().int().min(0), limit: z.number().int().min(1).max(500) }).strict(),
    response: ConversationPage,
  },
  'evidence.search': {
    request: z
      .object({ caseId, evidenceId: id, table: z.string().max(500).optional(), query: z.string().min(1).max(200), limit: z.number().int().min(1).max(500) })
      .strict(),
    response: RowsPage.extend({ scanned: z.number().int(), truncated: z.boolean() }),
  },
  /** Starts a search of every table of every item in the case (a job: poll search.result, cancel with
   * jobs.cancel). Filters narrow what is scanned; 'NONE' in types means columns of no detected type. */
  'search.case': {
    request: z
      .object({
        caseId,
        query: z.string().trim().min(1).max(200),
        evidenceIds: z.array(id).max(1000).optional(),
        columns: z.array(z.string().min(1).max(500)).max(1000).optional(),
        types: z.array(z.string().min(1).max(40)).max(50).optional(),
      })
      .strict(),
    response: z.object({ jobId: id }),
  },
  /** A case-wide search's results so far (complete once state is no longer 'running'), all redacted. */
  'search.result': { request: z.object({ jobId: id }).strict(), response: CaseSearchResult },
  'evidence.reveal': {
    request: z
      .object({
        caseId,
        evidenceId: id,
        table: z.string().max(500).optional(),
        row: z.number().int().min(0),
        column: z.union([z.string().min(1).max(500), z.number().int().min(0)]),
        reason: text(2000),
      })
      .strict(),
    response: z.object({ value: z.string().nullable(), column: z.string(), row: z.number().int(), hideAfterSeconds: z.number().int() }),
  },
  /** The redacted image of an image evidence item, or of one page image of a scanned PDF (see EvidenceImage);
   * logged as a view. */
  'evidence.image': { request: z.object({ caseId, evidenceId: id, ...PageImage }).strict(), response: EvidenceImage },
  /** One raw identifier found on an image or PDF page image (by its finding index), for a logged reason. */
  'evidence.revealFinding': {
    request: z.object({ caseId, evidenceId: id, ...PageImage, finding: z.number().int().min(0), reason: text(2000) }).strict(),
    response: z.object({ value: z.string(), type: z.string(), finding: z.number().int(), hideAfterSeconds: z.number().int() }),
  },
  'custody.log': {
    request: z.object({ caseId }).strict(),
    response: z.object({ entries: z.array(CustodyEntryView), root: z.string().nullable(), treeSize: z.number().int(), checkpointAt: z.string().nullable() }),
  },
  'custody.verify': { request: z.object({ caseId }).strict(), response: VerifyResult },
  /** Writes the case's custody record as CASE/UCO JSON-LD to the exports folder beside the vault; logged. */
  'custody.export': {
    request: z.object({ caseId }).strict(),
    response: z.object({ path: z.string(), sha256: z.string(), entries: z.number().int() }),
  },
  'notes.add': {
    request: z.object({ caseId, text: text(5000), evidenceId: id.optional(), row: z.number().int().min(0).optional() }).strict(),
    response: CustodyEntryView,
  },
  'analysis.run': { request: z.object({ caseId, acrossCases: z.boolean().optional() }).strict(), response: AnalysisView },
  'analysis.latest': { request: z.object({ caseId }).strict(), response: AnalysisView.nullable() },
  'analysis.setClaim': { request: z.object({ caseId, evidenceId: id, claim: ClaimSchema }).strict(), response: z.object({ ok: z.literal(true) }) },
  'report.generate': {
    request: z.object({ caseId, template: ReportTemplateSchema, lang: ReportLangSchema }).strict(),
    response: z.object({ dir: z.string(), pdfSha256: z.string(), manifestSha256: z.string(), files: z.array(z.string()) }),
  },
  /** The case's report fields, each passed through the app's redaction (the form shows them masked). */
  'report.fields': { request: z.object({ caseId }).strict(), response: ReportFieldsSchema },
  /** Saves the fields given ('' clears one; fields not given are kept) and logs which changed, not their text. */
  'report.setFields': {
    request: z.object({ caseId, fields: ReportFieldsSchema }).strict(),
    response: z.object({ fields: ReportFieldsSchema, changed: z.array(z.string()) }),
  },
  /** Which items and bookmarked records the case's reports cover (default: every parsed item, no records). */
  'report.items': { request: z.object({ caseId }).strict(), response: ReportItemsSchema },
  /** Saves that choice (evidenceIds null: every parsed item); logged with item IDs and counts, never values. */
  'report.setItems': {
    request: z.object({ caseId, evidenceIds: z.array(id).max(10000).nullable(), records: z.array(ReportRecordRefSchema).max(10000) }).strict(),
    response: ReportItemsSchema.extend({ changed: z.boolean() }),
  },
  /** Verifies the case's last report of this session as a third party would (against this vault's key). */
  'report.verify': {
    request: z.object({ caseId }).strict(),
    response: z.object({ dir: z.string(), ok: z.boolean(), files: z.number().int(), keyFingerprint: z.string().nullable(), file: z.string().nullable(), problem: z.string().nullable() }),
  },
  /** The case's last generated PDF (redacted), base64, for the in-app preview. */
  'report.pdf': { request: z.object({ caseId }).strict(), response: z.object({ pdf: z.string() }) },
  /** Opens the folder of the case's last report in the system's file manager. */
  'report.openFolder': { request: z.object({ caseId }).strict(), response: z.object({ dir: z.string() }) },
  /** Where new reports are written (each in its own sub-folder). */
  'report.folder': { request: empty, response: z.object({ dir: z.string() }) },
  /** Lets the examiner choose that folder with the host's dialog; null when cancelled (nothing changes). */
  'report.chooseFolder': { request: empty, response: z.object({ dir: z.string().nullable() }) },
  'tags.add': {
    request: z.object({ caseId, evidenceId: id, tag: text(100), row: z.number().int().min(0).optional() }).strict(),
    response: CustodyEntryView,
  },
  /** Tags and/or notes one record of a table (logged as tag and note entries that name the table). */
  'bookmarks.add': {
    request: z
      .object({ caseId, evidenceId: id, table: z.string().max(500).optional(), row: z.number().int().min(0), tag: text(100).optional(), note: text(5000).optional() })
      .strict()
      .refine((r) => r.tag !== undefined || r.note !== undefined, { message: 'a tag or a note' }),
    response: z.array(CustodyEntryView),
  },
  /** The case's tagged and noted records, newest first. */
  'bookmarks.list': { request: z.object({ caseId }).strict(), response: z.array(Bookmark) },
  /** Pins another examiner's public key (the text of their `sakshya examiner key` file) so a case they hand
   * over can be received. Check the returned fingerprint with its owner by a separate channel. */
  'examiner.trust': {
    request: z.object({ publicKey: z.string().min(1).max(2000), name: z.string().trim().max(200).optional() }).strict(),
    response: TrustedExaminer.extend({ added: z.boolean() }),
  },
  /** The examiner keys this vault accepts hand-overs from. */
  'examiner.trusted': { request: empty, response: z.array(TrustedExaminer) },
  /** Exports an item's records redacted (as the app shows them; CSV cells that could run as formulas
   * neutralised) to a new file in a folder the examiner picks with the host's dialog: the renderer names no
   * path. A job (jobs.cancel stops it and removes the part written); jobId null when the picker was cancelled. */
  'evidence.exportRedacted': {
    request: z.object({ caseId, evidenceId: id, format: z.enum(['csv', 'json']), table: z.string().max(500).optional() }).strict(),
    response: z.object({ jobId: id.nullable(), file: z.string().nullable() }),
  },
  /** An app export's progress and, once done, the written file's size and SHA-256. */
  'evidence.exportStatus': { request: z.object({ jobId: id }).strict(), response: ExportStatus },
  /** Opens the folder an app export was written to, in the system's file manager. */
  'evidence.openExportFolder': { request: z.object({ jobId: id }).strict(), response: z.object({ dir: z.string() }) },
  'jobs.get': { request: z.object({ jobId: id }).strict(), response: JobInfo },
  'jobs.list': { request: empty, response: z.array(JobInfo) },
  'jobs.cancel': { request: z.object({ jobId: id }).strict(), response: JobInfo },

  // What the `sakshya` CLI does with a vault beyond the window's methods (issue #17: the CLI is the third host
  // of this contract). Each response carries only what the CLI prints; raw personal data only in a reveal.
  /** Reads and authenticates every file of the vault (header, case database, every blob). */
  'vault.check': { request: empty, response: VaultCheckReport },
  /** A case's stored custody entries and signed checkpoints, as stored (for `custody log --json`). */
  'custody.entries': { request: z.object({ caseId }).strict(), response: z.object({ entries: z.array(CustodyEntrySchema), checkpoints: z.array(SignedCheckpointSchema) }) },
  /** RFC 9162 consistency proof that today's log extends a root of `size` entries printed earlier. */
  'custody.consistency': { request: z.object({ caseId, root: hex64, size: z.number().int().min(0).max(1e15) }).strict(), response: SinceRootResult },
  /** Inclusion proof of entry `entry` (seq) against the latest signed checkpoint, checkable without the vault. */
  'custody.prove': { request: z.object({ caseId, entry: z.number().int().min(0).max(1e15) }).strict(), response: InclusionProofSchema },
  /** The case's custody record as CASE/UCO JSON-LD. */
  'custody.exportJsonLd': { request: z.object({ caseId }).strict(), response: JsonObjectSchema },
  /** This vault's examiner public key in the file format `--key`/`--to` accept, and its fingerprint. */
  'examiner.publicKey': { request: empty, response: z.object({ text: z.string(), fingerprint: z.string() }) },
  /** Seals a case for the holder of `to` (a public key text) into the package file `out` (absolute, new). */
  'case.export': {
    request: z.object({ caseId, to: PublicKeyText, out: AbsolutePath }).strict(),
    response: z.object({ bytes: z.number().int(), sha256: z.string(), recipientFingerprint: z.string() }),
  },
  /** Verifies and imports a case package sealed for this vault; `from` pins the sender's key. */
  'case.receive': {
    request: z.object({ path: AbsolutePath, from: PublicKeyText.optional() }).strict(),
    response: z.object({ caseId, title: z.string(), evidence: z.number().int(), entries: z.number().int(), sender: z.string(), senderFingerprint: z.string(), extended: z.boolean() }),
  },
  /** Writes a redacted CSV or JSON copy of an evidence item to `out` (absolute, new). */
  'evidence.export': {
    request: z.object({ caseId, evidenceId: id, format: z.enum(['csv', 'json']), out: AbsolutePath, table: z.string().max(500).optional() }).strict(),
    response: z.object({ out: z.string(), rows: z.number().int(), sha256: z.string() }),
  },
  /** The redacted PNG of an image (or a scanned PDF page image), recorded as an export. */
  'evidence.redactImage': {
    request: z.object({ caseId, evidenceId: id, ...PageImage }).strict(),
    response: z.object({ png: z.string(), sha256: z.string() }),
  },
  /** Writes the report (PDF and signed bundle) into `outDir` (absolute; new or empty). */
  'report.write': {
    request: z.object({ caseId, template: ReportTemplateSchema, lang: ReportLangSchema, outDir: AbsolutePath, items: z.array(id).min(1).max(10000).optional() }).strict(),
    response: z.object({ dir: z.string(), pdfSha256: z.string(), manifestSha256: z.string(), files: z.array(z.string()), keyFingerprint: z.string() }),
  },

  // Vault settings and case hand-over in the window (issue #16). No path crosses: the host's dialogs choose
  // the folder and the file, and the renderer refers to a picked package by a token.
  /** What a pasted public key is: its fingerprint (to compare with its owner), the name in it, whether this
   * vault already trusts it and whether it is this vault's own. Changes nothing. */
  'examiner.inspectKey': {
    request: z.object({ publicKey: PublicKeyText }).strict(),
    response: z.object({ fingerprint: z.string(), name: z.string(), trusted: z.boolean(), own: z.boolean() }),
  },
  /** Seals a case for another examiner (a pasted key, or a trusted examiner's fingerprint) into a new package
   * file in a folder chosen with the host's folder dialog; null when the dialog was cancelled. Logged (case.sent). */
  'handover.send': {
    request: z.object({ caseId, to: z.union([z.object({ key: PublicKeyText }).strict(), z.object({ trusted: z.string().min(1).max(200) }).strict()]) }).strict(),
    response: z.object({ dir: z.string(), file: z.string(), bytes: z.number().int(), sha256: z.string(), recipientFingerprint: z.string() }).nullable(),
  },
  /** Lets the examiner choose a case package with the host's file dialog and reads only its header: who it
   * claims to come from, whom it is sealed for, and why it would be refused. null when cancelled. */
  'handover.open': { request: empty, response: HandoverPeek.nullable() },
  /** Receives the package handover.open picked (by its token); only from a trusted examiner. Logged (case.received). */
  'handover.receive': {
    request: z.object({ token: z.string().regex(/^[0-9a-f]{32}$/) }).strict(),
    response: z.object({ caseId, title: z.string(), evidence: z.number().int(), entries: z.number().int(), sender: z.string(), senderFingerprint: z.string(), extended: z.boolean() }),
  },
} as const;

/** Methods that read or write files at a path the caller names (a package, an export, a report folder). Only
 * the CLI host serves them (its caller is the person at the terminal); a window's dispatcher refuses them, so a
 * compromised renderer cannot write files where it likes. */
export const CLI_ONLY_METHODS: ReadonlySet<string> = new Set(['case.export', 'case.receive', 'evidence.export', 'report.write'] satisfies (keyof typeof contract)[]);

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Request<M extends Method> = z.input<Contract[M]['request']>;
export type Response<M extends Method> = z.output<Contract[M]['response']>;
/** A request after validation, as handlers receive it. */
export type ParsedRequest<M extends Method> = z.output<Contract[M]['request']>;

// The zod-free name list (for the preload) must be exactly the contract's methods: a method added to one
// and not the other fails to compile here.
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatch: SameSet<Method, MethodName> = true;
void namesMatch;

export const METHODS: readonly Method[] = METHOD_NAMES;

export type WireResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; text?: CoreMessage } };

type Namespace = Method extends `${infer N}.${string}` ? N : never;

/** The shape of `window.workbench`: one function per method, grouped by namespace (`workbench.case.list({})`). */
export type WorkbenchBridge = {
  readonly [N in Namespace]: {
    readonly [M in Method as M extends `${N}.${infer F}` ? F : never]: (
      request: Request<M>,
    ) => Promise<WireResult<Response<M>>>;
  };
};

export { splitMethod } from './methods';

