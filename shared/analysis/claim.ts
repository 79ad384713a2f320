// The claim check: what a leak is said to be (by a seller, a news report or a complainant) against what
// the sample shows. Fields are matched by the type the PII engine inferred, not by header spelling.
import { countWithin } from './ages';
import { normaliseColumnName } from './fingerprint';
import { fmtCount, fmtPct } from './format';
import { wilson } from './stats';
import { MIN_VALUES } from './verdict';
import type { AnalysisResult, Claim, ClaimCheck, ClaimStatus, EvidenceAnalysis, Figures } from './types';

/** Plain words for fields → the type a column of that field is inferred as. */
const FIELD_TYPES: [string[], string][] = [
  [['name', 'names', 'fullname', 'nam', 'नाम'], 'PERSON'],
  [['aadhaar', 'aadhar', 'adhaar', 'uid', 'aadhaarnumber', 'आधार'], 'IN_AADHAAR'],
  [['vid', 'virtualid'], 'IN_VID'],
  [['pan', 'pancard', 'pannumber'], 'IN_PAN'],
  [['gst', 'gstin'], 'IN_GSTIN'],
  [['passport', 'passportnumber', 'पासपोर्ट'], 'IN_PASSPORT'],
  [['voter', 'voterid', 'epic'], 'IN_VOTER'],
  [['dl', 'drivinglicence', 'drivinglicense', 'licence', 'license'], 'IN_DRIVING_LICENCE'],
  [['vehicle', 'vehicleregistration', 'rc'], 'IN_VEHICLE_REGISTRATION'],
  [['phone', 'mobile', 'mobilenumber', 'phonenumber', 'contact', 'mob', 'मोबाइल', 'फोन'], 'IN_PHONE'],
  [['pin', 'pincode', 'postcode', 'postalcode'], 'IN_PINCODE'],
  [['email', 'emailaddress', 'mail'], 'EMAIL_ADDRESS'],
  [['dob', 'dateofbirth', 'birthdate', 'birth', 'yearofbirth', 'जन्मतिथि'], 'DATE_OF_BIRTH'],
  [['address', 'addr', 'पता'], 'ADDRESS'],
  [['gender', 'sex', 'लिंग'], 'GENDER'],
  [['abha', 'healthid'], 'IN_ABHA'],
  [['cowin', 'beneficiary', 'beneficiaryid', 'referenceid', 'cowinid'], 'IN_COWIN_REF'],
  [['age', 'उम्र', 'आयु'], 'AGE'],
];

function typeOfField(field: string): string | null {
  const n = normaliseColumnName(field);
  for (const [words, type] of FIELD_TYPES) if (words.includes(n)) return type;
  return null;
}

function combine(xs: ClaimStatus[]): ClaimStatus {
  if (xs.includes('inconsistent')) return 'inconsistent';
  return xs.includes('consistent') ? 'consistent' : 'unknown';
}

export function checkClaim(claim: Claim, f: Figures): ClaimCheck {
  const notes: string[] = [];
  const statuses: ClaimStatus[] = [];
  const columns = f.tables.flatMap((t) => t.columns.map((c) => ({ ...c, table: t.name })));
  const label = (c: { name: string; table: string }) => (f.tables.length > 1 ? `${c.table}.${c.name}` : c.name);

  const fields = (claim.fields ?? []).map((field) => {
    const type = typeOfField(field);
    let matches = columns.filter((c) => (type ? c.type === type : false) || normaliseColumnName(c.name) === normaliseColumnName(field));
    // An age can be read from a date of birth; a date of birth cannot be read from an age.
    if (type === 'AGE' && matches.length === 0) matches = columns.filter((c) => c.type === 'DATE_OF_BIRTH');
    const present = matches.length > 0;
    if (!type && !present) notes.push(`The claimed field "${field}" is not a kind of data Sakshya recognises and no column has that name.`);
    else if (!present) notes.push(`The claim lists "${field}", but no column of the sample holds it.`);
    statuses.push(present ? 'consistent' : type ? 'inconsistent' : 'unknown');
    return { field, type, present, columns: matches.map(label) };
  });

  let recordCount: ClaimCheck['recordCount'] = null;
  if (claim.recordCount !== undefined) {
    const claimed = claim.recordCount;
    const status: ClaimStatus = f.records <= claimed ? 'consistent' : 'inconsistent';
    recordCount = { claimed, inSample: f.records, status };
    statuses.push(status);
    notes.push(
      status === 'consistent'
        ? `The sample has ${fmtCount(f.records)} records against ${fmtCount(claimed)} claimed (${fmtPct(f.records / Math.max(claimed, 1))}). A sample smaller than the claimed total is normal: sellers show a part, and it neither confirms nor refutes the total.`
        : `The sample has ${fmtCount(f.records)} records, more than the ${fmtCount(claimed)} claimed: the claim understates the data, or the sample mixes other sources.`,
    );
  }

  let group: ClaimCheck['group'] = null;
  if (claim.group) {
    const g = claim.group;
    const { within, total } = countWithin(f.ages, g.minAge, g.maxAge);
    const share = total ? within / total : 0;
    const w = wilson(within, total);
    // A group claim says (nearly) everyone is in the range: judged against 90%, by interval.
    const status: ClaimStatus = total < MIN_VALUES ? 'unknown' : w.high >= 0.9 ? 'consistent' : 'inconsistent';
    group = { label: g.label, minAge: g.minAge, maxAge: g.maxAge, within, withAge: total, share, status };
    statuses.push(status);
    notes.push(
      total < MIN_VALUES
        ? `Only ${fmtCount(total)} records give an age, too few to test the "${g.label}" group claim.`
        : `${fmtPct(share)} of ${fmtCount(total)} records with an age are ${g.minAge}–${g.maxAge} ("${g.label}")${status === 'consistent' ? ', consistent with the claim' : ', fewer than a group claim implies'}. Ages are counted as of the analysis date; set it to the date of the alleged leak.`,
    );
  }

  if (claim.source) notes.push(`The claimed source ("${claim.source}") cannot be confirmed from the sample alone; compare the schema fingerprint ${f.schemaFingerprint} with a sample known to come from that system.`);
  return { fields, recordCount, group, status: combine(statuses), notes };
}

function isEmptyClaim(c: Claim): boolean {
  return !c.source && c.recordCount === undefined && !(c.fields && c.fields.length > 0) && !c.group;
}

/** The analysis with each item's claim checked as it stands now, against the figures the analysis kept: a
 * claim recorded or edited after the run is judged at once, without reading the evidence again. An empty
 * claim (every field cleared) is no claim. Items of a stored analysis that predates the figures the check
 * needs keep what the run found. */
export function withCurrentClaims(result: AnalysisResult, claims: Readonly<Record<string, Claim>>): AnalysisResult {
  return {
    ...result,
    evidence: result.evidence.map((e): EvidenceAnalysis => {
      if (!Array.isArray(e.figures.tables) || !Array.isArray(e.figures.ages)) return e;
      const claim = claims[e.evidenceId];
      const out: EvidenceAnalysis = { ...e };
      delete out.claim;
      if (claim && !isEmptyClaim(claim)) out.claim = checkClaim(claim, e.figures);
      return out;
    }),
  };
}
