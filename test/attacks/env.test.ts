// Issue #14, attack 8: the CLI runs with SAKSHYA_PASSPHRASE in its environment, and the Chromium it starts
// to print a report inherited all of it: anyone who can read /proc/<pid>/environ of that browser (the
// same user, root, a crash dump) read the vault passphrase for as long as the print ran. Children now
// get an allow-listed environment (electron/node/child-env.ts).
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ChromiumPdfPrinter, chromiumAvailable } from '../../electron/node/report/pdf-chromium';
import { childEnv, childMayInherit } from '../../electron/node/child-env';
import { ROOT } from '../support/cli';

const SECRET = 'Attack-eight passphrase 7f3c9e21';
const CLOUD = 'cloud-token-5d2a';

/** Every process below `pid` (Linux /proc), read from each process's stat line. */
function descendants(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      // pid (comm) state ppid ...: comm may hold spaces and parentheses, so split after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(d), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = [];
  for (const p of parent.keys()) {
    let q = parent.get(p);
    while (q !== undefined && q > 1) {
      if (q === pid) {
        out.push(p);
        break;
      }
      q = parent.get(q);
    }
  }
  return out;
}

describe('childEnv: what a child process or worker may inherit', () => {
  const env = {
    PATH: '/usr/bin',
    HOME: '/home/x',
    TMPDIR: '/tmp',
    LANG: 'en_IN.UTF-8',
    LC_ALL: 'C.UTF-8',
    TZ: 'Asia/Kolkata',
    SAKSHYA_PASSPHRASE: SECRET,
    SAKSHYA_NEW_PASSPHRASE: 'next',
    AWS_SECRET_ACCESS_KEY: CLOUD,
    GITHUB_TOKEN: 'ghp_x',
    https_proxy: 'http://user:pw@proxy:3128',
    NODE_OPTIONS: '--require /tmp/evil.js',
    SystemRoot: 'C:\\Windows',
    Path: 'C:\\Windows',
  };
  it('keeps only the allow-list (paths, home, temp, locale, Windows system folders)', () => {
    expect(childEnv(env)).toEqual({ PATH: '/usr/bin', HOME: '/home/x', TMPDIR: '/tmp', LANG: 'en_IN.UTF-8', LC_ALL: 'C.UTF-8', TZ: 'Asia/Kolkata', SystemRoot: 'C:\\Windows', Path: 'C:\\Windows' });
  });
  it('never passes a passphrase, a token, proxy credentials or NODE_OPTIONS', () => {
    for (const k of ['SAKSHYA_PASSPHRASE', 'SAKSHYA_NEW_PASSPHRASE', 'AWS_SECRET_ACCESS_KEY', 'GITHUB_TOKEN', 'https_proxy', 'NODE_OPTIONS', 'SAKSHYA_DEBUG', 'ELECTRON_RUN_AS_NODE']) {
      expect(childMayInherit(k)).toBe(false);
    }
  });
  it('every worker thread the core starts is given childEnv()', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(path.join(ROOT, 'electron', 'node'));
    // Code only: a comment may mention `new Worker(url)` in passing.
    const code = (f: string) => fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const sites = files.flatMap((f) => [...code(f).matchAll(/new Worker\((?!\))([^;]*)\);/g)].map((m) => ({ f: path.relative(ROOT, f), call: m[1]! })));
    expect(sites.length).toBeGreaterThanOrEqual(4);
    for (const s of sites) expect(s.call, s.f).toContain('env: childEnv()');
  });
});

describe.skipIf(!chromiumAvailable() || process.platform !== 'linux')('attack 8: the report printer Chromium does not see the passphrase', () => {
  const saved = { p: process.env.SAKSHYA_PASSPHRASE, c: process.env.AWS_SECRET_ACCESS_KEY };
  afterAll(() => {
    if (saved.p === undefined) delete process.env.SAKSHYA_PASSPHRASE;
    else process.env.SAKSHYA_PASSPHRASE = saved.p;
    if (saved.c === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
    else process.env.AWS_SECRET_ACCESS_KEY = saved.c;
  });

  it('no process of the printing Chromium has SAKSHYA_PASSPHRASE or another secret in /proc/<pid>/environ', async () => {
    process.env.SAKSHYA_PASSPHRASE = SECRET;
    process.env.AWS_SECRET_ACCESS_KEY = CLOUD;
    const printer = new ChromiumPdfPrinter();
    try {
      const pdf = await printer.printPdf('<!DOCTYPE html><title>t</title><p>Report page</p>', { headerTemplate: '<span></span>', footerTemplate: '<span></span>' });
      expect(Buffer.from(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // The browser stays up between prints (the printer reuses it), so its processes are there to read.
      const procs = descendants(process.pid).filter((p) => {
        try {
          return fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('chrom');
        } catch {
          return false;
        }
      });
      expect(procs.length).toBeGreaterThan(0);
      let readable = 0;
      let leaks = 0;
      let vars = 0;
      for (const p of procs) {
        let environ: string;
        try {
          environ = fs.readFileSync(`/proc/${p}/environ`, 'utf8');
        } catch {
          continue; // ended, or not ours to read
        }
        readable++;
        vars = Math.max(vars, environ.split('\0').filter(Boolean).length);
        if (environ.includes(SECRET) || environ.includes(CLOUD) || environ.includes('SAKSHYA_PASSPHRASE=')) leaks++;
      }
      expect(readable).toBeGreaterThan(0);
      expect(leaks).toBe(0);
      console.log(`attack 8 (env): ${readable} Chromium processes' /proc/<pid>/environ read during a print, ${leaks} hold the passphrase or the cloud token; at most ${vars} variables each (the test process has ${Object.keys(process.env).length})`);
    } finally {
      await printer.close();
    }
 }, 600_000);
});

describe('takePassphrasesFromEnvironment: the CLI keeps its passphrases out of the live environment', () => {
  it('returns them in a copy and removes them from the live environment, leaving the rest', async () => {
    const { takePassphrasesFromEnvironment } = await import('../../electron/node/child-env');
    const live: NodeJS.ProcessEnv = { PATH: '/usr/bin', SAKSHYA_PASSPHRASE: SECRET, SAKSHYA_NEW_PASSPHRASE: 'next one', OTHER: 'x' };
    const copy = takePassphrasesFromEnvironment(live);
    expect(copy).toEqual({ PATH: '/usr/bin', SAKSHYA_PASSPHRASE: SECRET, SAKSHYA_NEW_PASSPHRASE: 'next one', OTHER: 'x' });
    expect(live).toEqual({ PATH: '/usr/bin', OTHER: 'x' });
  });
});
