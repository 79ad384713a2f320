// digitRunMayReport lets the table detector skip cells of bare digits by their length alone; it must
// never say "nothing" where scanText would report something.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../shared/pii/index';
import { digitRunMayReport } from '../../../shared/pii/scanner';
import { cueOfHeader } from '../../../shared/pii/context';
import { Rng } from '../../fixtures/pii/prng';
import * as id from '../../fixtures/pii/identities';

const CONTEXTS = [
  undefined, 'id', 'pincode', 'PIN', 'pin_code', 'पिन कोड', 'Postal Code', 'zip', 'order_no', 'amount', 'otp', 'aadhaar',
  'mobile', 'vid', 'ref', 'beneficiary_reference_id', 'abha_number', 'address', 'notes', 'col_7', 'card_no', 'dob', 'email',
];

describe('digitRunMayReport', () => {
  const r = new Rng(606);
  const devanagari = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x966 + Number(d)));

  it('says "may report" for every length and header where scanText reports a digits-only text', () => {
    for (let n = 0; n < 40000; n++) {
      const len = r.int(1, 34);
      let v = r.chance(0.3) ? String(r.int(1, 9)) + r.digits(len - 1) : r.digits(len);
      // Shapes that do validate, so the lengths that matter are exercised with findings.
      if (len === 12 && r.chance(0.5)) v = id.aadhaar(r);
      if (len === 6 && r.chance(0.5)) v = id.pincode(r);
      if (len === 10 && r.chance(0.5)) v = id.mobile(r);
      if (len === 16 && r.chance(0.5)) v = id.vid(r);
      if (r.chance(0.1)) v = devanagari(v);
      const ctx = r.pick(CONTEXTS);
      const found = scanText(v, ctx ? { context: ctx } : undefined);
      if (!digitRunMayReport(v.length, ctx ? cueOfHeader(ctx) : 0)) expect(found, `${v} under ${ctx}`).toEqual([]);
    }
  });

  it('is needed: a bare PIN under a PIN header is reported, elsewhere not', () => {
    expect(scanText('411001', { context: 'pincode' }).map((f) => f.type)).toEqual(['IN_PINCODE']);
    expect(digitRunMayReport(6, cueOfHeader('pincode'))).toBe(true);
    expect(scanText('411001', { context: 'id' })).toEqual([]);
    expect(digitRunMayReport(6, cueOfHeader('id'))).toBe(false);
    expect(digitRunMayReport(7, cueOfHeader('pincode'))).toBe(false);
  });
});
