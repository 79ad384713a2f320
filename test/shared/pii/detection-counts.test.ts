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
const WIDE_TABLE = { IN_AADHAAR: 2966, IN_AADHAAR_MASKED: 229, IN_VID: 462, IN_PAN: 2620, IN_GSTIN: 236, IN_PASSPORT: 194, IN_VOTER: 194, IN_VEHICLE_REGISTRATION: 2438, IN_DRIVING_LICENCE: 194, IN_PHONE: 3297, IN_PINCODE: 2692, IN_ABHA: 442, IN_COWIN_REF: 803, EMAIL_ADDRESS: 2638, DATE_OF_BIRTH: 2814, PERSON: 2402, ADDRESS: 2376, GENDER: 2214 };
const CORPUS_TABLES = { IN_AADHAAR: 5326, IN_AADHAAR_MASKED: 5452, IN_VID: 5043, IN_PAN: 4521, IN_GSTIN: 5598, IN_PASSPORT: 5220, IN_VOTER: 5471, IN_VEHICLE_REGISTRATION: 4861, IN_DRIVING_LICENCE: 4458, IN_PHONE: 5224, IN_PINCODE: 5458, IN_ABHA: 11546, IN_COWIN_REF: 3178, EMAIL_ADDRESS: 4949, DATE_OF_BIRTH: 5530, PERSON: 5532, ADDRESS: 5874, GENDER: 5625 };
const CORPUS_TEXT = { IN_AADHAAR: 793, IN_AADHAAR_MASKED: 648, IN_VID: 776, IN_PAN: 824, IN_GSTIN: 863, IN_PASSPORT: 831, IN_VOTER: 627, IN_VEHICLE_REGISTRATION: 620, IN_DRIVING_LICENCE: 648, IN_PHONE: 625, IN_PINCODE: 608, IN_ABHA: 666, IN_COWIN_REF: 617, EMAIL_ADDRESS: 636, DATE_OF_BIRTH: 643 };
const WIDE_TEXT = { IN_AADHAAR: 2588, IN_AADHAAR_MASKED: 128, IN_VID: 259, IN_PAN: 1573, IN_GSTIN: 139, IN_PASSPORT: 118, IN_VOTER: 118, IN_VEHICLE_REGISTRATION: 1475, IN_DRIVING_LICENCE: 118, IN_PHONE: 1926, IN_PINCODE: 1563, IN_ABHA: 251, IN_COWIN_REF: 125, EMAIL_ADDRESS: 1583, DATE_OF_BIRTH: 245 };
const WIDE_CELLS = { IN_AADHAAR: 1792, IN_VID: 259, IN_PHONE: 1946, EMAIL_ADDRESS: 1583, IN_PAN: 1573, IN_GSTIN: 139, DATE_OF_BIRTH: 1682, IN_PINCODE: 3031, IN_AADHAAR_MASKED: 128, IN_PASSPORT: 118, IN_VOTER: 118, IN_VEHICLE_REGISTRATION: 1475, IN_DRIVING_LICENCE: 118, IN_ABHA: 251, IN_COWIN_REF: 485 };
