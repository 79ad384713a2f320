import { describe, expect, it } from 'vitest';
import { scanText, verhoeffValid, verhoeffCheckDigit, luhnValid } from '../../../shared/pii/index';
import { aadhaarFrom, found, typesIn } from './helpers';

const AADHAAR = aadhaarFrom('23456789012');

describe('Aadhaar detection', () => {
  it('finds a plain, a space-grouped and a hyphen-grouped Aadhaar', () => {
    const grouped = `${AADHAAR.slice(0, 4)} ${AADHAAR.slice(4, 8)} ${AADHAAR.slice(8)}`;
    expect(found(`UID ${AADHAAR}`)).toEqual([['IN_AADHAAR', AADHAAR]]);
    expect(found(`Aadhaar: ${grouped}`)).toEqual([['IN_AADHAAR', grouped]]);
    expect(found(`आधार ${grouped.replace(/ /g, '-')}`)).toEqual([['IN_AADHAAR', grouped.replace(/ /g, '-')]]);
  });
  it('does not report an unlabelled 12-digit number failing Verhoeff; a labelled one is reported as not validated (fail closed)', () => {
    const bad = AADHAAR.slice(0, 11) + String((Number(AADHAAR[11]) + 1) % 10);
    expect(typesIn(`id ${bad}`)).toEqual([]);
    expect(scanText(`Aadhaar: ${bad}`).map((f) => [f.type, f.validated])).toEqual([['IN_AADHAAR', false]]);
  });
  it('does not report numbers starting with 0 or 1', () => {
    const one = aadhaarFrom('13456789012');
    expect(typesIn(`id ${one}`)).toEqual([]);
  });
});

describe('Verhoeff-valid numbers that are not Aadhaar', () => {
  it('ignores compact timestamps (yyyyMMddHHmm) even when they pass Verhoeff', () => {
    let ts = '';
    for (let m = 0; m < 60 && !ts; m++) {
      const t = `20230612${String(10 + (m % 14)).padStart(2, '0')}${String(m).padStart(2, '0')}`;
      if (verhoeffValid(t)) ts = t;
    }
    expect(verhoeffValid(ts)).toBe(true);
    expect(typesIn(`logged at ${ts}`)).toEqual([]);
    expect(typesIn(`${ts}`)).toEqual([]);
  });
  it('ignores 14-digit timestamps and epoch milliseconds', () => {
    expect(typesIn('created 20230612103045')).toEqual([]);
    expect(typesIn('ts=1686565845123')).toEqual([]);
  });
  it('ignores order, transaction, invoice and account numbers', () => {
    for (const label of ['Order #', 'Order ID: ', 'Txn ', 'Invoice No. ', 'A/c no. ', 'ऑर्डर संख्या ']) {
      expect(typesIn(`${label}${AADHAAR}`), label).toEqual([]);
    }
  });
  it('ignores a card number whose first 12 digits pass Verhoeff', () => {
    let card = '';
    for (let c = 0; c < 100 && !card; c++) {
      const candidate = `${AADHAAR}${String(c).padStart(3, '0')}`;
      for (let d = 0; d < 10; d++) if (!card && luhnValid(candidate + d)) card = candidate + d;
    }
    expect(card).toHaveLength(16);
    expect(verhoeffValid(card.slice(0, 12))).toBe(true);
    const grouped = card.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(typesIn(`card ${card}`)).toEqual([]);
    expect(typesIn(`paid with ${grouped}`)).not.toContain('IN_AADHAAR');
    expect(typesIn(`Card No: ${grouped.slice(0, 14)}`)).toEqual([]);
  });
  it('does not take 12 digits out of a longer digit run', () => {
    expect(typesIn(`${AADHAAR}7`)).toEqual([]);
    expect(typesIn(`9${AADHAAR}`)).toEqual([]);
    expect(typesIn(`x${AADHAAR}`)).toEqual([]);
  });
  it('reports a +91 mobile number as a phone, never as an Aadhaar', () => {
    // 91 + a mobile number, chosen so that the 12 digits pass Verhoeff.
    let n = '';
    for (let i = 0; i < 100 && !n; i++) {
      const m = `98765432${String(i).padStart(2, '0')}`;
      if (verhoeffValid(`91${m}`)) n = m;
    }
    expect(verhoeffValid(`91${n}`)).toBe(true);
    expect(typesIn(`+91${n}`)).toEqual(['IN_PHONE']);
    expect(typesIn(`+91 ${n.slice(0, 5)} ${n.slice(5)}`)).toEqual(['IN_PHONE']);
    expect(typesIn(`Mobile: 91${n}`)).toEqual(['IN_PHONE']);
  });
  it('ignores phone numbers with other country codes', () => {
    expect(typesIn('+1 415 555 0123')).toEqual([]);
    expect(typesIn('+44 20 7946 0958')).toEqual([]);
    expect(typesIn(`+1${AADHAAR.slice(2)}`)).toEqual([]);
  });
  it('reports 14-digit CoWIN and ABHA reference IDs as such, never as Aadhaar', () => {
    const body = `${verhoeffCheckDigit('1')}${AADHAAR}0`.slice(0, 14);
    expect(typesIn(`Beneficiary Reference ID: ${body}`)).toEqual(['IN_COWIN_REF']);
    expect(typesIn(`ABHA number 91-${AADHAAR.slice(0, 4)}-${AADHAAR.slice(4, 8)}-${AADHAAR.slice(8)}`)).toEqual(['IN_ABHA']);
    expect(typesIn(`Ref: ${AADHAAR}`)).toEqual([]);
  });
});
