// One line per custody entry for people, in English or Hindi: what happened, to what, without personal
// data (entries carry hashes, names of files, positions and reasons, never cell values). The app's
// timeline, the CLI's `custody log` and the printed report all use this one summariser.
import { byteCount, formatBytesExact } from './bytes';
import { groupIndian } from './numbers';
// The core's own sentences kept in an entry (a parse reason, an import failure) are put in Hindi by key.
import { coreSentence } from '../i18n/core-text';
import { hi as hiCatalogue } from '../i18n/hi';

/** Format names in Hindi ('खाली', 'बाइनरी', 'MySQL डंप'); an ID this build does not know is shown as stored. */
const HI_FORMAT: Record<string, string> = hiCatalogue.formatName;

export interface EntryLike {
  action: string;
  details: Record<string, unknown>;
  subject?: Record<string, unknown>;
}

export type SummaryLang = 'en' | 'hi';

const s = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v));
const short = (h: unknown): string => (typeof h === 'string' && h.length > 16 ? `${h.slice(0, 12)}…` : s(h));
/** A count in Indian grouping (6,41,724); anything that is not a number is shown as stored. */
const n = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) ? groupIndian(v) : s(v));
/** A size with its exact count beside it, "642 kB (6,41,724 bytes)": the hashes are over exact bytes. */
const size = (v: unknown, lang: SummaryLang): string => (typeof v === 'number' && Number.isFinite(v) ? formatBytesExact(v, lang) : s(v));
/** An exact byte count, "6,41,724 bytes" / "6,41,724 बाइट". */
const bytes = (v: unknown, lang: SummaryLang): string => (typeof v === 'number' && Number.isFinite(v) ? byteCount(v, lang) : s(v));

// One record numbering for people: 1-based, as the grid, the CLI and reports show it. Entries written
// since then carry `record` (one record) and `records` ([first, last], inclusive); older entries carry
// the API's 0-based `row` and half-open `rows` [from, to), converted here so every entry reads alike.
export function recordOf(d: Record<string, unknown>): number | null {
  if (typeof d.record === 'number') return d.record;
  if (typeof d.row === 'number') return d.row + 1;
  return null;
}

export function recordRange(d: Record<string, unknown>): [number, number] | null {
  const r = d.records;
  if (Array.isArray(r) && typeof r[0] === 'number' && typeof r[1] === 'number') return [r[0], r[1]];
  const old = d.rows;
  if (Array.isArray(old) && typeof old[0] === 'number' && typeof old[1] === 'number') return [old[0] + 1, old[1]];
  return null;
}

/** Positions in a sorted order (1-based, inclusive) that a sorted view showed. */
function positionRange(d: Record<string, unknown>): [number, number] | null {
  const p = d.positions;
  return Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number' ? [p[0], p[1]] : null;
}
/** A conversation view's records on screen (Telegram messages, issue #16). */
const conversationRange = (d: Record<string, unknown>, w: Words): string => {
  const r = recordRange(d);
  return r ? w.range(r[0], r[1]) : '';
};
/** Records quoted under replies from outside that range: "; quoted 3, 17" (the first ten, then a count). */
function quotedList(d: Record<string, unknown>, word: string): string {
  const q = Array.isArray(d.quotedRecords) ? d.quotedRecords.filter((x): x is number => typeof x === 'number') : [];
  if (q.length === 0) return '';
  return `; ${word} ${q.slice(0, 10).map(n).join(', ')}${q.length > 10 ? ` +${n(q.length - 10)}` : ''}`;
}
// Names of the report fields (shared/report/fields.ts) in a 'report.fields_saved' entry; the entry holds
// only names, never the text typed into them.
const FIELD_WORDS: Record<SummaryLang, Record<string, string>> = {
  en: {
    statement: 'findings', device: 'device', place: 'place', contact: 'contact', occurredAt: 'time of occurrence',
    detectedAt: 'time of detection', affectedSystems: 'affected systems', description: 'description', actionsTaken: 'actions taken',
    dataFiduciary: 'data fiduciary', likelyImpact: 'likely impact', mitigation: 'mitigation', personResponsible: 'person responsible',
    remedialMeasures: 'remedial measures', principalsIntimated: 'principals intimated',
  },
  hi: {
    statement: 'निष्कर्ष', device: 'उपकरण', place: 'स्थान', contact: 'संपर्क', occurredAt: 'घटना का समय',
    detectedAt: 'पता चलने का समय', affectedSystems: 'प्रभावित प्रणालियाँ', description: 'विवरण', actionsTaken: 'की गई कार्रवाई',
    dataFiduciary: 'डेटा न्यासी', likelyImpact: 'संभावित प्रभाव', mitigation: 'शमन', personResponsible: 'उत्तरदायी व्यक्ति',
    remedialMeasures: 'सुधारात्मक उपाय', principalsIntimated: 'सूचित डेटा प्रधान',
  },
};
const fieldList = (v: unknown, lang: SummaryLang): string =>
  Array.isArray(v) ? v.map((f) => FIELD_WORDS[lang][s(f)] ?? s(f)).join(', ') : s(v);

