// The sentences the import path really produces (every file of the hostile corpus, plus an empty file, a
// binary file and a missing one) all reach the screen with a catalogue key, so a Hindi screen can show them
// in Hindi: a parser whose wording drifts from its template in shared/i18n/core-en.ts fails here, not in
// front of an examiner. Hindi is checked on a few sentences by hand.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workbench } from '../../../electron/node/core/workbench';
import { renderCoreText, type CoreMessage } from '../../../shared/i18n/core-text';
import type { EvidenceInfo } from '../../../shared/api/contract';
import { CORPUS } from '../../hardening/support/corpus';
import { tempDir } from '../../support/cli';

let root: string;
let cleanup: () => void;
let wb: Workbench;
let caseId: string;
let items: EvidenceInfo[] = [];
let failed: { name: string; reason?: string; reasonText?: CoreMessage }[] = [];

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir());
  const input = path.join(root, 'in');
  fs.mkdirSync(input);
  wb = new Workbench({ vaultDir: path.join(root, 'v'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  await wb.create('pass', { name: 'Examiner', designation: '', organisation: '' });
  caseId = (await wb.handlers()['case.create']({ title: 'Core sentences' })).id;
  const paths: string[] = [];
  for (const c of CORPUS) paths.push(await c.make(input));
  fs.writeFileSync(path.join(input, 'empty.csv'), '');
  fs.writeFileSync(path.join(input, 'noise.bin'), Buffer.from([0x00, 0x9f, 0x92, 0x96, 0xff, 0x00, 0x13]));
  paths.push(path.join(input, 'empty.csv'), path.join(input, 'noise.bin'), path.join(input, 'missing.csv'));
  const results = await wb.importFiles(caseId, paths);
  failed = results.filter((r) => r.status === 'failed');
  items = await wb.handlers()['evidence.list']({ caseId });
}, 300_000);

afterAll(() => {
  wb.lock();
  cleanup();
});

describe('sentences from the import path', () => {
  it('every status reason, problem and warning the evidence list sends carries a key that renders in Hindi', () => {
    const missing: string[] = [];
    const check = (english: string, msg: CoreMessage | null | undefined) => {
      const hi = msg ? renderCoreText(msg, 'hi') : null;
      if (hi === null) missing.push(english);
    };
    for (const e of items) {
      if (e.reason) check(e.reason, e.reasonText);
      for (const p of e.problems) check(p.reason, p.text);
      for (const w of e.warnings) check(w.message, w.text);
    }
    for (const f of failed) check(f.reason ?? '', f.reasonText);
    expect(missing).toEqual([]);
    // The corpus exercised the paths this test is about.
    expect(items.filter((e) => e.reason).length).toBeGreaterThan(5);
    expect(items.flatMap((e) => e.problems).length).toBeGreaterThan(5);
    expect(items.flatMap((e) => e.warnings).length).toBeGreaterThan(0);
  });

  it('says in Hindi why an empty file and a binary file were stored but not parsed, and why a file failed', () => {
    const byName = (n: string) => items.find((e) => e.name === n)!;
    // The corpus may hold an empty file too: the first empty file is the one kept.
    expect(renderCoreText(items.find((e) => e.format === 'empty')!.reasonText!, 'hi')).toBe('खाली फ़ाइल (0 बाइट)');
    expect(renderCoreText(byName('noise.bin').reasonText!, 'hi')).toBe('बाइनरी सामग्री, समर्थित प्रारूप नहीं (बाइट ऑफ़सेट 0 पर NUL बाइट); 7 बाइट जैसे थे वैसे ही प्राप्त किए गए');
    expect(failed.map((f) => [f.name, renderCoreText(f.reasonText!, 'hi')])).toEqual([['missing.csv', 'फ़ाइल मौजूद नहीं है']]);
  });
});
