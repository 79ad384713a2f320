// The PDF reader thread's entry script, a `data:` URL like the OCR worker's (see worker-source.ts), so it
// travels inside whatever bundle imports this module. pdf.js (pdfjs-dist's legacy build, made for Node)
// runs here with its own "worker" loaded into the same thread: a hostile PDF can then be stopped by
// terminating this thread (time limit, cancellation) and cannot exhaust the importing thread's heap.
//
// Before pdf.js loads, the script (1) refuses every network API of the thread (network-guard.ts); (2) refuses
// to load the native @napi-rs/canvas, which pdf.js tries at start-up in Node to render pages; nothing here
// renders, and an inert DOMMatrix stands in for the one pdf.js builds at load; (3) silences pdf.js's console.
// pdf.js's binary helpers (wasm decoders for JPEG 2000, JBIG2 and ICC profiles, CMaps, standard fonts) are
// read with fs from the package's own folders: the URLs given are local directory paths.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { guardedWorkerUrl, type NetworkGuard } from './network-guard';

/** Prefix of the error raised by any network attempt inside the PDF reader thread. */
export const PDF_NETWORK_BLOCKED = 'PDF_NETWORK_BLOCKED';

export const PDF_GUARD: NetworkGuard = { code: PDF_NETWORK_BLOCKED, place: 'the PDF reader; PDFs are read offline only' };

export interface PdfWorkerConfig {
  /** file: URLs of pdf.js's display and worker modules (legacy build). */
  pdfjs: string;
  pdfjsWorker: string;
  /** Local directories (with a trailing '/') of the package's CMaps, standard fonts and wasm decoders. */
  cMapDir: string;
  standardFontDir: string;
  wasmDir: string;
  limits: PdfWorkerLimits;
}

/** What the reader thread itself enforces while it reads a page. */
export interface PdfWorkerLimits {
  /** Images above this many pixels are not decoded at all (pdf.js's own maxImageSize). */
  maxImagePixels: number;
  /** A text layer with fewer visible characters than this does not hold the page's content: a scan. */
  minTextChars: number;
  /** Images narrower or lower than this (pixels) hold no readable text: icons, rules, logos. */
  minImageSide: number;
  /** At most this many images per page (the largest), and at most this many pixels in all. */
  maxImagesPerPage: number;
  maxPagePixels: number;
}

/** Where pdf.js is installed (node_modules beside the bundle, as for the OCR engine's files). */
export function defaultPdfWorkerConfig(limits: PdfWorkerLimits): PdfWorkerConfig {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  // pdf.js wants '/'-terminated strings; forward slashes also work as file paths on Windows.
  const dir = (name: string): string => `${path.join(root, name).split(path.sep).join('/')}/`;
  return {
    pdfjs: pathToFileURL(path.join(root, 'legacy/build/pdf.mjs')).href,
    pdfjsWorker: pathToFileURL(path.join(root, 'legacy/build/pdf.worker.mjs')).href,
    cMapDir: dir('cmaps'),
    standardFontDir: dir('standard_fonts'),
    wasmDir: dir('wasm'),
    limits,
  };
}

