import { describe, expect, it } from 'vitest';
import { isPiiKey, ocrRecords, parseKeyValue } from '../../../electron/node/ocr';
import { fakeResult } from './support/result';

describe('parseKeyValue', () => {
  it('splits English and Hindi labels from their values', () => {
    expect(parseKeyValue('Name: Ramesh Kumar')).toEqual({ key: 'Name', value: 'Ramesh Kumar', valueStart: 6 });
    expect(parseKeyValue('आधार: 6705 6446 7907')).toMatchObject({ key: 'आधार', value: '6705 6446 7907' });
    expect(parseKeyValue('जन्म तिथि: 02-11-1979')).toMatchObject({ key: 'जन्म तिथि', value: '02-11-1979' });
    expect(parseKeyValue('• Mobile:9876543210')).toMatchObject({ key: 'Mobile', value: '9876543210', valueStart: 9 });
  });

  it('does not take times, bare text or long sentences for labels', () => {
    expect(parseKeyValue('11:42')).toBeUndefined();
    expect(parseKeyValue('CoWIN Info Bot')).toBeUndefined();
    expect(parseKeyValue('Name:')).toBeUndefined();
    expect(parseKeyValue('the bot said this to everyone who asked it yesterday: hello')).toBeUndefined();
  });

  it('knows which labels announce personal data', () => {
    for (const k of ['Name', 'Aadhaar', 'DOB', 'Mobile', 'Passport', 'Address', 'नाम', 'आधार', 'जन्म तिथि', 'मोबाइल', 'पता'])
      expect(isPiiKey(k), k).toBe(true);
    for (const k of ['Status', 'Vaccine', 'Order ID', 'Dose'])
      expect(isPiiKey(k), k).toBe(false);
  });
});

describe('ocrRecords', () => {
  it('gives one row per line and one fields row per reply, starting a new row when a key repeats', () => {
    const r = fakeResult([
      'CoWIN Info Bot',
      'Name: Ramesh Kumar',
      'Aadhaar: 6705 6446 7907',
      '11:42',
      'Name: Sunita Devi',
      'आधार: 4821 3975 6022',
      'Name: Amit Sharma',
      'Aadhaar: 3579 1246 8032',
    ]);
    const [lines, fields] = ocrRecords(r);
    expect(lines).toEqual({ name: 'lines', columns: ['line'], rows: r.lines.map((l) => [l.text]) });
    expect(fields).toEqual({
      name: 'fields',
      columns: ['Name', 'Aadhaar', 'आधार'],
      rows: [
        ['Ramesh Kumar', '6705 6446 7907', ''],
        ['Sunita Devi', '', '4821 3975 6022'],
        ['Amit Sharma', '3579 1246 8032', ''],
      ],
    });
  });

  it('gives an empty fields table for text without labels', () => {
    const [, fields] = ocrRecords(fakeResult(['just some text', 'and more']));
    expect(fields).toEqual({ name: 'fields', columns: [], rows: [] });
  });
});
