// Column labels (shared/pii/column-labels): ordinary headers, in English and Hindi, are shown as written; a
// header row that holds an identifier (valid or not: fail closed) is a record, so its identifiers are masked
// and its other fields are shown only by their place. Every value is fictitious; expected labels are written
// by hand.
import { describe, expect, it } from 'vitest';
import { columnLabels } from '../../../shared/pii/column-labels';
import { verhoeffCheckDigit } from '../../../shared/pii';

// A 12-digit body with its Verhoeff digit, and the same with a wrong one (a forger's, or a typo).
const BODY = '49187265301';
const AADHAAR = BODY + String(verhoeffCheckDigit(BODY));
const WRONG = BODY + String((verhoeffCheckDigit(BODY) + 1) % 10);

describe('columnLabels', () => {
  it('leaves ordinary headers as they are', () => {
    const headers = ['aadhaar', 'Aadhaar Number', 'mobile', 'Mobile No.', 'name', 'full_name', 'city', 'email', 'dob', 'pan', 'pincode', 'age', 'column_3', 'नाम', 'आधार संख्या', 'मोबाइल', 'from', 'date_unixtime'];
    expect(columnLabels(headers)).toEqual(headers);
  });

  it('masks an Aadhaar number used as a column name, with or without a valid check digit', () => {
    expect(columnLabels([AADHAAR, 'x'])[0]).toBe(`XXXX XXXX ${AADHAAR.slice(-4)}`);
    expect(columnLabels([`${WRONG.slice(0, 4)} ${WRONG.slice(4, 8)} ${WRONG.slice(8)}`])[0]).toBe(`XXXX XXXX ${WRONG.slice(-4)}`);
  });

  it('masks a mobile number and an e-mail address used as column names', () => {
    const [phone, mail] = columnLabels(['9876501234', 'lavanya.kulkarni@mailbox.example.in']);
    expect(phone).not.toContain('98765');
    expect(phone!.endsWith('34')).toBe(true);
    expect(mail).not.toContain('lavanya');
    expect(mail).toContain('@mailbox.example.in');
  });

  it('shows the other fields of a header record only by their place (a name or a city never validates)', () => {
    expect(columnLabels(['Lavanya Kulkarni', AADHAAR, 'Pune', '34'])).toEqual(['column_1', `XXXX XXXX ${AADHAAR.slice(-4)}`, 'column_3', 'column_4']);
  });

  it('gives labels that mask alike a suffix, so each column keeps a label of its own', () => {
    expect(columnLabels(['asha.rao@mailbox.example.in', 'anil.rao@mailbox.example.in'])).toEqual(['a***@mailbox.example.in', 'a***@mailbox.example.in_2']);
  });
});
