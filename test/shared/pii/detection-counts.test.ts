// Findings by type on fixed generated samples, pinned to the numbers the detector reported before its
// fast paths (prefilters, fused validators, digit-only shortcuts) were added: a speed-up must not
// add or lose a single finding. If a deliberate detection change moves these numbers, re-derive them
// with that change alone and say why in the commit.
import { describe, expect, it } from 'vitest';
import { PII_TYPES, scanText, type PiiType } from '../../../shared/pii/index';
import { TableDetector } from '../../../electron/node/pii/table-detector';
import { tableCorpus, textCorpus } from '../../fixtures/pii/corpus';
import { Rng } from '../../fixtures/pii/prng';
import * as id from '../../fixtures/pii/identities';

const byName = (counts: readonly number[]): Partial<Record<PiiType, number>> =>
  Object.fromEntries(PII_TYPES.map((t, i) => [t, counts[i]!]).filter(([, n]) => n !== 0));

function countScan(texts: Iterable<string>, context?: string): Partial<Record<PiiType, number>> {
  const counts = new Array<number>(PII_TYPES.length).fill(0);
  for (const t of texts) for (const f of scanText(t, context ? { context } : undefined)) counts[PII_TYPES.indexOf(f.type)]!++;
  return byName(counts);
}

const devanagari = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x966 + Number(d)));

/** A wide leak-like table (more rows than inference reads) with damaged, respelled and negative values. */
function wideTable(seed: number, rows: number): { header: string[]; rows: string[][] } {
  const r = new Rng(seed);
  const header = [
    'id', 'name', 'aadhaar', 'mobile', 'email', 'pan', 'dob', 'address', 'pincode', 'vaccine', 'dose_date',
    'order_no', 'amount', 'notes', 'col_15', 'ref', 'वाहन संख्या', 'gender',
  ];
  const out: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const m = id.mobile(r);
    const a = id.aadhaar(r);
    const row = [
      String(r.pick([i, i * 7919, 100000 + i, r.int(1, 9) + r.digits(r.int(5, 16))])),
      r.chance(0.04) ? r.pick(['N/A', '', 'Ravi 2', 'M']) : id.personName(r, r.chance(0.2)),
      r.chance(0.05) ? r.pick([id.aadhaarBadCheck(r), a.slice(1), `${a}0`, devanagari(a), ` ${a} `, `UID ${a}`]) : id.formatAadhaar(r, a),
      r.chance(0.06) ? r.pick(['', m.slice(1), `0091${m}`, `+91 ${m}`, devanagari(m), `91-${m}`, `call ${m}`]) : id.formatPhone(r, m),
      r.chance(0.05) ? r.pick(['x@y', 'a.b@c.d', id.email(r).toUpperCase(), ` ${id.email(r)}`, 'no email']) : id.email(r),
      r.chance(0.05) ? r.pick([id.panBadHolder(r), id.pan(r).toLowerCase(), `${id.pan(r)}X`, id.gstin(r)]) : id.pan(r),
      r.chance(0.05) ? r.pick(['31-02-1990', `12-03-${r.int(2031, 2040)}`, '1990', devanagari('12/03/1990')]) : id.formatDate(r, id.dob(r)),
      r.chance(0.05) ? r.pick(['', 'Pune', `near ${id.pincode(r)}`]) : id.address(r, r.chance(0.3)).text,
      r.chance(0.05) ? r.pick([`${id.pincode(r).slice(0, 3)} ${id.pincode(r).slice(3)}`, '000000', r.digits(5), devanagari(id.pincode(r))]) : id.pincode(r),
      r.pick(['Covishield', 'Covaxin', 'Sputnik V', '']),
      id.formatDate(r, { y: r.int(2021, 2023), m: r.int(1, 12), d: r.int(1, 28) }),
      r.pick([id.verhoeffOrderNumber(r), `ORD-${r.digits(8)}`, id.timestamp14(r), id.formatCard(r, id.cardNumber(r))]),
      r.pick([String(r.int(100, 999999)), `${r.int(1, 99999)}.${r.digits(2)}`, `Rs ${r.int(100, 99999)}`]),
      r.pick([
        `call me on ${id.formatPhone(r, id.mobile(r))}`, 'no pii here', `PAN ${id.pan(r)}, dob 12/03/1990`, `मोबाइल ${devanagari(m)}`, '',
        `Aadhaar ${id.formatAadhaar(r, id.aadhaar(r))} and VID ${id.formatVid(r, id.vid(r))}`, `mail ${id.email(r)} or ${id.abhaAddress(r)}`,
        `DL ${id.drivingLicence(r)}, vehicle ${id.vehicle(r)}, EPIC ${id.epic(r)}, passport ${id.passport(r)}`,
        `GSTIN ${id.gstin(r)} card ${id.formatCard(r, id.cardNumber(r))}`, `masked ${id.maskedAadhaar(r)} ABHA ${id.abhaNumber(r)}`,
        `beneficiary ${id.cowinRef(r)} ts ${id.timestamp14(r)} otp ${r.digits(6)}`, `born ${r.int(1, 28)} March ${r.int(1950, 2010)}, Pune - ${id.pincode(r)}`,
      ]),
      r.pick([id.aadhaar(r), r.digits(12), id.verhoeffTimestamp12(r), id.epochMillis(r), id.cowinRef(r), r.digits(6), r.digits(10), `91${m}`, id.vid(r)]),
      r.pick([id.cowinRef(r), `REF${r.digits(6)}`, id.aadhaar(r), '']),
      r.chance(0.1) ? id.vehicleBadState(r) : id.vehicle(r),
      r.pick(['M', 'F', 'Male', 'Female', 'Other', 'पुरुष', 'महिला', 'T', 'x']),
    ];
    out.push(row);
  }
  return { header, rows: out };
}