interface Words {
  page: (page: unknown, image: unknown) => string;
  record: (r: number) => string;
  range: (a: number, b: number) => string;
  reason: (r: unknown) => string;
  table: (t: unknown) => string;
  say: Record<string, (d: Record<string, unknown>, w: Words) => string>;
}

const EN: Words = {
  page: (page, image) => (typeof page === 'number' ? ` page ${page}${typeof image === 'number' && image > 0 ? `, image ${image + 1}` : ''}` : ''),
  record: (r) => `record ${n(r)}`,
  range: (a, b) => (a === b ? `record ${n(a)}` : `records ${n(a)}–${n(b)}`),
  reason: (r) => (r ? `; reason: ${s(r)}` : ''),
  table: (t) => (t ? ` table ${s(t)}` : ''),
  say: {
    'vault.created': () => 'Vault created; examiner key generated',
    'vault.unlocked': () => 'Vault unlocked',
    'vault.locked': () => 'Vault locked',
    'vault.passphrase_changed': () => 'Vault passphrase changed',
    'vault.rekeyed': (d) => `Vault re-keyed: ${n(d.blobs)} blob files encrypted again under a new vault key`,
    'vault.orphans_quarantined': (d) => `${n(Array.isArray(d.files) ? d.files.length : undefined)} blob files no record referred to moved to quarantine`,
    'examiner.trusted': (d) => `Examiner key trusted: ${s(d.name)} (${s(d.keyFingerprint)})`,
    'case.created': (d) => `Case opened: ${s(d.title)}${d.ref ? ` (ref. ${s(d.ref)})` : ''}`,
    'case.renamed': (d) => `Case renamed from "${s(d.from)}" to "${s(d.to)}"`,
    'evidence.acquired': (d, w) =>
      `Acquired ${s(d.name)}, ${size(d.bytes, 'en')}, SHA-256 ${short(d.sha256)}, as ${s(d.evidenceId)}${d.parentId ? ` from archive ${s(d.parentId)}` : ''}${w.reason(d.reason)}`,
    'evidence.parsed': (d) =>
      `Parsed ${s(d.evidenceId)} as ${s(d.format)}: ${n(d.records)} records, ${n(d.malformed)} malformed, status ${s(d.status)}${d.reason ? ` (${s(d.reason)})` : ''}`,
    'evidence.duplicate': (d) => `Same bytes as ${s(d.existingEvidenceId)} offered again (${s(d.name)}); not stored twice`,
    'evidence.viewed': (d, w) => {
      if (d.view === 'redacted-image') return `Viewed the redacted image of ${s(d.evidenceId)}${w.page(d.page, d.image)} (SHA-256 ${short(d.sha256)})`;
      if (d.view === 'conversation') return `Viewed ${s(d.evidenceId)}${w.table(d.table)} as a conversation, ${conversationRange(d, w)}${quotedList(d, 'quoted')}`;
      const p = positionRange(d);
      if (p) return `Viewed ${s(d.evidenceId)}${w.table(d.table)} sorted by ${s(d.sortedBy)} (${d.direction === 'desc' ? 'descending' : 'ascending'}), ${p[0] === p[1] ? `position ${n(p[0])}` : `positions ${n(p[0])}–${n(p[1])}`}`;
      const r = recordRange(d);
      return `Viewed ${s(d.evidenceId)}${w.table(d.table)}, ${r ? w.range(r[0], r[1]) : 'records'}`;
    },
    'evidence.sorted': (d, w) =>
      `Sorted ${s(d.evidenceId)}${w.table(d.table)} by ${s(d.column)} (${d.direction === 'desc' ? 'descending' : 'ascending'}, ${d.compared === 'number' ? 'as numbers' : 'as text'}): ${n(d.records)} records`,
    'evidence.searched': (d) => `Searched ${s(d.evidenceId)}: ${n(d.matches)} matches in ${n(d.scanned)} records`,
    'value.revealed': (d, w) => {
      const img = imageOf(d);
      if (img) return `Revealed ${s(d.evidenceId)}${w.page(img.page, img.pageImage)} image identifier no. ${Number(img.finding) + 1} (${s(img.type)}, text line ${Number(img.line) + 1})${w.reason(d.reason)}`;
      const r = recordOf(d);
      return `Revealed ${s(d.evidenceId)}${w.table(d.table)}${r === null ? '' : `, ${w.record(r)}`}, column ${s(d.column)}${w.reason(d.reason)}`;
    },
    'import.cancelled': (d) => `Import of ${s(d.name)} cancelled after ${bytes(d.bytesRead, 'en')}; nothing kept`,
    'import.failed': (d) => `Import of ${s(d.name)} failed: ${s(d.problem)}`,
    'note.added': (d, w) => `Note${d.evidenceId ? ` on ${s(d.evidenceId)}${w.table(d.table)}${at(d, w)}` : ''}: ${s(d.text)}`,
    'tag.added': (d, w) => `Tag "${s(d.tag)}" added to ${s(d.evidenceId)}${w.table(d.table)}${at(d, w)}`,
    'case.searched': (d) =>
      `Searched the case (query of ${n(d.queryLength)} characters): ${n(d.matches)} matches in ${n(d.records)} records; ${n(d.scanned)} records of ${n(d.items)} items scanned${d.cancelled ? '; cancelled' : ''}`,
    'custody.exported': (d) => `Custody record exported as CASE/UCO JSON-LD: ${s(d.file)} (${n(d.entries)} entries, SHA-256 ${short(d.sha256)})`,
    'tag.removed': (d, w) => `Tag "${s(d.tag)}" removed from ${s(d.evidenceId)}${at(d, w)}`,
    'claim.recorded': (d) => `Claim recorded for ${s(d.evidenceId)}`,
    'verify.run': (d) => `Verification passed: ${n(d.entries)} entries, ${n(d.evidence)} evidence items re-hashed`,
    'analysis.run': (d) => `Authenticity analysis run on ${n(d.evidence)} evidence items`,
    'report.generated': (d) => `Report generated (${s(d.template)}, ${s(d.lang)}); PDF SHA-256 ${short(d.pdfSha256)}`,
    'report.fields_saved': (d) => `Report fields saved: ${fieldList(d.fields, 'en')}`,
    'report.items_chosen': (d) =>
      `Report items chosen: ${d.evidenceIds === null ? `every parsed item (${n(d.items)} of ${n(d.caseItems)})` : `${n(d.items)} of ${n(d.caseItems)} items`}; ${n(d.recordCount)} records of interest`,
    'export.created': (d, w) => `Redacted ${s(d.format)} export of ${s(d.evidenceId)}${w.page(d.page, d.image)} written (SHA-256 ${short(d.sha256)})`,
    'case.sent': (d) => `Case sealed for ${s(d.recipientFingerprint)} (package SHA-256 ${short(d.packageSha256)})`,
    'case.send_failed': (d) => `Hand-over to ${s(d.recipientFingerprint)} failed (${s(d.reason)}): no package was written`,
    'case.received': (d) => `Case received from ${s(d.senderName)} (${s(d.senderFingerprint)})`,
  },
};

