// Context cues: words near a candidate (or a column header) that say what it is, in English and Hindi.
// A cue is a bit mask: one bit per PiiType (see typeBit) plus NEG for words that mean "not personal
// data" (order, transaction, invoice, card, timestamp, …). The nearest cue before a candidate wins.
import { CHAR_CLASS as CHAR_CLASS_TABLE, C_DEV_LETTER, C_LOWER, C_UPPER, C_DIGIT, C_DEV_DIGIT } from './digits';
import { type PiiType, typeBit } from './types';

// A local binding: transpilers turn imported bindings into getters, too slow for the per-character loop.
const CHAR_CLASS: Uint8Array = CHAR_CLASS_TABLE;

export const NEG = 1 << 30;
/** Set with the reference-ID cue words (ref, reference): a 12-digit number after them is not an Aadhaar. */
export const REF = 1 << 29;
/** Set by the scanner on a cue read from the text itself (a label before the value), not from a column
 * header: only such a label makes a value that fails its check a finding (fail closed in labelled text). */
export const IN_TEXT = 1 << 28;

// weak: decided by the next cue word too ("card": Aadhaar card vs credit card; "ref": order ref vs reference ID).
type Entry = { bits: number; transparent?: boolean; weak?: boolean };

const b = (...types: PiiType[]): number => types.reduce((m, t) => m | typeBit(t), 0);

const AADHAAR = b('IN_AADHAAR', 'IN_AADHAAR_MASKED', 'IN_VID');
const ADDRESS = b('ADDRESS', 'IN_PINCODE');

// Words that carry no meaning of their own ("number", "no", "id", "of", Hindi postpositions): skipped.
const TRANSPARENT =
  'no num number nos nbr id ids of the is was his her their its and a an to card_no details detail value date dt code ' +
   'holder registered linked given provided s/o d/o w/o ' +
  'संख्या नंबर क्रमांक आईडी पहचान पत्र सं का की के है था थी तिथि दिनांक और में पर नं कोड';

const CUES: [string, number][] = [
  ['aadhaar aadhar adhaar adhar aadhaarno aadharno uid uidai aadhaarnumber aadharnumber आधार आधारसंख्या', AADHAAR],
  ['vid virtualid virtual', b('IN_VID')],
  ['pan panno pannumber pancard पैन', b('IN_PAN')],
  ['gst gstin gstno gstn जीएसटी जीएसटीआईएन', b('IN_GSTIN')],
  ['passport passportno passportnumber पासपोर्ट', b('IN_PASSPORT')],
  ['voter voterid epic epicno elector electors electoral मतदाता वोटर', b('IN_VOTER')],
  [
    'vehicle vehicleno vehicle_no registration regn reg regno rc rcno plate numberplate वाहन गाड़ी गाडी पंजीकरण',
    b('IN_VEHICLE_REGISTRATION'),
  ],
  ['licence license dl dlno licenceno licenseno driving लाइसेंस ड्राइविंग', b('IN_DRIVING_LICENCE')],
  [
    'phone phoneno mobile mobileno mob mobno mobilenumber phonenumber contact contactno tel telephone cell cellphone whatsapp ph ' +
      'ph.no call sms मोबाइल मोबाईल फोन फ़ोन फ़ोन संपर्क दूरभाष',
    b('IN_PHONE'),
  ],
  ['pin pincode pinno postal postcode zip zipcode पिन पिनकोड', b('IN_PINCODE')],
  ['abha abhano abhanumber abhaaddress healthid health abdm आभा', b('IN_ABHA')],
  ['cowin beneficiary beneficiaryid लाभार्थी', b('IN_COWIN_REF')],
  ['email emailid mail email_id e-mail ईमेल ई-मेल मेल', b('EMAIL_ADDRESS')],
  ['dob birth born birthdate dateofbirth जन्म जन्मतिथि जन्मदिन', b('DATE_OF_BIRTH')],
  ['name names fullname firstname lastname surname father mother husband guardian नाम पिता माता पति', b('PERSON')],
  [
    'address addr residence resident house flat road rd street marg nagar colony sector lane village vill post po ' +
      'tehsil taluka district dist city town apartment apt floor block layout mohalla ward पता निवास गांव गाँव ग्राम मार्ग नगर जिला ज़िला तहसील मकान',
    ADDRESS,
  ],
  ['gender sex लिंग', b('GENDER')],
  [
    'a/c order orderid orderno txn txnid transaction trans invoice inv bill receipt utr rrn awb tracking sku ticket pnr ' +
      'account acct acc ifsc credit debit visa mastercard rupay amex cvv expiry timestamp epoch ts time created updated ' +
      'otp amount amt rs inr price qty quantity serial sr imei mac ip version ver batch lot vaccination vaccinated dose ' +
      'issued issue expiry valid product item model part username filename hostname ऑर्डर लेनदेन बिल रसीद राशि खाता',
    NEG,
  ],
];

