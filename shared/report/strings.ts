// Every word a report prints, in English and Hindi. Hindi is written as an Indian official would read it
// in a government report (शासकीय हिंदी that stays plain), keeping the technical names people search for
// (SHA-256, Merkle, Ed25519, CERT-In) in Latin script. Sentences with numbers are functions so each
// language can order its words naturally.
import type { ReportLang, ReportTemplate } from './model';

export interface SummaryFacts {
  items: number;
  size: string;
  records: string;
  withPd: string;
  values: string;
  types: string;
  caseTitle: string;
  first: string;
  last: string;
}

export interface ReportStrings {
  title: Record<ReportTemplate, string>;
  audience: Record<ReportTemplate, string>;
  confidential: string;
  pageOf: (page: string, total: string) => string;
  annex: (index: number) => string;
  cover: { caseTitle: string; caseRef: string; caseId: string; caseOpened: string; examiner: string; designation: string; organisation: string; generated: string; tool: string; keyFingerprint: string; preparedFor: string; none: string };
  sections: {
    summary: string;
    plainSummary: string;
    incident: string;
    evidence: string;
    personalData: string;
    authenticity: string;
    notes: string;
    custody: string;
    verify: string;
    annexA: string;
    annexB: string;
    annexC: string;
  };
  summary: {
    keyFigures: string;
    items: string;
    size: string;
    records: string;
    withPd: string;
    values: string;
    types: string;
    acquired: string;
    statement: string;
    regulator: (f: SummaryFacts) => string[];
    parliament: (f: SummaryFacts) => { q: string; a: string }[];
    certIn: (f: SummaryFacts) => string[];
    noPd: string;
  };
  evidence: { intro: string; name: string; format: string; size: string; records: string; acquired: string; acquiredBy: string; from: string; status: string; none: string };
  image: {
    caption: (name: string) => string;
    /** A scanned PDF's page image; `image` (from 1) only where the page has several. */
    pageCaption: (name: string, page: string, image?: string) => string;
    confidence: string;
    covered: (n: string) => string;
    note: string;
    pdfNote: string;
    originalPdf: string;
    inBundle: (file: string) => string;
    leftOut: (n: string, limit: string, fromPage: string) => string;
    leftOutTotal: (n: string, limit: string) => string;
    unreadable: (n: string) => string;
  };
  pd: { intro: (scanNote: string) => string; item: string; type: string; count: string; columns: string; examples: string; none: string; partialScan: (scanned: string, total: string) => string; inText: string };
  authenticity: { intro: string; item: string; verdict: string; reasons: string; overlaps: string; notProvided: string };
  notes: { none: string; at: string; author: string };
  custody: { intro: (n: string) => string; seq: string; time: string; action: string; examiner: string; details: string; merkleRoot: string; treeSize: string; checkpoint: string; signedAt: string; signature: string; keyFingerprint: string; empty: string; noCheckpoint: string };
  verify: { intro: string; steps: (fp: string, root: string, entries: string) => string[] };
  annexA: {
    heading: string;
    preamble: (name: string, designation: string, organisation: string) => string;
    device: string;
    items: string;
    algorithms: string;
    statement: string;
    date: string;
    time: string;
    place: string;
    signature: string;
    name: string;
    designation: string;
    source: string;
    note: string;
  };
  annexB: { intro: string; fields: Record<keyof CertInLabels, string>; incidentType: string; logs: string };
  annexC: { intro: string; fields: Record<keyof DpdpLabels, string> };
  toComplete: string;
  notKnown: string;
  pii: Record<string, string>;
  actions: Record<string, string>;
  verdicts: Record<string, string>;
  statuses: Record<string, string>;
  listJoin: (items: string[]) => string;
}

export interface CertInLabels {
  reporter: string;
  contact: string;
  incidentType: string;
  occurredAt: string;
  detectedAt: string;
  reportedAt: string;
  location: string;
  affectedSystems: string;
  description: string;
  personalData: string;
  indicators: string;
  actionsTaken: string;
  logs: string;
}

export interface DpdpLabels {
  dataFiduciary: string;
  nature: string;
  extent: string;
  timing: string;
  location: string;
  likelyImpact: string;
  mitigation: string;
  personResponsible: string;
  remedialMeasures: string;
  principalsIntimated: string;
  contact: string;
}