function detectTable(header: string[], rows: string[][], table = 'data'): Partial<Record<PiiType, number>> {
  const det = new TableDetector();
  det.table(table, header);
  for (const row of rows) det.row(table, row, {});
  det.finish();
  return byName(det.counts().findings);
}

describe('findings by type stay what they were', () => {
  it('wide leak-like table (TableDetector)', () => {
    const t = wideTable(4242, 2500);
    expect(detectTable(t.header, t.rows)).toEqual(WIDE_TABLE);
  });

  it('the evaluation corpus tables (TableDetector)', () => {
    const counts = new Array<number>(PII_TYPES.length).fill(0);
    const det = new TableDetector();
    tableCorpus(97, 200).forEach((table, k) => {
      const name = `t${k}`;
      det.table(name, table.columns.map((c) => c.header));
      const n = table.columns[0]!.cells.length;
      for (let i = 0; i < n; i++) det.row(name, table.columns.map((c) => c.cells[i]!.value), {});
    });
    det.finish();
    det.counts().findings.forEach((x, i) => (counts[i]! += x));
    expect(byName(counts)).toEqual(CORPUS_TABLES);
  });

  it('free text: the evaluation corpus documents and the wide table as CSV lines (scanText)', () => {
    expect(countScan(textCorpus(98, 3000).map((d) => d.text))).toEqual(CORPUS_TEXT);
    const t = wideTable(4343, 1500);
    const lines = [t.header.join(','), ...t.rows.map((row) => row.map((v) => (/[",\n]/.test(v) ? `"${v}"` : v)).join(','))];
    expect(countScan([lines.join('\n')])).toEqual(WIDE_TEXT);
    // Cell by cell under each header, as the detector's fallback scans them.
    const perCell: Partial<Record<PiiType, number>> = {};
    t.header.forEach((h, c) => {
      for (const [type, n] of Object.entries(countScan(t.rows.map((row) => row[c]!), h))) {
        perCell[type as PiiType] = (perCell[type as PiiType] ?? 0) + n!;
      }
    });
    expect(perCell).toEqual(WIDE_CELLS);
  });
});

// Captured from the detector as it was before the fast paths.
const WIDE_TABLE = { IN_AADHAAR: 2981, IN_AADHAAR_MASKED: 208, IN_VID: 462, IN_PAN: 2604, IN_GSTIN: 277, IN_PASSPORT: 211, IN_VOTER: 211, IN_VEHICLE_REGISTRATION: 2486, IN_DRIVING_LICENCE: 211, IN_PHONE: 3308, IN_PINCODE: 2648, IN_ABHA: 393, IN_COWIN_REF: 826, EMAIL_ADDRESS: 2612, DATE_OF_BIRTH: 2797, PERSON: 2393, ADDRESS: 2390, GENDER: 2187 };
const CORPUS_TABLES = { IN_AADHAAR: 5570, IN_AADHAAR_MASKED: 4503, IN_VID: 4948, IN_PAN: 3879, IN_GSTIN: 5010, IN_PASSPORT: 5472, IN_VOTER: 5328, IN_VEHICLE_REGISTRATION: 4748, IN_DRIVING_LICENCE: 4678, IN_PHONE: 5371, IN_PINCODE: 5444, IN_ABHA: 9386, IN_COWIN_REF: 4452, EMAIL_ADDRESS: 4939, DATE_OF_BIRTH: 6029, PERSON: 6158, ADDRESS: 5210, GENDER: 4244 };
const CORPUS_TEXT = { IN_AADHAAR: 645, IN_AADHAAR_MASKED: 675, IN_VID: 620, IN_PAN: 676, IN_GSTIN: 612, IN_PASSPORT: 633, IN_VOTER: 573, IN_VEHICLE_REGISTRATION: 641, IN_DRIVING_LICENCE: 701, IN_PHONE: 648, IN_PINCODE: 598, IN_ABHA: 706, IN_COWIN_REF: 638, EMAIL_ADDRESS: 607, DATE_OF_BIRTH: 641 };
const WIDE_TEXT = { IN_AADHAAR: 2584, IN_AADHAAR_MASKED: 141, IN_VID: 304, IN_PAN: 1551, IN_GSTIN: 164, IN_PASSPORT: 116, IN_VOTER: 116, IN_VEHICLE_REGISTRATION: 1450, IN_DRIVING_LICENCE: 116, IN_PHONE: 1941, IN_PINCODE: 1539, IN_ABHA: 258, IN_COWIN_REF: 101, EMAIL_ADDRESS: 1578, DATE_OF_BIRTH: 227 };
const WIDE_CELLS = { IN_AADHAAR: 1800, IN_VID: 304, IN_PHONE: 1962, EMAIL_ADDRESS: 1578, IN_PAN: 1551, IN_GSTIN: 164, DATE_OF_BIRTH: 1671, IN_PINCODE: 3010, IN_AADHAAR_MASKED: 141, IN_PASSPORT: 116, IN_VOTER: 116, IN_VEHICLE_REGISTRATION: 1450, IN_DRIVING_LICENCE: 116, IN_ABHA: 258, IN_COWIN_REF: 461 };