const NUKTA_BASE = ['क', 'ख', 'ग', 'ज', 'ड', 'ढ', 'फ', 'य'];

const TABLE = new Map<string, Entry>();
for (const w of TRANSPARENT.split(' ')) TABLE.set(normaliseWord(w), { bits: 0, transparent: true });
for (const [words, bits] of CUES) for (const w of words.split(' ')) TABLE.set(normaliseWord(w), { bits });
TABLE.set('card', { bits: NEG, weak: true });
for (const w of ['ref', 'refno', 'refid', 'reference', 'referenceid', 'संदर्भ']) TABLE.set(normaliseWord(w), { bits: b('IN_COWIN_REF') | REF, weak: true });


/** Lower-case, drop dots (D.O.B.) and Devanagari nukta so फ़ोन and फोन match. */
export function normaliseWord(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = normCode(w.charCodeAt(i));
    if (c >= 0) out += String.fromCharCode(c);
  }
  return out;
}

/** One code unit of a normalised word, or -1 when the unit is dropped. */
function normCode(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c | 0x20;
  if (c === 0x2e || c === 0x93c) return -1;
  if (c >= 0x958 && c <= 0x95f) return NUKTA_BASE[c - 0x958]!.charCodeAt(0);
  return c;
}

// Normalised code unit per code unit (0 = dropped): the hash below reads it from this table.
const NORM: Uint16Array = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = Math.max(0, normCode(c));
  return t;
})();

/** FNV-1a over the normalised code units of s[start..end), read from the end backwards. */
function hashReversed(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = end - 1; i >= start; i--) {
    const c = NORM[s.charCodeAt(i)]!;
    if (c !== 0) h = Math.imul(h ^ c, 16777619);
  }
  return h >>> 0;
}

// Hash of each normalised cue word → its entries, so the scanner looks up words without allocating.
const BY_HASH = new Map<number, [string, Entry][]>();
for (const [w, e] of TABLE) {
  const h = hashReversed(w, 0, w.length);
  const list = BY_HASH.get(h);
  if (list) list.push([w, e]);
  else BY_HASH.set(h, [[w, e]]);
}

function lookup(word: string): Entry | undefined {
  if (word.length > 24) return undefined;
  return TABLE.get(normaliseWord(word));
}

/** Entry for the word s[start..end) whose reversed hash is h. */
function lookupHashed(s: string, start: number, end: number, h: number): Entry | undefined {
  const list = BY_HASH.get(h);
  if (!list) return undefined;
  // Compared in place, without building the normalised word: a hash hit is usually a cue word, and
  // cue words are frequent in PII-dense text.
  for (const [k, e] of list) if (equalsNormalised(s, start, end, k)) return e;
  return undefined;
}

/** normaliseWord(s.slice(start, end)) === w, without allocating. */
function equalsNormalised(s: string, start: number, end: number, w: string): boolean {
  let q = 0;
  for (let i = start; i < end; i++) {
    const c = NORM[s.charCodeAt(i)]!;
    if (c === 0) continue;
    if (q >= w.length || w.charCodeAt(q) !== c) return false;
    q++;
  }
  return q === w.length;
}

// Backward word walk: 0 = separator, 1 = digit or dot (part of a word), 2 = letter, 3 = line end (stop).
const WORD_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const k = CHAR_CLASS[c];
    if (k === C_DIGIT || k === C_DEV_DIGIT || c === 0x2e || c === 0x2f) t[c] = 1;
    else if (k === C_UPPER || k === C_LOWER || k === C_DEV_LETTER) t[c] = 2;
  }
  // Line ends and field separators end the context: a label never reaches across a cell or a clause.
  for (const c of [10, 13, 9, 0x2c, 0x3b, 0x7c, 0x964]) t[c] = 3;
  return t;
})();

const MAX_WORDS = 4;
const MAX_CHARS = 64;

/**
 * The cue for a candidate starting at `pos`: walk back over at most four words (numbers count as
 * words, "number"/"no"/"का" do not) on the same line; the first cue word found decides.
 */