// Plain JavaScript (an ES module in the worker thread, not compiled by TypeScript).
//
// Every reply carries `attempts`: how many network calls the thread has refused so far.
// Protocol, one request at a time (the parent waits for each answer, so pages are read only as fast as
// they are used):
//   {op:'open', data:ArrayBuffer}  → {ok:true, pages, encrypted} | {ok:false, error:{name, code}}
//   {op:'page', n}                 → {ok:true, items:[[str, x, y, w, h, eol]], images:[{kind, width,
//                                     height, data:ArrayBuffer, m:[a,b,c,d]}], skipped} | {ok:false, …}
// Images are extracted only from pages whose text layer is thin (scans); `skipped` counts the images
// left out by the limits.
// `m` is the image's placement on the page (device space, y down, page rotation applied). Image data is
// pdf.js's decoded form: kind 1 = 1 bit per pixel (rows padded to bytes; 0 = black, 1 = white; for masks
// 0 = painted), kind 2 = RGB, kind 3 = RGBA.
const WORKER_BODY = String.raw`
import Module from 'node:module';
import { parentPort } from 'node:worker_threads';

// The network guard (network-guard.ts) has already run; it counts the calls it refused in networkAttempts.

// 1. No native modules: pdf.js would load @napi-rs/canvas (an optional dependency) to render pages.
const load = Module._load;
Module._load = function (request, ...rest) {
  if (typeof request === 'string' && (request === 'canvas' || request.startsWith('@napi-rs/'))) {
    throw new Error('native module refused in the PDF reader: ' + request);
  }
  return load.call(this, request, ...rest);
};
globalThis.DOMMatrix ??= class DOMMatrix {};

// 2. pdf.js reports unsupported features on the console; the parent reports what matters.
for (const k of ['log', 'info', 'warn', 'error', 'debug']) console[k] = () => {};

const pdfjs = await import(CONFIG.pdfjs);
globalThis.pdfjsWorker = await import(CONFIG.pdfjsWorker);
const { OPS } = pdfjs;
const L = CONFIG.limits;

let doc = null;

const mul = (m, t) => [
  m[0] * t[0] + m[2] * t[1], m[1] * t[0] + m[3] * t[1],
  m[0] * t[2] + m[2] * t[3], m[1] * t[2] + m[3] * t[3],
  m[0] * t[4] + m[2] * t[5] + m[4], m[1] * t[4] + m[3] * t[5] + m[5],
];

const objOf = (page, id) => new Promise((resolve) => {
  const store = String(id).startsWith('g_') ? page.commonObjs : page.objs;
  const timer = setTimeout(() => resolve(null), 5000);
  store.get(id, (v) => { clearTimeout(timer); resolve(v); });
});

async function pageImages(page, viewport) {
  const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  const found = [];
  const seen = new Set();
  let ctm = viewport.transform.slice();
  const stack = [];
  const add = (img, id, mask) => {
    if (!img || !img.data || typeof img.data === 'string' || img.bitmap || !(img.width > 0) || !(img.height > 0)) return;
    if (id !== undefined) {
      if (seen.has(id)) return;
      seen.add(id);
    }
    const kind = mask ? 1 : img.kind;
    if (kind !== 1 && kind !== 2 && kind !== 3) return;
    found.push({ img, kind, m: ctm.slice(0, 4) });
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i];
    if (fn === OPS.save || fn === OPS.beginGroup) stack.push(ctm);
    else if (fn === OPS.restore || fn === OPS.endGroup || fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = mul(ctm, args);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (args[0]) ctm = mul(ctm, Array.from(args[0]));
    } else if (fn === OPS.paintImageXObject || fn === OPS.paintImageXObjectRepeat) {
      add(await objOf(page, args[0]), args[0], false);
    } else if (fn === OPS.paintInlineImageXObject) {
      add(args[0], undefined, false);
    } else if (fn === OPS.paintImageMaskXObject) {
      const img = args[0];
      if (img && typeof img.data === 'string') add({ ...(await objOf(page, img.data)), width: img.width, height: img.height }, img.data, true);
      else add(img, undefined, true);
    }
  }
  // The largest first, within the page's limits; copies, since pdf.js may reuse an image on other pages.
  const big = found.filter((f) => f.img.width >= L.minImageSide && f.img.height >= L.minImageSide);
  big.sort((x, y) => y.img.width * y.img.height - x.img.width * x.img.height);
  const images = [];
  let pixels = 0;
  for (const { img, kind, m } of big) {
    const px = img.width * img.height;
    if (images.length >= L.maxImagesPerPage || pixels + px > L.maxPagePixels) continue;
    pixels += px;
    const src = img.data;
    const data = src.buffer.slice(src.byteOffset, src.byteOffset + src.byteLength);
    images.push({ kind, width: img.width, height: img.height, data, m });
  }
  return { images, skipped: big.length - images.length };
}

async function handle(msg) {
  if (msg.op === 'open') {
    const task = pdfjs.getDocument({
      data: new Uint8Array(msg.data),
      verbosity: 0,
      isEvalSupported: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      useWorkerFetch: false,
      enableXfa: false,
      stopAtErrors: false,
      maxImageSize: CONFIG.limits.maxImagePixels,
      cMapUrl: CONFIG.cMapDir,
      cMapPacked: true,
      standardFontDataUrl: CONFIG.standardFontDir,
      wasmUrl: CONFIG.wasmDir,
      iccUrl: CONFIG.wasmDir,
    });
    // No onPassword handler: a PDF that needs a password rejects with PasswordException.
    doc = await task.promise;
    const encrypted = !!(await doc.getMetadata().then((m) => m.info?.EncryptFilterName, () => null));
    return { ok: true, pages: doc.numPages, encrypted };
  }
  if (msg.op === 'page') {
    const page = await doc.getPage(msg.n);
    try {
      const viewport = page.getViewport({ scale: 1 });
      const text = await page.getTextContent();
      const items = [];
      for (const it of text.items) {
        if (typeof it.str !== 'string') continue;
        items.push([it.str, it.transform[4], it.transform[5], it.width, it.height || Math.hypot(it.transform[2], it.transform[3]), !!it.hasEOL]);
      }
      const chars = items.reduce((n, it) => n + it[0].replace(/\s/g, '').length, 0);
      const { images, skipped } = chars < L.minTextChars ? await pageImages(page, viewport) : { images: [], skipped: 0 };
      return { ok: true, items, images, skipped, transfer: images.map((i) => i.data) };
    } finally {
      page.cleanup();
    }
  }
  throw new Error('unknown request');
}

parentPort.on('message', (msg) => {
  handle(msg).then(
    (r) => {
      const { transfer, ...rest } = r;
      parentPort.postMessage({ ...rest, attempts: networkAttempts }, transfer ?? []);
    },
    (e) => parentPort.postMessage({ ok: false, attempts: networkAttempts, error: { name: String(e?.name ?? 'Error'), code: e?.code ?? null } }),
  );
});
parentPort.postMessage({ ok: true, ready: true, attempts: networkAttempts });
`;

/** Builds the reader thread's script for this configuration as a `data:` URL for `new Worker(url)`. */
export function pdfWorkerUrl(config: PdfWorkerConfig): URL {
  return guardedWorkerUrl(PDF_GUARD, config, WORKER_BODY);
}
