// The OCR worker thread's entry script, handed to tesseract.js as a `data:` URL so that it travels inside
// whatever bundle imports this module (no extra file for the build to copy).
//
// Why not tesseract.js's own Node worker script: (1) it reads every language from one `langPath`
// directory, but each @tesseract.js-data package keeps its file in its own folder; (2) it hands the
// engine the global `fetch`, which is how a URL-like or missing `langPath` silently reaches a CDN.
// This script runs the same tesseract.js worker code with an adapter that reads only the listed local
// files and refuses every network API of the thread before tesseract.js is loaded.
import { pathToFileURL } from 'node:url';
import type { OcrAssets } from './assets';
import { guardedWorkerUrl, type NetworkGuard } from './network-guard';

/** Prefix of the error raised by any network attempt inside the OCR worker. */
export const OCR_NETWORK_BLOCKED = 'OCR_NETWORK_BLOCKED';

export const OCR_GUARD: NetworkGuard = { code: OCR_NETWORK_BLOCKED, place: 'the OCR worker; OCR runs offline only' };

/** A `langPath` that is neither a URL nor a real directory: the adapter below maps file names to the
 * configured traineddata files, so tesseract.js never resolves a path (or a URL) of its own. */
export const LOCAL_LANG_ROOT = 'sakshya-ocr-local';

// Plain JavaScript (it runs as an ES module in the worker thread, not through TypeScript).
const WORKER_BODY = String.raw`
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

const require = createRequire(CONFIG.tesseractPackageJson);

// The network guard (network-guard.ts) has already run: blocked(what) makes its refusals.

// tesseract.js's worker with a local-files-only adapter.
const fs = require('node:fs');
const path = require('node:path');
const worker = require('./src/worker-script/index.js');
const getCore = require('./src/worker-script/node/getCore.js');
const gunzip = require('./src/worker-script/node/gunzip.js');

const readLang = async (requested) => {
  const lang = path.basename(String(requested)).replace(/\.traineddata(\.gz)?$/, '');
  const file = Object.prototype.hasOwnProperty.call(CONFIG.langFiles, lang) ? CONFIG.langFiles[lang] : undefined;
  if (!file) throw new Error('OCR language not bundled: ' + lang);
  return fs.promises.readFile(file);
};

worker.setAdapter({
  getCore,
  gunzip,
  fetch: async () => { throw blocked('fetch of OCR data'); },
  readCache: readLang,
  // Nothing is ever written: no traineddata copies in the working directory or a cache folder.
  writeCache: async () => {},
  deleteCache: async () => {},
  checkCache: async () => false,
});

parentPort.on('message', (packet) => {
  worker.dispatchHandlers(packet, (obj) => parentPort.postMessage(obj));
});
`;

/** Builds the worker script for these assets as a `data:` URL for `new Worker(url)`. */
export function ocrWorkerUrl(assets: OcrAssets): URL {
  const config = {
    // createRequire wants a path or a file: URL string; file: URLs survive Windows drive letters.
    tesseractPackageJson: pathToFileURL(assets.tesseractPackageJson).href,
    langFiles: assets.langFiles,
  };
  return guardedWorkerUrl(OCR_GUARD, config, WORKER_BODY);
}