export function cueBefore(text: string, pos: number): number {
  let p = pos;
  let words = 0;
  let pending = 0;
  const limit = pos - MAX_CHARS;
  while (p > 0 && p > limit && words < MAX_WORDS) {
    const k = WORD_CLASS[text.charCodeAt(p - 1)];
    if (k === 0) {
      p--;
      continue;
    }
    if (k === 3) break;
    const e = p;
    let letters = false;
    let h = 0x811c9dc5;
    while (p > 0) {
      const c = text.charCodeAt(p - 1);
      const kk = WORD_CLASS[c];
      if (kk === 2) letters = true;
      else if (kk !== 1) break;
      // A bot command ("/aadhaar 2345…"): the leading slash is not part of the word.
      if (c === 0x2f && letters && (p === 1 || WORD_CLASS[text.charCodeAt(p - 2)]! === 0 || WORD_CLASS[text.charCodeAt(p - 2)]! === 3)) break;
      const nc = NORM[c]!;
      if (nc !== 0) h = Math.imul(h ^ nc, 16777619);
      p--;
    }
    // A word or number ending in '.' that is not a known label ends a sentence: stop there.
    const sentenceEnd = text.charCodeAt(e - 1) === 0x2e && e < pos && text.charCodeAt(e) === 0x20;
    // Numbers and the domain of an e-mail address are words without meaning here.
    if (!letters || (p > 0 && text.charCodeAt(p - 1) === 0x40)) {
      if (sentenceEnd) break;
      words++;
      continue;
    }
    const entry = e - p > 24 ? undefined : lookupHashed(text, p, e, h >>> 0);
    if (!entry) {
      if (pending !== 0 || sentenceEnd) break;
      words++;
      continue;
    }
    if (entry.transparent) continue;
    if (pending !== 0) return resolveWeak(pending, entry.bits);
    if (entry.weak) {
      pending = entry.bits;
      continue;
    }
    return entry.bits;
  }
  return pending;
}

/** A weak cue followed by another cue: "Aadhaar card" → Aadhaar, "order ref" → negative. */
function resolveWeak(weak: number, next: number): number {
  if (weak === NEG) return next === 0 ? NEG : next;
  return next === NEG ? NEG : weak;
}

const headerCache = new Map<string, number>();

/** The cue of a column header or a caller-given context string (rightmost cue word wins). */
export function cueOfHeader(header: string): number {
  const cached = headerCache.get(header);
  if (cached !== undefined) return cached;
  const cue = computeHeaderCue(header);
  if (headerCache.size > 4096) headerCache.clear();
  headerCache.set(header, cue);
  return cue;
}

function computeHeaderCue(header: string): number {
  const spaced = header.replace(/([a-z])([A-Z])/g, '$1 $2');
  const words = spaced.split(/[^A-Za-z0-9./\u0900-\u0963\u0970-\u097f-]+/).filter((w) => w.length > 0);
  let pending = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.replace(/^\/(?=[^/])/, ''); // a bot command: "/aadhaar"
    const entry = lookup(w.replace(/-/g, '')) ?? lookup(w);
    if (!entry) continue;
    if (entry.transparent) continue;
    if (pending !== 0) return resolveWeak(pending, entry.bits);
    if (entry.weak) {
      pending = entry.bits;
      continue;
    }
    return entry.bits;
  }
  if (pending !== 0) return pending;
  // Glued headers ("aadhaarnumber", "mobilenumber"): the rightmost cue word of four letters or more inside.
  const glued = normaliseWord(header.replace(/[^A-Za-z\u0900-\u097f]/g, ''));
  let best = -1;
  let bits = 0;
  for (const [w, entry] of TABLE) {
    if (w.length < 4 || entry.transparent || entry.weak) continue;
    const at = glued.lastIndexOf(w);
    if (at >= 0 && at + w.length > best) {
      best = at + w.length;
      bits = entry.bits;
    }
  }
  return bits;
}

const ADDRESS_BIT = typeBit('ADDRESS');

/** Whether an address word (road, nagar, flat, sector, पता …) stands before `pos` on the same line. */
export function addressWordBefore(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 160);
  const line = text.slice(from, pos);
  const nl = line.lastIndexOf('\n');
  for (const w of (nl >= 0 ? line.slice(nl + 1) : line).split(/[^A-Za-z\u0900-\u0963\u0970-\u097f]+/)) {
    if (w.length < 2) continue;
    const e = lookup(w);
    if (e && !e.transparent && (e.bits & ADDRESS_BIT) !== 0 && (e.bits & NEG) === 0) return true;
  }
  return false;
}
