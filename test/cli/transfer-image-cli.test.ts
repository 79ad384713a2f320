import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sakshya, tempDir, ROOT } from '../support/cli';
import { fixtureVault } from '../support/vault-fixture';
// What the committed screenshot shows (two of its Aadhaar numbers fail their check and must be masked all the same).
import { SCREENSHOT_PEOPLE as PEOPLE } from '../fixtures/ocr/bot-replies';

let root: string;
let cleanup: () => void;
const A = { SAKSHYA_PASSPHRASE: 'sender vault' };
const B = { SAKSHYA_PASSPHRASE: 'recipient vault' };
let va: string;
let vb: string;
let vc: string;
let caseId: string;

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir());
  [va, vb, vc] = ['a', 'b', 'c'].map((n) => path.join(root, n)) as [string, string, string];
  await fixtureVault(va, A.SAKSHYA_PASSPHRASE, { name: 'Sender Examiner' });
  await fixtureVault(vb, B.SAKSHYA_PASSPHRASE, { name: 'Recipient Examiner' });
  await fixtureVault(vc, B.SAKSHYA_PASSPHRASE, { name: 'Someone Else' });
  caseId = (await sakshya(['case', 'new', '--vault', va, '--title', 'Handover case'], { env: A })).stdout.trim();
  const f = path.join(root, 'rows.csv');
  fs.writeFileSync(f, 'name,mobile\nQ Person,9876543210\n');
  const img = path.join(ROOT, 'test/fixtures/ocr/bot-replies-1280x720.png');
  const r = await sakshya(['import', '--vault', va, '--case', caseId, '--json', f, img], { env: A });
  expect(r.code, r.stderr).toBe(0);
}, 600_000);
afterAll(() => cleanup());

describe('custody transfer between vaults', () => {
  it('hands a case over: the recipient verifies it and both custodians are in its log', async () => {
    const keyB = path.join(root, 'b.pub');
    expect((await sakshya(['examiner', 'key', '--vault', vb, '--out', keyB], { env: B })).code).toBe(0);
    const pkg = path.join(root, 'case.skp');
    const ex = await sakshya(['case', 'export', '--vault', va, '--case', caseId, '--to', keyB, '--out', pkg], { env: A });
    expect(ex.code, ex.stderr).toBe(0);
    expect(fs.readFileSync(pkg).includes(Buffer.from('9876543210'))).toBe(false);
    const keyA = path.join(root, 'a.pub');
    expect((await sakshya(['examiner', 'key', '--vault', va, '--out', keyA], { env: A })).code).toBe(0);
    const rc = await sakshya(['case', 'receive', '--vault', vb, '--from', keyA, pkg], { env: B });
    expect(rc.code, rc.stderr).toBe(0);
    const v = await sakshya(['verify', '--vault', vb, '--case', caseId, '--json'], { env: B });
    expect(v.code, v.stderr).toBe(0);
    const log = (await sakshya(['custody', 'log', '--vault', vb, '--case', caseId], { env: B })).stdout;
    expect(log).toMatch(/Sender Examiner .*case\.sent/);
    expect(log).toMatch(/Recipient Examiner .*case\.received/);
    const again = await sakshya(['case', 'receive', '--vault', vb, '--from', keyA, pkg], { env: B });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already in this vault/);
  });

  it('refuses a package changed in transit, or sealed for another key, with a clear message', async () => {
    const pkg = path.join(root, 'case.skp');
    const bad = path.join(root, 'changed.skp');
    const buf = fs.readFileSync(pkg);
    buf[buf.length - 100]! ^= 0x55;
    fs.writeFileSync(bad, buf);
    const r1 = await sakshya(['case', 'receive', '--vault', vc, pkg], { env: B });
    expect(r1.code).toBe(3);
    expect(r1.stderr).toMatch(/sealed for examiner key .* not for this vault's key/);
    // A fresh copy of B's vault state is not needed: the tampered package fails before anything is imported.
    const keyC = path.join(root, 'c.pub');
    await sakshya(['examiner', 'key', '--vault', vc, '--out', keyC], { env: B });
    const forC = path.join(root, 'for-c.skp');
    expect((await sakshya(['case', 'export', '--vault', va, '--case', caseId, '--to', keyC, '--out', forC], { env: A })).code).toBe(0);
    const cbuf = fs.readFileSync(forC);
    cbuf[cbuf.length - 100]! ^= 0x55;
    fs.writeFileSync(bad, cbuf);
    const keyA = path.join(root, 'a.pub');
    const r2 = await sakshya(['case', 'receive', '--vault', vc, '--from', keyA, bad], { env: B });
    expect(r2.code).toBe(3);
    expect(r2.stderr).toMatch(/altered|damaged/);
    const list = JSON.parse((await sakshya(['case', 'list', '--vault', vc, '--json'], { env: B })).stdout) as unknown[];
    expect(list).toEqual([]);
  });
});

describe('image evidence', () => {
  it('reads a screenshot by OCR, shows its text redacted, and writes a redacted PNG', async () => {
    const list = JSON.parse((await sakshya(['evidence', 'list', '--vault', va, '--case', caseId, '--json'], { env: A })).stdout) as { evidenceId: string; format: string; records: number }[];
    const img = list.find((e) => e.format === 'image')!;
    expect(img.records).toBeGreaterThan(3);
    const rows = await sakshya(['rows', '--vault', va, '--case', caseId, '--evidence', img.evidenceId, '--limit', '100'], { env: A });
    expect(rows.code, rows.stderr).toBe(0);
    expect(rows.stdout).toMatch(/Aadhaar/);
    for (const p of PEOPLE) {
      expect(rows.stdout).not.toContain(p.aadhaar);
      expect(rows.stdout).not.toContain(p.phone);
    }
    const out = path.join(root, 'redacted.png');
    const r = await sakshya(['image', 'redact', '--vault', va, '--case', caseId, '--evidence', img.evidenceId, '--out', out], { env: A });
    expect(r.code, r.stderr).toBe(0);
    const png = fs.readFileSync(out);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.includes(Buffer.from('tEXt'))).toBe(false);
    expect(png.includes(Buffer.from('eXIf'))).toBe(false);
  });
});
