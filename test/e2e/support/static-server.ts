// A loopback-only static server for dist/renderer. It sends the renderer's own Content-Security-Policy
// (read from the built index.html, plus frame-ancestors, which only works as a header), exact MIME
// types, nosniff, and no caching. Anything outside the folder is a 404.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export function cspOf(indexHtml: string): string {
  const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(indexHtml);
  if (!m?.[1]) throw new Error('dist/renderer/index.html has no Content-Security-Policy meta tag');
  return `${m[1]}; frame-ancestors 'none'`;
}

export interface StaticServer {
  origin: string;
  csp: string;
  close(): Promise<void>;
}

export async function startStaticServer(root: string): Promise<StaticServer> {
  const rootReal = fs.realpathSync(root);
  const csp = cspOf(fs.readFileSync(path.join(rootReal, 'index.html'), 'utf8'));
  const server = http.createServer((req, res) => {
    const headers = {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end();
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
    if (rel === '/' || rel === '') rel = '/index.html';
    const file = path.resolve(rootReal, `.${rel}`);
    const type = MIME[path.extname(file).toLowerCase()];
    let real: string | null = null;
    try {
      real = fs.realpathSync(file);
    } catch {
      real = null;
    }
    if (!real || !real.startsWith(rootReal + path.sep) || !type || !fs.statSync(real).isFile()) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': fs.statSync(real).size });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(real).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    csp,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