const joinEn = (xs: string[]): string => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
const joinHi = (xs: string[]): string => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} और ${xs.at(-1)}`);
const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

const en: ReportStrings = {
  title: {
    regulator: 'Personal Data Breach: Examination Report',
    parliament: 'Briefing on an Alleged Leak of Personal Data',
    'cert-in': 'Cyber Security Incident Report: Data Leak',
  },
  audience: {
    regulator: 'Data Protection Board of India and sectoral regulators',
    parliament: 'Parliamentary Committee',
    'cert-in': 'Indian Computer Emergency Response Team (CERT-In)',
  },
  confidential: 'CONFIDENTIAL: personal data redacted',
  pageOf: (p, t) => `Page ${p} of ${t}`,
  annex: (i) => `Annex ${'ABCDEFGH'.charAt(i)}`,
  cover: {
    caseTitle: 'Case',
    caseRef: 'Reference',
    caseId: 'Case ID',
    caseOpened: 'Case opened',
    examiner: 'Examiner',
    designation: 'Designation',
    organisation: 'Organisation',
    generated: 'Report generated',
    tool: 'Tool',
    keyFingerprint: 'Examiner key fingerprint',
    preparedFor: 'Prepared for',
    none: '(none)',
  },
  sections: {
    summary: 'Executive summary',
    plainSummary: 'In plain words',
    incident: 'Incident at a glance',
    evidence: 'Evidence inventory',
    personalData: 'Personal data found',
    authenticity: 'Authenticity findings',
    notes: "Examiner's notes",
    custody: 'Chain of custody log',
    verify: 'How to verify this report',
    annexA: 'Hash certificate (Bharatiya Sakshya Adhiniyam, 2023, s.63)',
    annexB: 'CERT-In incident report fields',
    annexC: 'DPDP personal data breach intimation fields',
  },
  summary: {
    keyFigures: 'Key figures',
    items: 'Evidence items',
    size: 'Total size',
    records: 'Records',
    withPd: 'Records with personal data (at least)',
    values: 'Personal-data values counted',
    types: 'Kinds of personal data',
    acquired: 'Evidence acquired',
    statement: "Examiner's statement",
    regulator: (f) => [
      `This report sets out the examination of ${f.items} ${plural(f.items, 'evidence item', 'evidence items')} (${f.size}) in the case “${f.caseTitle}”. Together they hold ${f.records} records.`,
      f.types
        ? `Personal data of these kinds was found: ${f.types}. At least ${f.withPd} records carry personal data, and ${f.values} personal-data values were counted in all. Every example in this report is masked.`
        : 'No personal data was detected in the evidence.',
      `The evidence was acquired between ${f.first} and ${f.last}, hashed on receipt (MD5, SHA-1, SHA-256) and kept in an encrypted vault. Every action on it is recorded in a signed chain-of-custody log (section on custody below).`,
    ],
    parliament: (f) => [
      {
        q: 'What was examined?',
        a: `${f.items} ${plural(f.items, 'file', 'files')} said to come from the leak, ${f.size} in all, in the case “${f.caseTitle}”. They hold ${f.records} records (rows of data).`,
      },
      {
        q: 'Do they contain personal data?',
        a: f.types
          ? `Yes. We found ${f.types}. At least ${f.withPd} records contain details of individuals. This report never shows those details in full: every example is masked, for instance an Aadhaar number appears as XXXX XXXX 1234.`
          : 'No personal data was detected in these files.',
      },
      {
        q: 'Can this examination be trusted?',
        a: 'Each file was fingerprinted (hashed) the moment it was received and kept encrypted. Every step taken since is written to a log that is sealed with the examiner’s digital signature, so anyone can check that no file and no log entry was changed afterwards. The last part of this report explains how.',
      },
    ],
    certIn: (f) => [
      `${f.items} ${plural(f.items, 'evidence item', 'evidence items')} (${f.size}, ${f.records} records) relating to the case “${f.caseTitle}” were acquired between ${f.first} and ${f.last}.`,
      f.types ? `Personal data found: ${f.types}; at least ${f.withPd} records are affected.` : 'No personal data was detected.',
    ],
    noPd: 'none detected',
  },
  evidence: {
    intro: 'Every item as received, with the hashes of its exact bytes. SHA-256 is the primary hash; MD5 and SHA-1 are given for tools that expect them.',
    name: 'Item',
    format: 'Format',
    size: 'Size',
    records: 'Records',
    acquired: 'Acquired (IST)',
    acquiredBy: 'Acquired by',
    from: 'Extracted from',
    status: 'Status',
    none: 'No evidence has been added to this case.',
  },
  image: {
    caption: (name) => `Redacted copy of ${name}`,
    confidence: 'OCR confidence',
    covered: (n) => `${n} identifiers covered`,
    note: 'Screenshots appear here only as redacted copies: every identifier the offline OCR found is covered by an opaque black box, and labels stay readable. The original image stays encrypted in the vault; its SHA-256 is the item’s hash above.',
    inBundle: (file) => `File in the report bundle: ${file}`,
    pageCaption: (name, page, image) => `Redacted copy of ${name}, page ${page}${image ? `, image ${image}` : ''}`,
    pdfNote: 'Scanned PDF pages appear here only as redacted copies of each page image the offline OCR read: every identifier found is covered by an opaque black box. The original PDF stays encrypted in the vault; its SHA-256 is the item’s hash above.',
    originalPdf: 'SHA-256 of the original PDF',
    leftOut: (n, limit, fromPage) => `Scanned page images of this PDF not embedded: ${n}, from page ${fromPage} on. A report carries at most ${limit} page images so that it stays printable; any of them can be drawn redacted with “sakshya image redact --page N”.`,
    leftOutTotal: (n, limit) => `Scanned page images not embedded in this report: ${n} (at most ${limit} per report); the items concerned say which.`,
    unreadable: (n) => `Scanned page images of this PDF that could not be drawn again from the original, and are not shown: ${n}.`,
  },
  pd: {
    intro: (scanNote) => `Counts of personal-data values by item and kind. Columns were classified from their headings and values; free text was scanned for identifiers, which are validated (for example the Aadhaar check digit), not merely matched. ${scanNote}Examples are masked as the app shows them.`,
    item: 'Item',
    type: 'Kind of data',
    count: 'Values',
    columns: 'Where found',
    examples: 'Masked examples',
    none: 'No personal data detected.',
    partialScan: (s, t) => `Free text scanned in the first ${s} of ${t} records.`,
    inText: 'in text',
  },
  authenticity: {
    intro: 'Whether each item looks like a genuine extract of a real system, and what it shares with other items or known leaks.',
    item: 'Item',
    verdict: 'Finding',
    reasons: 'Reasons',
    overlaps: 'Overlaps between items',
    notProvided: 'No authenticity analysis was run for this report.',
  },
  notes: { none: 'No notes.', at: 'Time (IST)', author: 'By' },
  custody: {
    intro: (n) => `All ${n} entries of the case's custody log, oldest first. Each entry is hash-chained to the one before it and is a leaf of a Merkle tree (RFC 9162); the examiner's key signs the tree's root. Times are from the examiner's computer clock (local, not independently verified).`,
    seq: '#',
    time: 'Time (IST)',
    action: 'Action',
    examiner: 'Examiner',
    details: 'Details',
    merkleRoot: 'Merkle root',
    treeSize: 'Entries covered',
    checkpoint: 'Signed checkpoint',
    signedAt: 'Signed at',
    signature: 'Ed25519 signature (base64)',
    keyFingerprint: 'Key fingerprint',
    empty: 'The custody log of this case is empty.',
    noCheckpoint: 'No signed checkpoint is available.',
  },
  verify: {
    intro: 'Anyone can check this report without the vault or its passphrase.',
    steps: (fp, root, n) => [
      'Keep this PDF with the files delivered beside it: report.json (the facts in this report, machine-readable), custody.jsonl (the full custody log), manifest.json (SHA-256 of every file, this PDF included), manifest.sig (the examiner’s signature on the manifest) and examiner.pub (the examiner’s public key).',
      'Run: sakshya verify-report <folder>. It checks the Ed25519 signature on manifest.json with examiner.pub, the SHA-256 of every file, that no file is missing or added, and that the custody log matches the signed checkpoint. It names the first file that fails.',
      `Confirm the examiner’s key fingerprint is ${fp}. Check it with the examiner by a separate channel (telephone or letter): a matching signature proves only who holds that key.`,
      root ? `The custody log’s Merkle root over ${n} entries is ${root}. Changing, removing or reordering any entry changes this root.` : 'The custody log is empty, so there is no Merkle root.',
      'To check an evidence file held elsewhere, compute its SHA-256 (Linux: sha256sum FILE; Windows: certutil -hashfile FILE SHA256) and compare it with the evidence inventory and the hash certificate.',
    ],
  },
  annexA: {
    heading: 'Certificate in the form of the Schedule to Section 63(4)(c), Bharatiya Sakshya Adhiniyam, 2023 (Part B: expert)',
    preamble: (n, d, o) => `I, ${n}, ${d}, ${o}, state that the electronic records listed below were produced from the source stated, and that their hash values, computed on receipt over their exact bytes, are as follows.`,
    device: 'Device / digital record source',
    items: 'Electronic records and hash values',
    algorithms: 'Algorithms: MD5, SHA-1, SHA-256 (SHA-256 primary)',
    statement: 'The hash values were computed by Sakshya on acquisition; the records have been held in an encrypted vault since, and every access is recorded in the chain of custody log.',
    date: 'Date (DD/MM/YYYY)',
    time: 'Time (IST)',
    place: 'Place',
    signature: 'Signature',
    name: 'Name',
    designation: 'Designation and organisation',
    source: 'Source',
    note: 'Prepared from the vault records; to be signed by hand by the examiner.',
  },
  annexB: {
    intro: 'Fields of the incident report under the CERT-In Directions of 28 April 2022 (Section 70B(6), IT Act 2000), filled from the case where the case records them.',
    fields: {
      reporter: 'Reported by',
      contact: 'Contact details',
      incidentType: 'Type of incident',
      occurredAt: 'Time of occurrence',
      detectedAt: 'Time of detection',
      reportedAt: 'Time of this report',
      location: 'Location',
      affectedSystems: 'Systems / data affected',
      description: 'Description',
      personalData: 'Personal data involved',
      indicators: 'Indicators (SHA-256 of samples)',
      actionsTaken: 'Actions taken',
      logs: 'Logs and evidence preserved',
    },
    incidentType: 'Data leak (Annexure I of the Directions)',
    logs: 'Samples held encrypted with hashes; signed custody log attached (custody.jsonl).',
  },
  annexC: {
    intro: 'What an intimation of a personal data breach to the Data Protection Board must state (DPDP Act 2023, s.8(6); DPDP Rules 2025, r.7). Fields the Data Fiduciary must supply are marked.',
    fields: {
      dataFiduciary: 'Data Fiduciary',
      nature: 'Nature of the breach',
      extent: 'Extent (records, kinds of personal data)',
      timing: 'Timing (occurrence / detection)',
      location: 'Location of occurrence',
      likelyImpact: 'Likely impact on Data Principals',
      mitigation: 'Measures to mitigate risk',
      personResponsible: 'Findings on the person who caused the breach',
      remedialMeasures: 'Measures to prevent recurrence',
      principalsIntimated: 'Intimation to affected Data Principals',
      contact: 'Contact person',
    },
  },
  toComplete: '[to be completed]',
  notKnown: 'not known',
  pii: {
    IN_AADHAAR: 'Aadhaar number',
    IN_AADHAAR_MASKED: 'Aadhaar (already masked)',
    IN_VID: 'Aadhaar Virtual ID',
    IN_PAN: 'PAN',
    IN_GSTIN: 'GSTIN',
    IN_PASSPORT: 'Passport number',
    IN_VOTER: 'Voter ID (EPIC)',
    IN_VEHICLE_REGISTRATION: 'Vehicle registration',
    IN_DRIVING_LICENCE: 'Driving licence',
    IN_PHONE: 'Mobile number',
    IN_PINCODE: 'PIN code',
    IN_ABHA: 'ABHA number',
    IN_COWIN_REF: 'CoWIN reference ID',
    EMAIL_ADDRESS: 'Email address',
    DATE_OF_BIRTH: 'Date of birth',
    PERSON: 'Name',
    ADDRESS: 'Address',
    GENDER: 'Gender',
  },
  actions: {
    'vault.created': 'Vault created',
    'vault.unlocked': 'Vault unlocked',
    'vault.locked': 'Vault locked',
    'vault.passphrase-changed': 'Passphrase changed',
    'case.created': 'Case opened',
    'case.renamed': 'Case renamed',
    'evidence.acquired': 'Evidence acquired',
    'evidence.parsed': 'Evidence parsed',
    'evidence.duplicate': 'Duplicate recognised',
    'evidence.viewed': 'Records viewed',
    'evidence.searched': 'Evidence searched',
    'case.searched': 'Case searched',
    'custody.exported': 'Custody record exported',
    'value.revealed': 'Value revealed',
    'note.added': 'Note added',
    'tag.added': 'Tag added',
    'tag.removed': 'Tag removed',
    'analysis.run': 'Analysis run',
    'export.created': 'Export created',
    'report.generated': 'Report generated',
    'report.fields_saved': 'Report fields saved',
    'report.items_chosen': 'Report items chosen',
    'verify.run': 'Verification run',
    'import.cancelled': 'Import cancelled',
    'import.failed': 'Import failed',
    'case.sent': 'Case sent',
    'case.received': 'Case received',
  },
  verdicts: {
    genuine: 'Genuine',
    'likely-genuine': 'Likely genuine',
    inconclusive: 'Inconclusive',
    'likely-fabricated': 'Likely fabricated',
    fabricated: 'Fabricated',
    recycled: 'Recycled from an earlier leak',
    insufficient: 'Too little to judge',
  },
  statuses: { parsed: 'parsed', malformed: 'parsed with errors', unparsed: 'not parsed', duplicate: 'duplicate', failed: 'failed', cancelled: 'cancelled' },
  listJoin: joinEn,
};

const hi: ReportStrings = {
  title: {
    regulator: 'व्यक्तिगत डेटा उल्लंघन: परीक्षण रिपोर्ट',
    parliament: 'व्यक्तिगत डेटा के कथित लीक पर संक्षिप्त विवरण',
    'cert-in': 'साइबर सुरक्षा घटना रिपोर्ट: डेटा लीक',
  },
  audience: {
    regulator: 'भारतीय डेटा संरक्षण बोर्ड एवं क्षेत्रीय नियामक',
    parliament: 'संसदीय समिति',
    'cert-in': 'भारतीय कंप्यूटर आपातकालीन प्रतिक्रिया दल (CERT-In)',
  },
  confidential: 'गोपनीय: व्यक्तिगत डेटा छिपाया गया है',
  pageOf: (p, t) => `पृष्ठ ${p} / ${t}`,
  annex: (i) => `अनुलग्नक ${['क', 'ख', 'ग', 'घ', 'ङ', 'च'][i] ?? String(i + 1)}`,
  cover: {
    caseTitle: 'मामला',
    caseRef: 'संदर्भ संख्या',
    caseId: 'मामला आईडी',
    caseOpened: 'मामला दर्ज होने की तिथि',
    examiner: 'परीक्षक',
    designation: 'पदनाम',
    organisation: 'संगठन',
    generated: 'रिपोर्ट तैयार होने का समय',
    tool: 'उपकरण',
    keyFingerprint: 'परीक्षक की कुंजी का फ़िंगरप्रिंट',
    preparedFor: 'किसके लिए',
    none: '(कोई नहीं)',
  },
  sections: {
    summary: 'कार्यकारी सारांश',
    plainSummary: 'सरल शब्दों में',
    incident: 'घटना एक नज़र में',
    evidence: 'साक्ष्य सूची',
    personalData: 'पाया गया व्यक्तिगत डेटा',
    authenticity: 'प्रामाणिकता संबंधी निष्कर्ष',
    notes: 'परीक्षक की टिप्पणियाँ',
    custody: 'अभिरक्षा शृंखला (चेन ऑफ़ कस्टडी) लॉग',
    verify: 'इस रिपोर्ट का सत्यापन कैसे करें',
    annexA: 'हैश प्रमाणपत्र (भारतीय साक्ष्य अधिनियम, 2023, धारा 63)',
    annexB: 'CERT-In घटना रिपोर्ट के विवरण',
    annexC: 'DPDP व्यक्तिगत डेटा उल्लंघन सूचना के विवरण',
  },
  summary: {
    keyFigures: 'मुख्य आँकड़े',
    items: 'साक्ष्य मदें',
    size: 'कुल आकार',
    records: 'रिकॉर्ड',
    withPd: 'व्यक्तिगत डेटा वाले रिकॉर्ड (कम से कम)',
    values: 'गिने गए व्यक्तिगत डेटा मान',
    types: 'व्यक्तिगत डेटा के प्रकार',
    acquired: 'साक्ष्य प्राप्ति',
    statement: 'परीक्षक का कथन',
    regulator: (f) => [
      `यह रिपोर्ट “${f.caseTitle}” मामले में ${f.items} साक्ष्य ${f.items === 1 ? 'मद' : 'मदों'} (${f.size}) के परीक्षण का विवरण प्रस्तुत करती है। इनमें कुल ${f.records} रिकॉर्ड हैं।`,
      f.types
        ? `इनमें निम्नलिखित प्रकार का व्यक्तिगत डेटा पाया गया: ${f.types}। कम से कम ${f.withPd} रिकॉर्ड में व्यक्तिगत डेटा है, और कुल ${f.values} व्यक्तिगत डेटा मान गिने गए। इस रिपोर्ट का हर उदाहरण आंशिक रूप से छिपाया गया है।`
        : 'साक्ष्य में कोई व्यक्तिगत डेटा नहीं पाया गया।',
      `साक्ष्य ${f.first} से ${f.last} के बीच प्राप्त किए गए, प्राप्ति के समय ही उनके हैश (MD5, SHA-1, SHA-256) निकाले गए और उन्हें एन्क्रिप्टेड वॉल्ट में रखा गया। उन पर की गई हर कार्रवाई हस्ताक्षरित अभिरक्षा शृंखला लॉग में दर्ज है (नीचे अभिरक्षा वाला खंड देखें)।`,
    ],
    parliament: (f) => [
      {
        q: 'किसका परीक्षण किया गया?',
        a: `“${f.caseTitle}” मामले में लीक से संबंधित बताई गई ${f.items} ${f.items === 1 ? 'फ़ाइल' : 'फ़ाइलों'} का, जिनका कुल आकार ${f.size} है। इनमें ${f.records} रिकॉर्ड (डेटा की पंक्तियाँ) हैं।`,
      },
      {
        q: 'क्या इनमें व्यक्तिगत डेटा है?',
        a: f.types
          ? `हाँ। इनमें ${f.types} पाए गए। कम से कम ${f.withPd} रिकॉर्ड में व्यक्तियों के विवरण हैं। यह रिपोर्ट ये विवरण कहीं भी पूरे नहीं दिखाती: हर उदाहरण आंशिक रूप से छिपाया गया है, जैसे आधार संख्या XXXX XXXX 1234 के रूप में दिखती है।`
          : 'इन फ़ाइलों में कोई व्यक्तिगत डेटा नहीं पाया गया।',
      },
      {
        q: 'इस परीक्षण पर भरोसा क्यों किया जाए?',
        a: 'हर फ़ाइल की प्राप्ति के क्षण ही उसका डिजिटल फ़िंगरप्रिंट (हैश) लिया गया और उसे एन्क्रिप्ट करके रखा गया। उसके बाद का हर कदम एक लॉग में दर्ज है, जिस पर परीक्षक के डिजिटल हस्ताक्षर की मुहर है, ताकि कोई भी जाँच सके कि बाद में किसी फ़ाइल या लॉग प्रविष्टि में बदलाव नहीं हुआ। रिपोर्ट का अंतिम भाग बताता है कि यह जाँच कैसे करें।',
      },
    ],
    certIn: (f) => [
      `“${f.caseTitle}” मामले से संबंधित ${f.items} साक्ष्य ${f.items === 1 ? 'मद' : 'मदें'} (${f.size}, ${f.records} रिकॉर्ड) ${f.first} से ${f.last} के बीच प्राप्त की गईं।`,
      f.types ? `पाया गया व्यक्तिगत डेटा: ${f.types}; कम से कम ${f.withPd} रिकॉर्ड प्रभावित हैं।` : 'कोई व्यक्तिगत डेटा नहीं पाया गया।',
    ],
    noPd: 'कुछ नहीं पाया गया',
  },
  evidence: {
    intro: 'प्राप्त हर मद, उसके मूल बाइट्स के हैश सहित। मुख्य हैश SHA-256 है; MD5 और SHA-1 उन उपकरणों के लिए दिए गए हैं जिन्हें इनकी आवश्यकता होती है।',
    name: 'मद',
    format: 'प्रारूप',
    size: 'आकार',
    records: 'रिकॉर्ड',
    acquired: 'प्राप्ति (IST)',
    acquiredBy: 'प्राप्तकर्ता',
    from: 'किस फ़ाइल से निकाला गया',
    status: 'स्थिति',
    none: 'इस मामले में अभी कोई साक्ष्य नहीं जोड़ा गया है।',
  },
  image: {
    caption: (name) => `${name} की छिपाई गई प्रति`,
    confidence: 'OCR विश्वसनीयता',
    covered: (n) => `${n} पहचान संबंधी मान ढके गए`,
    note: 'स्क्रीनशॉट यहाँ केवल छिपाई गई प्रति के रूप में हैं: ऑफ़लाइन OCR को मिला हर पहचान संबंधी मान काले अपारदर्शी खाने से ढका है, और लेबल पढ़े जा सकते हैं। मूल चित्र वॉल्ट में एन्क्रिप्टेड रहता है; उसका SHA-256 ऊपर दिया गया मद का हैश है।',
    inBundle: (file) => `रिपोर्ट बंडल में फ़ाइल: ${file}`,
    pageCaption: (name, page, image) => `${name}, पृष्ठ ${page}${image ? `, चित्र ${image}` : ''} की छिपाई गई प्रति`,
    pdfNote: 'स्कैन किए गए PDF पृष्ठ यहाँ केवल ऑफ़लाइन OCR द्वारा पढ़े गए हर पृष्ठ-चित्र की छिपाई गई प्रति के रूप में हैं: मिला हर पहचान संबंधी मान काले अपारदर्शी खाने से ढका है। मूल PDF वॉल्ट में एन्क्रिप्टेड रहती है; उसका SHA-256 ऊपर दिया गया मद का हैश है।',
    originalPdf: 'मूल PDF का SHA-256',
    leftOut: (n, limit, fromPage) => `इस PDF के पृष्ठ ${fromPage} और उसके बाद के ${n} स्कैन किए गए पृष्ठ-चित्र शामिल नहीं किए गए: रिपोर्ट छापने योग्य रहे, इसलिए उसमें अधिकतम ${limit} पृष्ठ-चित्र रखे जाते हैं। इनमें से किसी की भी छिपाई गई प्रति “sakshya image redact --page N” से बनाई जा सकती है।`,
    leftOutTotal: (n, limit) => `${n} स्कैन किए गए पृष्ठ-चित्र शामिल नहीं किए गए (एक रिपोर्ट में अधिकतम ${limit}); संबंधित मदों में इसका विवरण है।`,
    unreadable: (n) => `इस PDF के ${n} स्कैन किए गए पृष्ठ-चित्र मूल फ़ाइल से फिर से नहीं बनाए जा सके, इसलिए नहीं दिखाए गए।`,
  },
  pd: {
    intro: (scanNote) => `हर मद में प्रकार के अनुसार व्यक्तिगत डेटा मानों की संख्या। कॉलमों का वर्गीकरण उनके शीर्षकों और मानों से किया गया; मुक्त पाठ में पहचान संख्याएँ खोजी गईं और उनकी वैधता जाँची गई (जैसे आधार का चेक अंक), केवल मिलान नहीं किया गया। ${scanNote}उदाहरण उसी तरह छिपाए गए हैं जैसे ऐप में दिखते हैं।`,
    item: 'मद',
    type: 'डेटा का प्रकार',
    count: 'मान',
    columns: 'कहाँ मिला',
    examples: 'छिपाए गए उदाहरण',
    none: 'कोई व्यक्तिगत डेटा नहीं पाया गया।',
    partialScan: (s, t) => `मुक्त पाठ की जाँच ${t} में से पहले ${s} रिकॉर्ड में की गई।`,
    inText: 'पाठ में',
  },
  authenticity: {
    intro: 'क्या हर मद किसी वास्तविक प्रणाली का असली अंश प्रतीत होती है, और उसमें अन्य मदों या पहले से ज्ञात लीक से क्या समान है।',
    item: 'मद',
    verdict: 'निष्कर्ष',
    reasons: 'कारण',
    overlaps: 'मदों के बीच समानताएँ',
    notProvided: 'इस रिपोर्ट के लिए प्रामाणिकता विश्लेषण नहीं किया गया।',
  },
  notes: { none: 'कोई टिप्पणी नहीं।', at: 'समय (IST)', author: 'द्वारा' },
  custody: {
    intro: (n) => `मामले के अभिरक्षा लॉग की सभी ${n} प्रविष्टियाँ, सबसे पुरानी पहले। हर प्रविष्टि हैश द्वारा पिछली प्रविष्टि से जुड़ी है और एक मर्कल ट्री (RFC 9162) का पत्ता है; परीक्षक की कुंजी इस ट्री के रूट पर हस्ताक्षर करती है। समय परीक्षक के कंप्यूटर की घड़ी से है (स्थानीय, स्वतंत्र रूप से सत्यापित नहीं)।`,
    seq: 'क्र.',
    time: 'समय (IST)',
    action: 'कार्रवाई',
    examiner: 'परीक्षक',
    details: 'विवरण',
    merkleRoot: 'मर्कल रूट',
    treeSize: 'शामिल प्रविष्टियाँ',
    checkpoint: 'हस्ताक्षरित चेकपॉइंट',
    signedAt: 'हस्ताक्षर का समय',
    signature: 'Ed25519 हस्ताक्षर (base64)',
    keyFingerprint: 'कुंजी फ़िंगरप्रिंट',
    empty: 'इस मामले का अभिरक्षा लॉग खाली है।',
    noCheckpoint: 'कोई हस्ताक्षरित चेकपॉइंट उपलब्ध नहीं है।',
  },
  verify: {
    intro: 'कोई भी व्यक्ति वॉल्ट या उसके पासफ़्रेज़ के बिना इस रिपोर्ट की जाँच कर सकता है।',
    steps: (fp, root, n) => [
      'इस PDF को उसके साथ दी गई फ़ाइलों के साथ रखें: report.json (इस रिपोर्ट के तथ्य, मशीन से पढ़ने योग्य रूप में), custody.jsonl (पूरा अभिरक्षा लॉग), manifest.json (हर फ़ाइल का SHA-256, यह PDF भी), manifest.sig (मैनिफ़ेस्ट पर परीक्षक के हस्ताक्षर) और examiner.pub (परीक्षक की सार्वजनिक कुंजी)।',
      'यह कमांड चलाएँ: sakshya verify-report <folder>। यह examiner.pub से manifest.json पर Ed25519 हस्ताक्षर, हर फ़ाइल का SHA-256, कोई फ़ाइल कम या अधिक तो नहीं, और अभिरक्षा लॉग का हस्ताक्षरित चेकपॉइंट से मेल जाँचता है। जो फ़ाइल पहले विफल होती है, उसका नाम बताता है।',
      `पुष्टि करें कि परीक्षक की कुंजी का फ़िंगरप्रिंट ${fp} है। इसका मिलान परीक्षक से किसी अलग माध्यम (टेलीफ़ोन या पत्र) से करें: मेल खाता हस्ताक्षर केवल यह सिद्ध करता है कि वह कुंजी किसके पास है।`,
      root ? `${n} प्रविष्टियों पर अभिरक्षा लॉग का मर्कल रूट ${root} है। किसी भी प्रविष्टि को बदलने, हटाने या क्रम बदलने से यह रूट बदल जाता है।` : 'अभिरक्षा लॉग खाली है, इसलिए कोई मर्कल रूट नहीं है।',
      'कहीं और रखी किसी साक्ष्य फ़ाइल की जाँच के लिए उसका SHA-256 निकालें (Linux: sha256sum FILE; Windows: certutil -hashfile FILE SHA256) और साक्ष्य सूची तथा हैश प्रमाणपत्र से मिलाएँ।',
    ],
  },
  annexA: {
    heading: 'भारतीय साक्ष्य अधिनियम, 2023 की धारा 63(4)(ग) की अनुसूची के प्रारूप में प्रमाणपत्र (भाग ख: विशेषज्ञ)',
    preamble: (n, d, o) => `मैं, ${n}, ${d}, ${o}, यह कथन करता/करती हूँ कि नीचे सूचीबद्ध इलेक्ट्रॉनिक अभिलेख बताए गए स्रोत से प्राप्त किए गए, और प्राप्ति के समय उनके मूल बाइट्स पर निकाले गए उनके हैश मान इस प्रकार हैं।`,
    device: 'उपकरण / डिजिटल अभिलेख का स्रोत',
    items: 'इलेक्ट्रॉनिक अभिलेख और हैश मान',
    algorithms: 'एल्गोरिद्म: MD5, SHA-1, SHA-256 (मुख्य: SHA-256)',
    statement: 'हैश मान Sakshya उपकरण द्वारा प्राप्ति के समय निकाले गए; तब से अभिलेख एन्क्रिप्टेड वॉल्ट में रखे गए हैं, और उन तक हर पहुँच अभिरक्षा शृंखला लॉग में दर्ज है।',
    date: 'दिनांक (DD/MM/YYYY)',
    time: 'समय (IST)',
    place: 'स्थान',
    signature: 'हस्ताक्षर',
    name: 'नाम',
    designation: 'पदनाम और संगठन',
    source: 'स्रोत',
    note: 'वॉल्ट के अभिलेखों से तैयार; परीक्षक द्वारा हाथ से हस्ताक्षर किया जाना है।',
  },
  annexB: {
    intro: 'CERT-In के 28 अप्रैल 2022 के निर्देशों (आईटी अधिनियम 2000, धारा 70ख(6)) के अंतर्गत घटना रिपोर्ट के विवरण, जहाँ मामले में दर्ज हैं वहाँ से भरे गए।',
    fields: {
      reporter: 'रिपोर्ट करने वाले',
      contact: 'संपर्क विवरण',
      incidentType: 'घटना का प्रकार',
      occurredAt: 'घटना का समय',
      detectedAt: 'पता चलने का समय',
      reportedAt: 'इस रिपोर्ट का समय',
      location: 'स्थान',
      affectedSystems: 'प्रभावित प्रणालियाँ / डेटा',
      description: 'विवरण',
      personalData: 'संबंधित व्यक्तिगत डेटा',
      indicators: 'संकेतक (नमूनों के SHA-256)',
      actionsTaken: 'की गई कार्रवाई',
      logs: 'सुरक्षित रखे गए लॉग और साक्ष्य',
    },
    incidentType: 'डेटा लीक (निर्देशों का अनुलग्नक I)',
    logs: 'नमूने हैश सहित एन्क्रिप्ट करके रखे गए हैं; हस्ताक्षरित अभिरक्षा लॉग संलग्न है (custody.jsonl)।',
  },
  annexC: {
    intro: 'डेटा संरक्षण बोर्ड को व्यक्तिगत डेटा उल्लंघन की सूचना में क्या बताना आवश्यक है (DPDP अधिनियम 2023, धारा 8(6); DPDP नियम 2025, नियम 7)। जो विवरण डेटा फ़िड्यूशियरी को देने हैं, वे चिह्नित हैं।',
    fields: {
      dataFiduciary: 'डेटा फ़िड्यूशियरी',
      nature: 'उल्लंघन की प्रकृति',
      extent: 'विस्तार (रिकॉर्ड, व्यक्तिगत डेटा के प्रकार)',
      timing: 'समय (घटना / पता चलना)',
      location: 'घटना का स्थान',
      likelyImpact: 'डेटा प्रिंसिपलों पर संभावित प्रभाव',
      mitigation: 'जोखिम कम करने के उपाय',
      personResponsible: 'उल्लंघन करने वाले व्यक्ति के बारे में निष्कर्ष',
      remedialMeasures: 'पुनरावृत्ति रोकने के उपाय',
      principalsIntimated: 'प्रभावित डेटा प्रिंसिपलों को दी गई सूचना',
      contact: 'संपर्क व्यक्ति',
    },
  },
  toComplete: '[भरा जाना है]',
  notKnown: 'ज्ञात नहीं',
  pii: {
    IN_AADHAAR: 'आधार संख्या',
    IN_AADHAAR_MASKED: 'आधार (पहले से छिपा हुआ)',
    IN_VID: 'आधार वर्चुअल आईडी',
    IN_PAN: 'पैन',
    IN_GSTIN: 'जीएसटीआईएन',
    IN_PASSPORT: 'पासपोर्ट संख्या',
    IN_VOTER: 'मतदाता पहचान पत्र (EPIC)',
    IN_VEHICLE_REGISTRATION: 'वाहन पंजीकरण संख्या',
    IN_DRIVING_LICENCE: 'ड्राइविंग लाइसेंस',
    IN_PHONE: 'मोबाइल नंबर',
    IN_PINCODE: 'पिन कोड',
    IN_ABHA: 'आभा (ABHA) संख्या',
    IN_COWIN_REF: 'कोविन संदर्भ आईडी',
    EMAIL_ADDRESS: 'ईमेल पता',
    DATE_OF_BIRTH: 'जन्म तिथि',
    PERSON: 'नाम',
    ADDRESS: 'पता',
    GENDER: 'लिंग',
  },
  actions: {
    'vault.created': 'वॉल्ट बनाया गया',
    'vault.unlocked': 'वॉल्ट खोला गया',
    'vault.locked': 'वॉल्ट बंद किया गया',
    'vault.passphrase-changed': 'पासफ़्रेज़ बदला गया',
    'case.created': 'मामला दर्ज किया गया',
    'case.renamed': 'मामले का नाम बदला गया',
    'evidence.acquired': 'साक्ष्य प्राप्त किया गया',
    'evidence.parsed': 'साक्ष्य पढ़ा (पार्स किया) गया',
    'evidence.duplicate': 'दोहरी प्रति पहचानी गई',
    'evidence.viewed': 'रिकॉर्ड देखे गए',
    'evidence.searched': 'साक्ष्य में खोज की गई',
    'case.searched': 'पूरे मामले में खोज की गई',
    'custody.exported': 'अभिरक्षा रिकॉर्ड निर्यात किया गया',
    'value.revealed': 'छिपा मान देखा गया',
    'note.added': 'टिप्पणी जोड़ी गई',
    'tag.added': 'टैग जोड़ा गया',
    'tag.removed': 'टैग हटाया गया',
    'analysis.run': 'विश्लेषण किया गया',
    'export.created': 'निर्यात बनाया गया',
    'report.generated': 'रिपोर्ट तैयार की गई',
    'report.fields_saved': 'रिपोर्ट के क्षेत्र सहेजे गए',
    'report.items_chosen': 'रिपोर्ट की मदें चुनी गईं',
    'verify.run': 'सत्यापन किया गया',
    'import.cancelled': 'आयात रद्द किया गया',
    'import.failed': 'आयात विफल रहा',
    'case.sent': 'मामला भेजा गया',
    'case.received': 'मामला प्राप्त हुआ',
  },
  verdicts: {
    genuine: 'असली',
    'likely-genuine': 'संभवतः असली',
    inconclusive: 'अनिर्णायक',
    'likely-fabricated': 'संभवतः गढ़ा हुआ',
    fabricated: 'गढ़ा हुआ',
    recycled: 'पुराने लीक से दोहराया गया',
    insufficient: 'निर्णय के लिए अपर्याप्त',
  },
  statuses: { parsed: 'पढ़ा गया', malformed: 'त्रुटियों सहित पढ़ा गया', unparsed: 'पढ़ा नहीं गया', duplicate: 'दोहरी प्रति', failed: 'विफल', cancelled: 'रद्द' },
  listJoin: joinHi,
};

const CATALOGUE: Record<ReportLang, ReportStrings> = { en, hi };

export function reportStrings(lang: ReportLang): ReportStrings {
  return CATALOGUE[lang];
}

/** A label from a lookup table, or the key itself (an action or verdict this version does not know). */
export function label(table: Record<string, string>, key: string): string {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key]! : key;
}