const HI_STATUS: Record<string, string> = {
  parsed: 'पार्स हुआ',
  malformed: 'त्रुटियों सहित पार्स हुआ',
  unparsed: 'सहेजा गया, पार्स नहीं हुआ',
  duplicate: 'दोहराव',
  failed: 'विफल',
  cancelled: 'रद्द',
};

const HI: Words = {
  page: (page, image) => (typeof page === 'number' ? `, पृष्ठ ${page}${typeof image === 'number' && image > 0 ? `, चित्र ${image + 1}` : ''}` : ''),
  record: (r) => `रिकॉर्ड ${n(r)}`,
  range: (a, b) => (a === b ? `रिकॉर्ड ${n(a)}` : `रिकॉर्ड ${n(a)}–${n(b)}`),
  reason: (r) => (r ? `; कारण: ${s(r)}` : ''),
  table: (t) => (t ? `, तालिका ${s(t)}` : ''),
  say: {
    'vault.created': () => 'वॉल्ट बनाया गया; परीक्षक की कुंजी बनाई गई',
    'vault.unlocked': () => 'वॉल्ट खोला गया',
    'vault.locked': () => 'वॉल्ट बंद किया गया',
    'vault.passphrase_changed': () => 'वॉल्ट का पासफ़्रेज़ बदला गया',
    'vault.rekeyed': (d) => `वॉल्ट की नई कुंजी: ${n(d.blobs)} फ़ाइलें फिर से कूटबद्ध की गईं`,
    'vault.orphans_quarantined': (d) => `किसी रिकॉर्ड से न जुड़ी ${n(Array.isArray(d.files) ? d.files.length : undefined)} फ़ाइलें संगरोध में रखी गईं`,
    'examiner.trusted': (d) => `परीक्षक की कुंजी पर भरोसा दर्ज: ${s(d.name)} (${s(d.keyFingerprint)})`,
    'case.created': (d) => `मामला खोला गया: ${s(d.title)}${d.ref ? ` (संदर्भ ${s(d.ref)})` : ''}`,
    'case.renamed': (d) => `मामले का नाम "${s(d.from)}" से बदलकर "${s(d.to)}" किया गया`,
    'evidence.acquired': (d, w) =>
      `${s(d.name)} प्राप्त: ${size(d.bytes, 'hi')}, SHA-256 ${short(d.sha256)}, पहचान ${s(d.evidenceId)}${d.parentId ? `, संग्रह ${s(d.parentId)} से` : ''}${w.reason(d.reason)}`,
    'evidence.parsed': (d) =>
      `${s(d.evidenceId)} को ${HI_FORMAT[s(d.format)] ?? s(d.format)} के रूप में पढ़ा गया: ${n(d.records)} रिकॉर्ड, ${n(d.malformed)} त्रुटिपूर्ण, स्थिति: ${HI_STATUS[s(d.status)] ?? s(d.status)}${d.reason ? ` (${coreSentence(s(d.reason), 'hi')})` : ''}`,
    'evidence.duplicate': (d) => `${s(d.existingEvidenceId)} जैसी ही फ़ाइल फिर दी गई (${s(d.name)}); दोबारा नहीं रखी गई`,
    'evidence.viewed': (d, w) => {
      if (d.view === 'redacted-image') return `${s(d.evidenceId)}${w.page(d.page, d.image)} का छिपाया हुआ चित्र देखा गया (SHA-256 ${short(d.sha256)})`;
      if (d.view === 'conversation') return `${s(d.evidenceId)}${w.table(d.table)}: बातचीत के रूप में ${conversationRange(d, w)} देखे गए${quotedList(d, 'उद्धृत')}`;
      const p = positionRange(d);
      if (p) return `${s(d.evidenceId)}${w.table(d.table)}: ${s(d.sortedBy)} के ${d.direction === 'desc' ? 'घटते' : 'बढ़ते'} क्रम में स्थान ${p[0] === p[1] ? n(p[0]) : `${n(p[0])}–${n(p[1])}`} देखे गए`;
      const r = recordRange(d);
      return `${s(d.evidenceId)}${w.table(d.table)}: ${r ? w.range(r[0], r[1]) : 'रिकॉर्ड'} देखे गए`;
    },
    'evidence.sorted': (d, w) =>
      `${s(d.evidenceId)}${w.table(d.table)} को ${s(d.column)} के ${d.direction === 'desc' ? 'घटते' : 'बढ़ते'} क्रम में लगाया गया (${d.compared === 'number' ? 'संख्या के रूप में' : 'पाठ के रूप में'}): ${n(d.records)} रिकॉर्ड`,
    'evidence.searched': (d) => `${s(d.evidenceId)} में खोज: ${n(d.scanned)} रिकॉर्ड में ${n(d.matches)} मिलान`,
    'value.revealed': (d, w) => {
      const img = imageOf(d);
      if (img) return `${s(d.evidenceId)}${w.page(img.page, img.pageImage)} के चित्र की पहचान सं. ${Number(img.finding) + 1} प्रकट (${s(img.type)}, पाठ पंक्ति ${Number(img.line) + 1})${w.reason(d.reason)}`;
      const r = recordOf(d);
      return `${s(d.evidenceId)}${w.table(d.table)}${r === null ? '' : `, ${w.record(r)}`}, स्तंभ ${s(d.column)} का मान प्रकट${w.reason(d.reason)}`;
    },
    'import.cancelled': (d) => `${s(d.name)} का आयात ${bytes(d.bytesRead, 'hi')} के बाद रद्द; कुछ नहीं रखा गया`,
    'import.failed': (d) => `${s(d.name)} का आयात विफल: ${coreSentence(s(d.problem), 'hi')}`,
    'note.added': (d, w) => `टिप्पणी${d.evidenceId ? ` (${s(d.evidenceId)}${w.table(d.table)}${at(d, w)})` : ''}: ${s(d.text)}`,
    'tag.added': (d, w) => `${s(d.evidenceId)}${w.table(d.table)}${at(d, w)} पर टैग "${s(d.tag)}" जोड़ा गया`,
    'case.searched': (d) =>
      `पूरे मामले में खोज (${n(d.queryLength)} अक्षरों की खोज): ${n(d.records)} रिकॉर्ड में ${n(d.matches)} मिलान; ${n(d.items)} साक्ष्य के ${n(d.scanned)} रिकॉर्ड देखे गए${d.cancelled ? '; रद्द की गई' : ''}`,
    'custody.exported': (d) => `अभिरक्षा रिकॉर्ड CASE/UCO JSON-LD में निर्यात किया गया: ${s(d.file)} (${n(d.entries)} प्रविष्टियाँ, SHA-256 ${short(d.sha256)})`,
    'tag.removed': (d, w) => `${s(d.evidenceId)}${at(d, w)} से टैग "${s(d.tag)}" हटाया गया`,
    'claim.recorded': (d) => `${s(d.evidenceId)} के बारे में दावा दर्ज`,
    'verify.run': (d) => `सत्यापन सफल: ${n(d.entries)} प्रविष्टियाँ, ${n(d.evidence)} साक्ष्य मदों के हैश फिर जाँचे गए`,
    'analysis.run': (d) => `${n(d.evidence)} साक्ष्य मदों की प्रामाणिकता का विश्लेषण`,
    'report.generated': (d) => `रिपोर्ट बनाई गई (${s(d.template)}, ${s(d.lang)}); PDF SHA-256 ${short(d.pdfSha256)}`,
    'report.fields_saved': (d) => `रिपोर्ट के क्षेत्र सहेजे गए: ${fieldList(d.fields, 'hi')}`,
    'report.items_chosen': (d) =>
      `रिपोर्ट की मदें चुनी गईं: ${d.evidenceIds === null ? `पढ़ी गई सभी मदें (${n(d.caseItems)} में से ${n(d.items)})` : `${n(d.caseItems)} में से ${n(d.items)} मदें`}; ${n(d.recordCount)} महत्वपूर्ण रिकॉर्ड`,
    'export.created': (d, w) => `${s(d.evidenceId)}${w.page(d.page, d.image)} का छिपाया हुआ ${s(d.format)} निर्यात लिखा गया (SHA-256 ${short(d.sha256)})`,
    'case.sent': (d) => `मामला ${s(d.recipientFingerprint)} के लिए सील किया गया (पैकेज SHA-256 ${short(d.packageSha256)})`,
    'case.send_failed': (d) => `${s(d.recipientFingerprint)} को मामला सौंपना विफल (${s(d.reason)}): कोई पैकेज नहीं लिखा गया`,
    'case.received': (d) => `मामला ${s(d.senderName)} (${s(d.senderFingerprint)}) से प्राप्त`,
  },
};

function imageOf(d: Record<string, unknown>): Record<string, unknown> | null {
  return typeof d.image === 'object' && d.image !== null ? (d.image as Record<string, unknown>) : null;
}

function at(d: Record<string, unknown>, w: Words): string {
  const r = recordOf(d);
  return r === null ? '' : `, ${w.record(r)}`;
}

/** The entry in one line of the given language; an action this build does not know is named as stored. */
export function summariseEntry(e: EntryLike, lang: SummaryLang = 'en'): string {
  const w = lang === 'hi' ? HI : EN;
  const say = w.say[e.action];
  return say ? say(e.details, w) : e.action;
}
