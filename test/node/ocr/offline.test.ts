// OCR never touches the network: (1) a full recognition in a process whose every thread has a test-owned
// network trap completes with no attempt recorded; (2) the OCR worker's own guard refuses every network
// API to the code it loads, before any socket opens.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { OCR_NETWORK_BLOCKED } from '../../../electron/node/ocr';
import { defaultOcrAssets } from '../../../electron/node/ocr/assets';
import { ocrWorkerUrl } from '../../../electron/node/ocr/worker-source';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const screenshot = path.join(root, 'test/fixtures/ocr/bot-replies-1280x720.png');

describe('OCR offline', () => {
  it('recognises a screenshot with every thread of the process trapping network calls, and none is made', async () => {
    const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-ocr-net-')), 'attempts.log');
    const out = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        ['--require', path.join(here, 'support/net-trap.cjs'), '--import', 'tsx', path.join(here, 'support/offline-child.ts'), screenshot],
        { cwd: root, env: { ...process.env, OCR_NET_TRAP_LOG: log }, timeout: 170_000 },
        (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)),
      );
    });
    const summary = JSON.parse(out) as { probe: string; lines: number; hasAadhaarLabel: boolean };
    // The trap works inside worker threads: the deliberate probe was caught …
    expect(summary.probe).toMatch(/NET_TRAP: fetch/);
    expect(fs.readFileSync(log, 'utf8').trim().split('\n')).toEqual(['worker fetch']);
    // … and the OCR run itself, engine start included, made no attempt at all.
    expect(summary.lines).toBeGreaterThan(10);
    expect(summary.hasAadhaarLabel).toBe(true);
  }, 180_000);

  it("refuses every network API to code loaded in the OCR worker, before a socket opens", async () => {
    let connections = 0;
    const server = net.createServer((s) => {
      connections++;
      s.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.SAKSHYA_OCR_GUARD_TEST_PORT = String((server.address() as net.AddressInfo).port);
    try {
      const assets = { ...defaultOcrAssets(), tesseractPackageJson: path.join(root, 'test/fixtures/ocr/fake-tesseract/package.json') };
      const w = new Worker(ocrWorkerUrl(assets));
      const { results } = await new Promise<{ results: { name: string; outcome: string }[] }>((resolve, reject) => {
        w.once('message', resolve);
        w.once('error', reject);
      });
      await w.terminate();
      expect(results.length).toBe(8);
      for (const r of results.slice(0, 7)) expect(r.outcome, r.name).toContain(OCR_NETWORK_BLOCKED);
      expect(results[7]!.outcome).toMatch(/OCR language not bundled/);
      expect(connections).toBe(0);
    } finally {
      delete process.env.SAKSHYA_OCR_GUARD_TEST_PORT;
      server.close();
    }
  });
});
