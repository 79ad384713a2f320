// Nothing sensitive in plain text on disk. A full workflow (create, case, import synthetic people, view,
// reveal, analysis, report, redacted export, lock) runs in a child whose TMPDIR and HOME are folders this test
// owns; then every file in the vault, the temp folder, the home/settings folder, the report and the export is
// searched for every raw name and identifier, in UTF-8, UTF-16LE and UTF-16BE. The count must be zero.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, allFiles, plainTextHits, tempDir } from '../support/cli';
import { needles, syntheticPeople, type Person } from './support/people';

const HAVE_CHROMIUM = fs.existsSync('/usr/bin/chromium');

let root: string;
let cleanup: () => void;
let people: Person[];
const dirs = { input: '', vault: '', tmp: '', home: '', report: '', exportDir: '' };
let facts: { records: number; shownRows: number; columns: (string | null)[]; revealedLength: number; report: string[]; exported: number; verified: boolean; state: string };

beforeAll(() => {
  ({ dir: root, cleanup } = tempDir('sakshya-sweep-'));
  for (const k of Object.keys(dirs) as (keyof typeof dirs)[]) dirs[k] = path.join(root, k);
  for (const d of [dirs.input, dirs.tmp, dirs.home, dirs.exportDir]) fs.mkdirSync(d);
  people = syntheticPeople(40);
  const csv = path.join(dirs.input, 'people.csv');
  fs.writeFileSync(csv, ['name,aadhaar,mobile,email,pan', ...people.map((p) => [p.name, p.aadhaar, p.phone, p.email, p.pan].join(','))].join('\n') + '\n');
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'support', 'workflow-child.ts'), dirs.vault, csv, HAVE_CHROMIUM ? dirs.report : '-', path.join(dirs.exportDir, 'people-redacted.csv')],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 150_000,
      env: { PATH: process.env.PATH, TMPDIR: dirs.tmp, TMP: dirs.tmp, TEMP: dirs.tmp, HOME: dirs.home, XDG_CONFIG_HOME: path.join(dirs.home, '.config'), XDG_CACHE_HOME: path.join(dirs.home, '.cache') },
    },
  );
  if (r.status !== 0) throw new Error(`workflow child failed (${r.status ?? r.signal}): ${r.stderr}`);
  facts = JSON.parse(r.stdout.trim().split('\n').pop()!);
}, 180_000);

afterAll(() => cleanup?.());

describe('plain-text sweep after a full workflow', () => {
  it('ran the whole workflow: imported, shown redacted, revealed one cell, reported, exported, verified, locked', () => {
    expect(facts.records).toBe(people.length);
    expect(facts.shownRows).toBe(people.length);
    expect(facts.columns).toEqual(['PERSON', 'IN_AADHAAR', 'IN_PHONE', 'EMAIL_ADDRESS', 'IN_PAN']);
    expect(facts.revealedLength).toBe(12);
    expect(facts.exported).toBe(people.length);
    expect(facts.verified).toBe(true);
    expect(facts.state).toBe('locked');
    if (HAVE_CHROMIUM) expect(facts.report).toContain('report.pdf');
  });

  it('finds no raw name or identifier in the vault, temp, home/settings, report or export folders', () => {
    const swept = [dirs.vault, dirs.tmp, dirs.home, dirs.report, dirs.exportDir];
    const files = swept.filter((d) => fs.existsSync(d)).flatMap((d) => allFiles(d));
    expect(files.length).toBeGreaterThan(3);
    // The sweep itself works: the input file (outside the swept folders) is full of hits.
    expect(plainTextHits([dirs.input], needles(people)).length).toBeGreaterThanOrEqual(people.length * 5);
    const hits = plainTextHits(swept, needles(people));
    console.log(`HARDENING plain-text hits: ${hits.length} (${files.length} files, ${needles(people).length} needles)`);
    expect(hits).toEqual([]);
  });

  it('the redacted export holds only masked forms', () => {
    const text = fs.readFileSync(path.join(dirs.exportDir, 'people-redacted.csv'), 'utf8');
    const rows = text.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(people.length);
    expect(rows[0]).toMatch(/XXXX XXXX \d{4}/);
    for (const p of people) expect(text).not.toContain(p.aadhaar.slice(0, 8));
  });
});
