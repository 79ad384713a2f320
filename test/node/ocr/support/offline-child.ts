// Runs in a child process started with the network trap preloaded (see offline.test.ts): first proves the
// trap reaches worker threads, then runs a real recognition, and prints a summary as JSON.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { OcrEngine } from '../../../../electron/node/ocr';

const probe = await new Promise<string>((resolve) => {
  const w = new Worker("Promise.resolve().then(() => fetch('http://127.0.0.1:9/')).then(() => 'allowed', (e) => e.message).then((m) => require('node:worker_threads').parentPort.postMessage(m))", { eval: true });
  w.once('message', (m: string) => {
    void w.terminate();
    resolve(m);
  });
});

const engine = new OcrEngine();
const r = await engine.recognise(fs.readFileSync(process.argv[2] ?? ''));
await engine.terminate();
process.stdout.write(JSON.stringify({ probe, lines: r.lines.length, hasAadhaarLabel: r.text.includes('Aadhaar:') }));
