// The one network guard of the worker threads that run third-party readers on evidence (the OCR engine,
// tesseract.js, and the PDF reader, pdf.js). Each thread's entry script is a `data:` URL built here: the
// guard first, then the worker's own body, so every network API of the thread is refused before any
// third-party code is loaded. The two workers used to carry two copies of this text, and they had drifted
// (one counted attempts and refused XMLHttpRequest, the other did not).
//
// What the guard leaves to the worker body: `blocked(what)` makes the error a refusal throws (its message
// starts with the worker's code and its `code` is that code), and `networkAttempts` counts the refusals,
// so a refusal that the caller of fetch swallows is still seen.

/** Who refuses: the error code (a message prefix too) and the words that name the thread in the message. */
export interface NetworkGuard {
  code: string;
  /** "the OCR worker; OCR runs offline only" */
  place: string;
}

// Plain JavaScript (an ES module in the worker thread, not compiled by TypeScript). Builtins are reached with
// process.getBuiltinModule (Node 20.16+), since a data: module has no path for createRequire; these are the
// same objects `require('node:http')` and `import http from 'node:http'` give the third-party code later.
const GUARD = String.raw`
let networkAttempts = 0;
const blocked = (what) => {
  networkAttempts++;
  const e = new Error(GUARD.code + ': ' + what + ' attempted in ' + GUARD.place);
  e.code = GUARD.code;
  return e;
};
{
  const refuse = (what) => function refused() { throw blocked(what); };
  const builtin = (name) => process.getBuiltinModule(name);
  globalThis.fetch = async () => { throw blocked('fetch'); };
  for (const name of ['WebSocket', 'XMLHttpRequest', 'EventSource']) if (name in globalThis) globalThis[name] = refuse(name);
  for (const name of ['node:http', 'node:https']) {
    const m = builtin(name);
    m.request = refuse(name + ' request');
    m.get = refuse(name + ' get');
  }
  builtin('node:http2').connect = refuse('http2.connect');
  const net = builtin('node:net');
  net.connect = refuse('net.connect');
  net.createConnection = refuse('net.createConnection');
  net.Socket.prototype.connect = refuse('socket connect');
  const tls = builtin('node:tls');
  tls.connect = refuse('tls.connect');
  builtin('node:dgram').createSocket = refuse('dgram.createSocket');
  const dns = builtin('node:dns');
  dns.lookup = refuse('dns lookup');
  dns.promises.lookup = async () => { throw blocked('dns lookup'); };
  for (const r of ['resolve', 'resolve4', 'resolve6', 'resolveAny']) {
    dns[r] = refuse('dns ' + r);
    dns.promises[r] = async () => { throw blocked('dns ' + r); };
  }
}
`;

/** The entry script of a guarded worker thread as a `data:` URL for `new Worker(url)`: `CONFIG` (JSON) and
 * `GUARD` are constants of the script, then the guard runs, then `body`. */
export function guardedWorkerUrl(guard: NetworkGuard, config: unknown, body: string): URL {
  const source = `const CONFIG = ${JSON.stringify(config)};\nconst GUARD = ${JSON.stringify(guard)};\n${GUARD}\n${body}`;
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}
