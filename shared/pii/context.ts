// Context cues: words near a candidate (or a column header) that say what it is, in English and Hindi.
// A cue is a bit mask: one bit per PiiType (see typeBit) plus NEG for words that mean "not personal
// data" (order, transaction, invoice, card, timestamp, …). The nearest cue before a candidate wins.
import { CHAR_CLASS, C_DEV_LETTER, C_LOWER, C_UPPER, C_DIGIT, C_DEV_DIGIT } from './digits';
import { type PiiType, typeBit } from './types';

export const NEG = 1 << 30;

type Entry = { bits: number; transparent?: boolean; weakNeg?: boolean };

const b = (...types: PiiType[]): number => types.reduce((m, t) => m | typeBit(t), 0);

const AADHAAR = b('IN_AADHAAR', 'IN_AADHAAR_MASKED', 'IN_VID');
const ADDRESS = b('ADDRESS', 'IN_PINCODE');

// Words that carry no meaning of their own ("number", "no", "id", "of", Hindi postpositions): skipped.
const TRANSPARENT =
  'no num number nos nbr id ids of the is was his her their its and a an to card_no details detail value date dt code ' +
   'holder registered linked given provided s/o d/o w/o ' +
  'संख्या नंबर क्रमांक सं का की के है था थी तिथि दिनांक और में पर नं कोड';

const CUES: [string, number][] = [
  ['aadhaar aadhar adhaar adhar aadhaarno aadharno uid uidai aadhaarnumber aadharnumber आधार आधारसंख्या', AADHAAR],
  ['vid virtualid virtual', b('IN_VID')],
  ['pan panno pannumber pancard पैन', b('IN_PAN')],
  ['gst gstin gstno gstn जीएसटी', b('IN_GSTIN')],
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
  ['cowin beneficiary beneficiaryid reference referenceid ref refid लाभार्थी', b('IN_COWIN_REF')],
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
    'order orderid orderno txn txnid transaction trans invoice inv bill receipt utr rrn awb tracking sku ticket pnr ' +
      'account acct acc ifsc credit debit visa mastercard rupay amex cvv expiry timestamp epoch ts time created updated ' +
      'otp amount amt rs inr price qty quantity serial sr imei mac ip version ver batch lot vaccination vaccinated dose ' +
      'issued issue expiry valid product item model part username filename hostname ऑर्डर लेनदेन बिल रसीद राशि खाता',
    NEG,
  ],
];

const TABLE = new Map<string, Entry>();
for (const w of TRANSPARENT.split(' ')) TABLE.set(w, { bits: 0, transparent: true });
for (const [words, bits] of CUES) for (const w of words.split(' ')) TABLE.set(normaliseWord(w), { bits });
TABLE.set('card', { bits: NEG, weakNeg: true }); // "Aadhaar card", "PAN card" vs "credit card"

/** Lower-case, drop dots (D.O.B.) and Devanagari nukta so फ़ोन and फोन match. */
export function normaliseWord(w: string): string {
  let s = w.toLowerCase();
  if (s.includes('.')) s = s.replace(/\./g, '');
  if (/[\u0900-\u097f]/.test(s)) {
    s = s.replace(/\u093c/g, '').replace(/[\u0958-\u095f]/g, (c) => NUKTA_BASE[c.charCodeAt(0) - 0x958]!);
  }
  return s;
}
const NUKTA_BASE = ['क', 'ख', 'ग', 'ज', 'ड', 'ढ', 'फ', 'य'];

function lookup(word: string): Entry | undefined {
  if (word.length > 24) return undefined;
  return TABLE.get(normaliseWord(word));
}

const isWordCode = (c: number): boolean => {
  const k = CHAR_CLASS[c];
  return k === C_UPPER || k === C_LOWER || k === C_DEV_LETTER || k === C_DIGIT || k === C_DEV_DIGIT || c === 0x2e;
};
const isNumberWord = (text: string, s: number, e: number): boolean => {
  for (let i = s; i < e; i++) {
    const k = CHAR_CLASS[text.charCodeAt(i)];
    if (k !== C_DIGIT && k !== C_DEV_DIGIT && text.charCodeAt(i) !== 0x2e) return false;
  }
  return true;
};

const MAX_WORDS = 4;
const MAX_CHARS = 64;

/**
 * The cue for a candidate starting at `pos`: walk back over at most four words (numbers count as
 * words, "number"/"no"/"का" do not) on the same line; the first cue word found decides.
 */
export function cueBefore(text: string, pos: number): number {
  let p = pos;
  let words = 0;
  let pendingNeg = false;
  while (p > 0 && pos - p < MAX_CHARS && words < MAX_WORDS) {
    const c = text.charCodeAt(p - 1);
    if (c === 10 || c === 13) break;
    if (!isWordCode(c)) {
      p--;
      continue;
    }
    const e = p;
    while (p > 0 && isWordCode(text.charCodeAt(p - 1))) p--;
    if (isNumberWord(text, p, e) || (p > 0 && text.charCodeAt(p - 1) === 0x40)) {
      words++;
      continue;
    }
    const entry = lookup(text.slice(p, e));
    if (!entry) {
      if (pendingNeg) return NEG;
      words++;
      continue;
    }
    if (entry.transparent) continue;
    if (pendingNeg) return entry.bits === NEG || entry.bits === 0 ? NEG : entry.bits;
    if (entry.weakNeg) {
      pendingNeg = true;
      continue;
    }
    return entry.bits;
  }
  return pendingNeg ? NEG : 0;
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
  const words = spaced.split(/[^A-Za-z0-9.\u0900-\u0963\u0970-\u097f-]+/).filter((w) => w.length > 0);
  let pendingNeg = false;
  for (let i = words.length - 1; i >= 0; i--) {
    const entry = lookup(words[i]!.replace(/-/g, '')) ?? lookup(words[i]!);
    if (!entry) continue;
    if (entry.transparent) continue;
    if (pendingNeg) return entry.bits === NEG ? NEG : entry.bits;
    if (entry.weakNeg) {
      pendingNeg = true;
      continue;
    }
    return entry.bits;
  }
  if (pendingNeg) return NEG;
  // Glued headers ("aadhaarnumber", "mobilenumber"): the rightmost cue word of four letters or more inside.
  const glued = normaliseWord(header.replace(/[^A-Za-z\u0900-\u097f]/g, ''));
  let best = -1;
  let bits = 0;
  for (const [w, entry] of TABLE) {
    if (w.length < 4 || entry.transparent || entry.weakNeg) continue;
    const at = glued.lastIndexOf(w);
    if (at >= 0 && at + w.length > best) {
      best = at + w.length;
      bits = entry.bits;
    }
  }
  return bits;
}
