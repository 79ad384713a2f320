import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { sakshya, tempDir, allFiles } from '../support/cli';
import { fixtureVault } from '../support/vault-fixture';
import { verhoeffCheckDigit } from '../../shared/pii';

const env = { SAKSHYA_PASSPHRASE: 'analysis and reports' };
const hasChromium = fs.existsSync('/usr/bin/chromium');
let root: string;
let cleanup: () => void;
let vault: string;
let caseId: string;
const raw: string[] = [];

function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** Genuine-looking people: valid Aadhaar, mobiles starting 6-9. Fabricated: random digits. */
function sample(n: number, genuine: boolean, seed: number): string {
  const r = rng(seed);
  const d = (k: number) => Array.from({ length: k }, () => Math.floor(r() * 10)).join('');
  const lines = ['name,aadhaar,mobile,dob'];
  for (let i = 0; i < n; i++) {
    const first = String(2 + Math.floor(r() * 8)) + d(10);
    const aadhaar = genuine ? first + verhoeffCheckDigit(first) : String(2 + Math.floor(r() * 8)) + d(11);
    const mobile = genuine ? String(6 + Math.floor(r() * 4)) + d(9) : d(10);
    const name = `Person${seed}x${i} Testname`;
    if (i < 5) raw.push(name, aadhaar, mobile);
    lines.push(`${name},${aadhaar},${mobile},${String(1 + Math.floor(r() * 28)).padStart(2, '0')}-0${1 + Math.floor(r() * 9)}-${1950 + Math.floor(r() * 50)}`);
  }
  return lines.join('\n') + '\n';
}

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir());
  vault = path.join(root, 'v');
  await fixtureVault(vault, env.SAKSHYA_PASSPHRASE, { name: 'Report Examiner', organisation: 'Test Lab' });
  caseId = (await sakshya(['case', 'new', '--vault', vault, '--title', 'Alleged CoWIN leak', '--ref', 'DPB/2026/11'], { env })).stdout.trim();
  const g = path.join(root, 'genuine.csv');
  const f = path.join(root, 'fabricated.csv');
  fs.writeFileSync(g, sample(2000, true, 1));
  fs.writeFileSync(f, sample(2000, false, 2));
  // A sample built from the genuine one's rows.
  const gl = fs.readFileSync(g, 'utf8').trim().split('\n');
  fs.writeFileSync(path.join(root, 'subset.csv'), [gl[0], ...gl.slice(1, 801)].join('\n') + '\n');
  const r = await sakshya(['import', '--vault', vault, '--case', caseId, '--json', g, f, path.join(root, 'subset.csv')], { env });
  expect(r.code, r.stderr).toBe(0);
}, 300_000);
afterAll(() => cleanup());

describe('sakshya analyze', () => {
  it('tells genuine from fabricated samples and finds the recycled subset with the right count', async () => {
    const r = await sakshya(['analyze', '--vault', vault, '--case', caseId, '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout) as { evidence: { evidenceId: string; name: string; verdict: string; reasons: string[] }[]; overlaps: { a: string; b: string; shared: number; aContainsB: boolean; bContainsA: boolean }[] };
    const by = Object.fromEntries(a.evidence.map((e) => [e.name, e]));
    expect(by['genuine.csv']!.verdict).toBe('genuine');
    expect(by['fabricated.csv']!.verdict).toBe('fabricated');
    expect(by['subset.csv']!.verdict).toBe('recycled');
    expect(by['fabricated.csv']!.reasons.join(' ')).toMatch(/\d/);
    const o = a.overlaps.find((x) => [x.a, x.b].sort().join() === [by['genuine.csv']!.evidenceId, by['subset.csv']!.evidenceId].sort().join())!;
    expect(o.a === by['genuine.csv']!.evidenceId ? o.aContainsB : o.bContainsA).toBe(true);
    // 800 people, each with a distinct Aadhaar and mobile: 1,600 identifier tokens in common.
    expect(o.shared).toBe(1600);
    for (const v of raw) expect(r.stdout).not.toContain(v);
  });
});

describe.skipIf(!hasChromium)('sakshya report and verify-report', () => {
  it('writes a PDF with every SHA-256, the Merkle root, the key fingerprint and page numbers, and a bundle that verifies', async () => {
    const out = path.join(root, 'report');
    const r = await sakshya(['report', '--vault', vault, '--case', caseId, '--out', out, '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', path.join(out, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const items = JSON.parse((await sakshya(['evidence', 'list', '--vault', vault, '--case', caseId, '--json'], { env })).stdout) as { sha256: string }[];
    for (const i of items) expect(text.replace(/ /g, '')).toContain(i.sha256);
    const log = JSON.parse((await sakshya(['custody', 'log', '--vault', vault, '--case', caseId, '--json'], { env })).stdout) as { checkpoints: { rootHash: string; keyFingerprint: string }[] };
    const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(report)).toMatch(/[0-9a-f]{64}/);
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text.replace(/ /g, '')).toContain(log.checkpoints[0]!.keyFingerprint.replace('SHA256:', ''));
    for (const v of raw) {
      for (const f of allFiles(out)) expect(fs.readFileSync(f).includes(Buffer.from(v)), `${v} in ${f}`).toBe(false);
      expect(text).not.toContain(v);
    }
    const ok = await sakshya(['verify-report', out]);
    expect(ok.code, ok.stderr).toBe(0);
    for (const name of fs.readdirSync(out)) {
      const copy = path.join(root, `tamper-${name}`);
      fs.cpSync(out, copy, { recursive: true });
      const file = path.join(copy, name);
      const buf = fs.readFileSync(file);
      buf[Math.floor(buf.length / 2)]! ^= 0x01;
      fs.writeFileSync(file, buf);
      const bad = await sakshya(['verify-report', copy]);
      expect(bad.code, name).toBe(3);
      expect(bad.stderr).toContain(name);
    }
  }, 300_000);

  it('exports a redacted CSV with formulas neutralised', async () => {
    const hostile = path.join(root, 'hostile.csv');
    fs.writeFileSync(hostile, 'name,note\nQ Person,"=HYPERLINK(""http://x"",""y"")"\nR Person,<script>alert(1)</script>\n');
    const imp = JSON.parse((await sakshya(['import', '--vault', vault, '--case', caseId, '--json', hostile], { env })).stdout) as { evidenceId: string }[];
    const out = path.join(root, 'export.csv');
    const r = await sakshya(['export', '--vault', vault, '--case', caseId, '--evidence', imp[0]!.evidenceId, '--format', 'csv', '--out', out], { env });
    expect(r.code, r.stderr).toBe(0);
    const csv = fs.readFileSync(out, 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).not.toContain('Q Person');
  });
});
