// Test-owned network trap, preloaded with `node --require` so it runs first in the main thread AND in
// every worker thread (workers inherit the process's command-line preloads). Every network API records
// the attempt in $OCR_NET_TRAP_LOG and throws. Independent of the OCR module's own guard on purpose.
'use strict';
const fs = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const log = process.env.OCR_NET_TRAP_LOG;
const trap = (what) => function trapped() {
  if (log) fs.appendFileSync(log, `${isMainThread ? 'main' : 'worker'} ${what}\n`);
  throw new Error(`NET_TRAP: ${what}`);
};
globalThis.fetch = trap('fetch');
for (const name of ['node:http', 'node:https']) {
  const m = require(name);
  m.request = trap(`${name}.request`);
  m.get = trap(`${name}.get`);
}
// Local IPC (a Unix socket or Windows pipe path) is not network: tsx's loader, preloaded in every thread
// of the child, talks to its own pipe that way. Anything with a host or port is trapped.
const isIpc = (a) => typeof a === 'string' || (a !== null && typeof a === 'object' && typeof a.path === 'string' && a.port === undefined);
const net = require('node:net');
const allowIpc = (orig, what) => function guarded(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0]; // Socket#connect's internal call passes [options, cb]
  if (isIpc(first)) return orig.apply(this, args);
  return trap(what)();
};
net.connect = allowIpc(net.connect, 'net.connect');
net.createConnection = allowIpc(net.createConnection, 'net.createConnection');
net.Socket.prototype.connect = allowIpc(net.Socket.prototype.connect, 'socket.connect');
require('node:tls').connect = trap('tls.connect');
require('node:dns').lookup = trap('dns.lookup');
