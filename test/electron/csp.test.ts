import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, securityHeaders } from '../../electron/main/csp';
import { mimeTypeFor } from '../../electron/main/mime-types';

const root = path.resolve(import.meta.dirname, '..', '..');
const indexHtml = path.join(root, 'renderer', 'index.html');

const directives = (csp: string) =>
  csp
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

describe('Content-Security-Policy', () => {
  it('allows only the app itself, with no objects, base, framing or form targets', () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d).toContain("default-src 'self'");
    expect(d).toContain("script-src 'self'");
    expect(d).toContain("style-src 'self'");
    expect(d).toContain("img-src 'self' data: blob:");
    expect(d).toContain("connect-src 'self'");
    expect(d).toContain("object-src 'none'");
    expect(d).toContain("base-uri 'none'");
    expect(d).toContain("frame-ancestors 'none'");
    expect(d).toContain("form-action 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:|wss?:/);
  });

  it.skipIf(!fs.existsSync(indexHtml))('is the meta tag of renderer/index.html plus the header-only frame-ancestors', () => {
    const html = fs.readFileSync(indexHtml, 'utf8');
    const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(m, 'renderer/index.html has a CSP meta tag').not.toBeNull();
    // Browsers ignore frame-ancestors in a <meta> tag, so only the header carries it.
    const headerOnly = (d: string) => d.startsWith('frame-ancestors ');
    expect(directives(m![1]!).filter((d) => !headerOnly(d))).toEqual(directives(CONTENT_SECURITY_POLICY).filter((d) => !headerOnly(d)));
  });

  it('goes out with every app:// response, with nosniff and no caching', () => {
    const h = securityHeaders('text/html; charset=utf-8');
    expect(h['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Cache-Control']).toBe('no-store');
    expect(h['Content-Type']).toBe('text/html; charset=utf-8');
  });

  it('types the files a Vite build emits and leaves the rest opaque', () => {
    expect(mimeTypeFor('a/B.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('x.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('x.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('Makefile')).toBe('application/octet-stream');
  });
});
