// Placeholders for a missing value are not personal data: the report's personal-data table neither counts
// them nor shows them as examples (issue #13: "NA", "NULL" and "-" appeared as examples).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Workbench } from '../../../electron/node/core/workbench';
import { personalDataFor } from '../../../electron/node/report/personal-data';
import { listEvidence } from '../../../electron/node/store/evidence';
import { tempDir } from '../../support/cli';

const MISSING = ['NA', 'NULL', '-', 'N/A', 'nil', 'none', 'null', 'n/a'];

let root: string;
let cleanup: () => void;
let wb: Workbench;
let caseId: string;

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir('sakshya-pd-missing-'));
  wb = new Workbench({ vaultDir: path.join(root, 'v'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  await wb.create('pass', { name: 'Examiner', designation: '', organisation: '' });
  caseId = (await wb.handlers()['case.create']({ title: 'Missing values' })).id;
  // 200 people; every 5th has no mobile, written as one of the usual placeholders.
  const lines = ['name,mobile,email'];
  for (let i = 0; i < 200; i++) {
    const mobile = i % 5 === 0 ? MISSING[(i / 5) % MISSING.length]! : `9${String(100000000 + i * 7)}`;
    lines.push(`Person ${String.fromCharCode(65 + (i % 26))} Example,${mobile},${i % 4 === 0 ? '-' : `p${i}@example.org`}`);
  }
  const file = path.join(root, 'people.csv');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  await wb.importFiles(caseId, [file]);
}, 120_000);
afterAll(() => {
  wb?.lock();
  cleanup?.();
});

describe('personal data in the report', () => {
  it('does not count or show missing-value placeholders', () => {
    const e = listEvidence(wb.vault.db, caseId)[0]!;
    const pd = personalDataFor(wb.vault, e);
    const phone = pd.types.find((t) => t.type === 'IN_PHONE')!;
    expect(phone.count).toBe(160);
    const email = pd.types.find((t) => t.type === 'EMAIL_ADDRESS')!;
    expect(email.count).toBe(150);
    for (const t of pd.types) for (const x of t.examples) expect(MISSING.map((m) => m.toLowerCase())).not.toContain(x.trim().toLowerCase());
  });
});
