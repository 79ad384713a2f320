// The authenticity analysis in words, in English and Hindi: verdict reasons (from the codes and figures
// the analysis returns), overlaps between items as sentences, and the headline count of people. Numbers
// arrive already formatted (Indian grouping), so each language only orders its words.
import type { CheckKind, ReasonCode } from '../analysis/types';

/** A reason's parameters with numbers formatted: counts in Indian grouping, shares as percentages. */
export type ReasonWords = Record<string, string>;

export interface AnalysisStrings {
  /** What each check measures, starting with a capital where the language has one. */
  check: Record<CheckKind, string>;
  /** What random values score on each check. */
  random: Record<CheckKind, string>;
  reasons: Record<ReasonCode, (p: ReasonWords, s: AnalysisStrings) => string>;
  caveat: (text: string) => string;
  /** "a: 1,234 of its 1,715 identifiers (72.0%) also appear in b." */
  overlap: (a: string, shared: string, total: string, pct: string, b: string) => string;
  /** Two items share identifiers, and how many each has is not known. */
  overlapShared: (a: string, b: string, shared: string) => string;
  noOverlap: string;
  /** An item of another case, named by its id. */
  otherCase: (name: string, caseId: string) => string;
  /** The headline: records, items, and the distinct people they cover. */
  totals: (records: string, items: string, people: string) => string;
  people: string;
}

export const analysisEn: AnalysisStrings = {
  check: {
    IN_AADHAAR: 'Aadhaar check digit',
    IN_VID: 'VID check digit',
    IN_GSTIN: 'GSTIN check character',
    IN_PHONE: 'Mobile number starting 6–9',
    IN_PAN: 'PAN structure and holder type',
    IN_PINCODE: 'PIN code in a postal region in use',
    DATE_OF_BIRTH: 'Plausible date of birth (a real date, not in the future, age 0–120)',
    AGE: 'Plausible age (0–120)',
  },
  random: {
    IN_AADHAAR: 'random digits pass about 10%',
    IN_VID: 'random digits pass about 10%',
    IN_GSTIN: 'random characters pass about 2.8%',
    IN_PHONE: 'random 10-digit numbers do about 40%',
    IN_PAN: 'PAN-shaped random letters pass about 38%',
    IN_PINCODE: 'random 6-digit numbers pass about 88%',
    DATE_OF_BIRTH: 'random dates are often impossible',
    AGE: 'random numbers are often impossible ages',
  },
  reasons: {
    noIdentifiers: (p) => `No identifier columns (Aadhaar, VID, PAN, GSTIN, mobile, PIN code) were found in ${p.records} records, so validity cannot be judged.`,
    tooFewValues: (p) => `Only ${p.values} identifier values can be checked (at least ${p.min} are needed to tell genuine from random values).`,
    checkRate: (p, s) => `${s.check[p.check as CheckKind]} valid for ${p.validShare} of ${p.total} values (${s.random[p.check as CheckKind]}; genuine records nearly all pass).`,
    impossibleValues: (p) =>
      p.check === 'AGE'
        ? `${p.badShare} of ${p.total} ages are impossible (not 0–120); genuine records have almost none.`
        : `${p.badShare} of ${p.total} dates of birth are impossible (not a real date, in the future, or over 120 years ago); genuine records have almost none.`,
    plausibleValues: (p, s) => `${s.check[p.check as CheckKind]}: ${p.validShare} of ${p.total} values.`,
    mobileDigitsUniform: (p) => `Mobile first digits are spread evenly over 0–9 as in random numbers (χ² = ${p.chiSquare}, p = ${p.p}).`,
    duplicateRows: (p) => `${p.rowsShare} of ${p.records} rows repeat another row exactly (genuine extracts rarely repeat whole records).`,
    containedIn: (p) => `${p.share} of its ${p.tokens} distinct identifier values also appear in ${p.source} (${p.shared} shared): the records were most likely taken from that sample, not from a new breach.`,
    alsoContainedIn: (p) => `Also ${p.share} contained in ${p.source} (${p.shared} shared).`,
    alsoFabricated: () => 'The records themselves also show signs of fabrication:',
    consistentGenuine: () => 'Consistent with genuine records. Validity checks cannot prove a leak genuine: a careful forger can compute check digits.',
    cannotTell: () => 'These figures cannot tell genuine records from random values: more identifier values are needed.',
  },
  caveat: (text) => `Caveat: ${text}`,
  overlap: (a, shared, total, pct, b) => `${a}: ${shared} of its ${total} identifiers (${pct}) also appear in ${b}.`,
  overlapShared: (a, b, shared) => `${a} and ${b} share ${shared} identifiers.`,
  noOverlap: 'No item shares identifiers with another.',
  otherCase: (name, caseId) => `${name} (case ${caseId})`,
  totals: (records, items, people) => `${records} records across ${items} items, about ${people} distinct people or identifiers (a person in several items is counted once).`,
  people: 'Distinct people (about)',
};

