import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realRoot, resolveAppFile } from '../../electron/main/protocol-path';

// The fixture is built at load time so that whether symlinks work here is known when tests are collected.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-proto-'));
const dir = path.join(tmp, 'renderer');
fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
fs.writeFileSync(path.join(dir, 'assets', 'app-1234.js'), 'export {}');
fs.writeFileSync(path.join(dir, 'assets', 'app.css'), 'body{}');
fs.writeFileSync(path.join(dir, 'assets', 'font.woff2'), 'w');
fs.writeFileSync(path.join(dir, 'assets', 'blob.xyz'), 'x');
fs.writeFileSync(path.join(tmp, 'secret.txt'), 'outside the build');
fs.mkdirSync(path.join(tmp, 'renderer-evil'));
fs.writeFileSync(path.join(tmp, 'renderer-evil', 'x.js'), 'sibling folder with a shared prefix');
let symlinks = true;
try {
  fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(dir, 'assets', 'link.txt'));
} catch {
  symlinks = false; // Windows without the privilege
}
const root = realRoot(dir);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ok = (url: string) => {
  const r = resolveAppFile(url, root);
  if (!r.ok) throw new Error(`${url} refused: ${r.status} ${r.reason}`);
  return r;
};

describe('resolveAppFile: what app:// serves', () => {
  it('serves index.html for the origin root and files under the renderer build with their MIME types', () => {
    expect(ok('app://sakshya/').file).toBe(path.join(root, 'index.html'));
    expect(ok('app://sakshya/index.html').mimeType).toBe('text/html; charset=utf-8');
    expect(ok('app://sakshya/assets/app-1234.js').mimeType).toBe('text/javascript; charset=utf-8');
    expect(ok('app://sakshya/assets/app.css').mimeType).toBe('text/css; charset=utf-8');
    expect(ok('app://sakshya/assets/font.woff2').mimeType).toBe('font/woff2');
    expect(ok('app://sakshya/assets/blob.xyz').mimeType).toBe('application/octet-stream');
  });

  it('ignores query strings and fragments', () => {
    expect(ok('app://sakshya/index.html?x=1#/cases').file).toBe(path.join(root, 'index.html'));
  });

  it('serves only GET and HEAD', () => {
    expect(resolveAppFile('app://sakshya/index.html', root, 'HEAD').ok).toBe(true);
    expect(resolveAppFile('app://sakshya/index.html', root, 'POST')).toMatchObject({ ok: false, status: 405 });
  });
});

describe('resolveAppFile: what app:// refuses', () => {
  const refused = [
    // Plain traversal: the URL parser folds it to /etc/passwd under the root, which does not exist.
    'app://sakshya/../../etc/passwd',
    'app://sakshya/assets/../../secret.txt',
    // Encoded dots and separators only show up after decoding.
    'app://sakshya/%2e%2e/secret.txt',
    'app://sakshya/%2E%2E/%2E%2E/etc/passwd',
    'app://sakshya/.%2e/secret.txt',
    'app://sakshya/assets%2f..%2f..%2fsecret.txt',
    'app://sakshya/..%2fsecret.txt',
    'app://sakshya/..%5csecret.txt',
    'app://sakshya/assets\\..\\..\\secret.txt',
    // Absolute paths and drive letters.
    'app://sakshya//etc/passwd',
    'app://sakshya/%2fetc%2fpasswd',
    'app://sakshya/C:/Windows/win.ini',
    'app://sakshya/C%3a%5cWindows%5cwin.ini',
    'app://sakshya/index.html::$DATA',
    // NUL and control characters.
    'app://sakshya/index.html%00.png',
    'app://sakshya/index.html\0',
    'app://sakshya/index%0a.html',
    // Broken encoding.
    'app://sakshya/%E0%A4%A',
    // Other origins, credentials, ports, schemes.
    'app://evil/index.html',
    'app://sakshya.evil/index.html',
    'app://sakshya@evil/index.html',
    'app://user:pw@sakshya/index.html',
    'app://sakshya:8080/index.html',
    'file:///etc/passwd',
    'https://sakshya/index.html',
    'not a url',
    // A sibling folder that shares the root's name as a prefix.
    'app://sakshya/../renderer-evil/x.js',
    'app://sakshya/%2e%2e/renderer-evil/x.js',
    // Folders and missing files.
    'app://sakshya/assets',
    'app://sakshya/assets/',
    'app://sakshya/missing.js',
  ];
  for (const url of refused) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      const r = resolveAppFile(url, root);
      expect(r.ok).toBe(false);
    });
  }

  it.skipIf(!symlinks)('refuses a symlink inside the build that points outside it', () => {
    expect(resolveAppFile('app://sakshya/assets/link.txt', root)).toMatchObject({ ok: false, status: 403 });
  });

  it('never returns a file outside the root, whatever the input', () => {
    const pieces = ['..', '%2e%2e', '.%2e', '%2f', '%5c', 'assets', 'index.html', '%00', 'C:', '', '.', '%2e'];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) {
      const r = resolveAppFile(`app://sakshya/${a}/${b}/${c}`, root);
      if (r.ok) expect(r.file.startsWith(root + path.sep)).toBe(true);
    }
  });
});
