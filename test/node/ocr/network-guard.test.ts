// One network guard for the worker threads that run third-party readers (OCR engine, PDF reader): the same
// guard text starts both workers' scripts, and it refuses every way the code loaded after it could reach the
// network, before a socket opens, counting each refusal. (offline.test.ts and pdf-pages.test.ts run the real
// workers with a hostile stand-in for tesseract.js and pdf.js.)
import net from 'node:net';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { guardedWorkerUrl, type NetworkGuard } from '../../../electron/node/ocr/network-guard';
import { OCR_GUARD, ocrWorkerUrl } from '../../../electron/node/ocr/worker-source';
import { defaultPdfWorkerConfig, PDF_GUARD, pdfWorkerUrl } from '../../../electron/node/ocr/pdf-worker-source';
import { defaultOcrAssets } from '../../../electron/node/ocr/assets';

// Code as a third-party library would run it after the guard: each attempt at the loopback server's port.
const PROBES = String.raw`
import { parentPort } from 'node:worker_threads';
import http from 'node:http';
import https from 'node:https';
import http2 from 'node:http2';
import netm from 'node:net';
import tls from 'node:tls';
import dgram from 'node:dgram';
import dns from 'node:dns';
const port = CONFIG.port;
const url = 'http://127.0.0.1:' + port + '/';
async function attempt(name, fn) {
  try { await fn(); return { name, outcome: 'allowed' }; } catch (e) { return { name, outcome: String(e && e.message) }; }
}
const viaCallback = (fn) => new Promise((resolve, reject) => {
  const r = fn((res) => { res.resume(); resolve(); });
  if (r && r.on) r.on('error', reject);
});
const socket = (connect) => new Promise((resolve, reject) => { const s = connect(() => { s.end(); resolve(); }); s.on('error', reject); });
const results = [
  await attempt('fetch', () => fetch(url)),
  await attempt('http.get', () => viaCallback((cb) => http.get(url, cb))),
  await attempt('http.request', () => viaCallback((cb) => http.request(url, cb).end())),
  await attempt('https.request', () => viaCallback((cb) => https.request('https://127.0.0.1:' + port + '/', cb).end())),
  await attempt('http2.connect', () => new Promise((resolve, reject) => { const c = http2.connect(url); c.on('connect', () => { c.close(); resolve(); }); c.on('error', reject); })),
  await attempt('net.connect', () => socket((cb) => netm.connect(port, '127.0.0.1', cb))),
  await attempt('net.createConnection', () => socket((cb) => netm.createConnection(port, '127.0.0.1', cb))),
  await attempt('new net.Socket().connect', () => new Promise((resolve, reject) => { const s = new netm.Socket(); s.on('error', reject); s.connect(port, '127.0.0.1', () => { s.end(); resolve(); }); })),
  await attempt('tls.connect', () => socket((cb) => tls.connect(port, '127.0.0.1', { rejectUnauthorized: false }, cb))),
  await attempt('dgram.createSocket', () => new Promise((resolve) => { const s = dgram.createSocket('udp4'); s.send('x', port, '127.0.0.1', () => { s.close(); resolve(); }); })),
  await attempt('dns.lookup', () => new Promise((resolve, reject) => dns.lookup('example.org', (e) => (e ? reject(e) : resolve())))),
  await attempt('dns.promises.lookup', () => dns.promises.lookup('example.org')),
  await attempt('dns.resolve4', () => new Promise((resolve, reject) => dns.resolve4('example.org', (e) => (e ? reject(e) : resolve())))),
  await attempt('dns.promises.resolve', () => dns.promises.resolve('example.org')),
];
parentPort.postMessage({ results, attempts: networkAttempts });
`;

async function probe(guard: NetworkGuard): Promise<{ results: { name: string; outcome: string }[]; attempts: number; connections: number; datagrams: number }> {
  let connections = 0;
  let datagrams = 0;
  const server = net.createServer((s) => {
    connections++;
    s.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const { createSocket } = await import('node:dgram');
  const udp = createSocket('udp4').on('message', () => datagrams++);
  await new Promise<void>((resolve) => udp.bind(port, '127.0.0.1', resolve));
  try {
    const w = new Worker(guardedWorkerUrl(guard, { port }, PROBES));
    const reply = await new Promise<{ results: { name: string; outcome: string }[]; attempts: number }>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    });
    await w.terminate();
    return { ...reply, connections, datagrams };
  } finally {
    server.close();
    udp.close();
  }
}

describe('the worker network guard', () => {
  for (const guard of [OCR_GUARD, PDF_GUARD]) {
    it(`refuses every network API with ${guard.code}, counts each refusal, and no connection or datagram arrives`, async () => {
      const r = await probe(guard);
      // Each attempt is refused by its own API's trap (not by a later one, such as the DNS lookup a UDP send makes).
      const refusedAs: Record<string, string> = {
        fetch: 'fetch',
        'http.get': 'node:http get',
        'http.request': 'node:http request',
        'https.request': 'node:https request',
        'http2.connect': 'http2.connect',
        'net.connect': 'net.connect',
        'net.createConnection': 'net.createConnection',
        'new net.Socket().connect': 'socket connect',
        'tls.connect': 'tls.connect',
        'dgram.createSocket': 'dgram.createSocket',
        'dns.lookup': 'dns lookup',
        'dns.promises.lookup': 'dns lookup',
        'dns.resolve4': 'dns resolve4',
        'dns.promises.resolve': 'dns resolve',
      };
      expect(r.results.map((x) => x.name)).toEqual(Object.keys(refusedAs));
      for (const x of r.results) expect(x.outcome, x.name).toBe(`${guard.code}: ${refusedAs[x.name]} attempted in ${guard.place}`);
      expect(r.attempts).toBe(14);
      expect(r.connections).toBe(0);
      expect(r.datagrams).toBe(0);
    });
  }

  it('starts both workers’ scripts, the same text in each, before the worker’s own code', () => {
    const script = (u: URL): string => decodeURIComponent(u.href.slice('data:text/javascript,'.length));
    const ocr = script(ocrWorkerUrl(defaultOcrAssets()));
    const pdf = script(pdfWorkerUrl(defaultPdfWorkerConfig({ maxImagePixels: 1, minTextChars: 1, minImageSide: 1, maxImagesPerPage: 1, maxPagePixels: 1 })));
    const guardOf = (s: string): string => s.slice(s.indexOf('\n', s.indexOf('const GUARD = ')), s.indexOf('globalThis.fetch'));
    expect(ocr).toContain(`const GUARD = ${JSON.stringify(OCR_GUARD)};`);
    expect(pdf).toContain(`const GUARD = ${JSON.stringify(PDF_GUARD)};`);
    expect(guardOf(ocr).length).toBeGreaterThan(100);
    expect(guardOf(ocr)).toBe(guardOf(pdf));
    // The guard runs before any third-party code is loaded: before tesseract.js's worker and pdf.js.
    expect(ocr.indexOf('globalThis.fetch = ')).toBeLessThan(ocr.indexOf("require('./src/worker-script/index.js')"));
    expect(pdf.indexOf('globalThis.fetch = ')).toBeLessThan(pdf.indexOf('await import(CONFIG.pdfjs)'));
  });
});