export const analysisHi: AnalysisStrings = {
  check: {
    IN_AADHAAR: 'आधार का जाँच अंक',
    IN_VID: 'VID का जाँच अंक',
    IN_GSTIN: 'GSTIN का जाँच अक्षर',
    IN_PHONE: '6–9 से शुरू होने वाला मोबाइल नंबर',
    IN_PAN: 'PAN की संरचना और धारक-प्रकार',
    IN_PINCODE: 'प्रचलित डाक क्षेत्र का पिन कोड',
    DATE_OF_BIRTH: 'संभव जन्मतिथि (वास्तविक तिथि, भविष्य की नहीं, आयु 0–120)',
    AGE: 'संभव आयु (0–120)',
  },
  random: {
    IN_AADHAAR: 'यादृच्छिक अंकों में से लगभग 10% सही निकलते हैं',
    IN_VID: 'यादृच्छिक अंकों में से लगभग 10% सही निकलते हैं',
    IN_GSTIN: 'यादृच्छिक अक्षरों में से लगभग 2.8% सही निकलते हैं',
    IN_PHONE: 'यादृच्छिक 10 अंकों की संख्याओं में से लगभग 40%',
    IN_PAN: 'PAN जैसे यादृच्छिक अक्षरों में से लगभग 38% सही निकलते हैं',
    IN_PINCODE: 'यादृच्छिक 6 अंकों की संख्याओं में से लगभग 88% सही निकलती हैं',
    DATE_OF_BIRTH: 'यादृच्छिक तिथियाँ प्रायः असंभव होती हैं',
    AGE: 'यादृच्छिक संख्याएँ प्रायः असंभव आयु होती हैं',
  },
  reasons: {
    noIdentifiers: (p) => `${p.records} रिकॉर्ड में कोई पहचान-संख्या वाला कॉलम (आधार, VID, PAN, GSTIN, मोबाइल, पिन कोड) नहीं मिला, इसलिए वैधता का आकलन नहीं हो सकता।`,
    tooFewValues: (p) => `केवल ${p.values} पहचान-संख्याओं की जाँच हो सकती है (असली और यादृच्छिक मानों में भेद के लिए कम से कम ${p.min} चाहिए)।`,
    checkRate: (p, s) => `${s.check[p.check as CheckKind]}: ${p.total} में से ${p.validShare} मान सही (${s.random[p.check as CheckKind]}; असली रिकॉर्ड लगभग सभी सही होते हैं)।`,
    impossibleValues: (p) =>
      p.check === 'AGE'
        ? `${p.total} में से ${p.badShare} आयु असंभव हैं (0–120 के बाहर); असली रिकॉर्ड में ऐसी लगभग नहीं होतीं।`
        : `${p.total} में से ${p.badShare} जन्मतिथियाँ असंभव हैं (अवास्तविक तिथि, भविष्य की, या 120 वर्ष से पहले की); असली रिकॉर्ड में ऐसी लगभग नहीं होतीं।`,
    plausibleValues: (p, s) => `${s.check[p.check as CheckKind]}: ${p.total} में से ${p.validShare} मान।`,
    mobileDigitsUniform: (p) => `मोबाइल नंबरों के पहले अंक 0–9 पर यादृच्छिक संख्याओं की तरह समान रूप से फैले हैं (χ² = ${p.chiSquare}, p = ${p.p})।`,
    duplicateRows: (p) => `${p.records} में से ${p.rowsShare} पंक्तियाँ किसी अन्य पंक्ति की हूबहू प्रति हैं (असली अंशों में पूरे रिकॉर्ड शायद ही दोहराए जाते हैं)।`,
    containedIn: (p) => `इसकी ${p.tokens} अलग-अलग पहचान-संख्याओं में से ${p.share} ${p.source} में भी हैं (${p.shared} समान): ये रिकॉर्ड संभवतः उसी नमूने से लिए गए हैं, किसी नए उल्लंघन से नहीं।`,
    alsoContainedIn: (p) => `${p.source} में भी ${p.share} शामिल (${p.shared} समान)।`,
    alsoFabricated: () => 'रिकॉर्ड में स्वयं भी गढ़े जाने के संकेत हैं:',
    consistentGenuine: () => 'असली रिकॉर्ड से संगत। वैधता जाँच किसी लीक को असली सिद्ध नहीं कर सकती: सावधान जालसाज़ जाँच अंक गणना करके बना सकता है।',
    cannotTell: () => 'इन आँकड़ों से असली रिकॉर्ड और यादृच्छिक मानों में भेद नहीं हो सकता: अधिक पहचान-संख्याएँ चाहिए।',
  },
  caveat: (text) => `सावधानी: ${text}`,
  overlap: (a, shared, total, pct, b) => `${a}: इसकी ${total} पहचान-संख्याओं में से ${shared} (${pct}) ${b} में भी हैं।`,
  overlapShared: (a, b, shared) => `${a} और ${b} में ${shared} पहचान-संख्याएँ समान हैं।`,
  noOverlap: 'किसी मद की पहचान-संख्याएँ किसी अन्य मद में नहीं हैं।',
  otherCase: (name, caseId) => `${name} (मामला ${caseId})`,
  totals: (records, items, people) => `${items} मदों में ${records} रिकॉर्ड, लगभग ${people} अलग-अलग व्यक्ति या पहचान-संख्याएँ (कई मदों में आया व्यक्ति एक बार गिना गया है)।`,
  people: 'अलग-अलग व्यक्ति (लगभग)',
};
