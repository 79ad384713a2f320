// Importing a scanned PDF never touches the network: the whole import (PDF reader thread, OCR worker thread,
// vault) runs in a process whose every thread has a test-owned network trap, and no attempt is recorded.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { digitsOnly } from '../../../shared/pii';
import { PEOPLE } from '../../fixtures/ocr/bot-replies';
import { hasChromium, renderBotReplyPdfs } from '../../fixtures/pdf/bot-reply-pdfs';

const here = import.meta.dirname;
const root = path.resolve(here, '../../..');

describe.skipIf(!hasChromium)('PDF import offline', () => {
  it('imports a scanned PDF with every thread of the process trapping network calls, and none is made', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-pdf-net-'));
    try {
      const pdf = path.join(dir, 'scanned.pdf');
      fs.writeFileSync(pdf, (await renderBotReplyPdfs()).scanned);
      const log = path.join(dir, 'attempts.log');
      const out = await new Promise<string>((resolve, reject) => {
        execFile(
          process.execPath,
          ['--require', path.join(here, 'support/net-trap.cjs'), '--import', 'tsx', path.join(here, 'support/pdf-offline-child.ts'), pdf],
          { cwd: root, env: { ...process.env, OCR_NET_TRAP_LOG: log, PDF_OFFLINE_AADHAAR: PEOPLE.map((p) => digitsOnly(p.aadhaar)).join(',') }, timeout: 170_000 },
          (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)),
        );
      });
      const summary = JSON.parse(out) as { probe: string; status: string; format: string; warnings: string[]; ocrPages: number; aadhaarFound: boolean };
      // The trap works inside worker threads: the deliberate probe was caught …
      expect(summary.probe).toMatch(/NET_TRAP: fetch/);
      expect(fs.readFileSync(log, 'utf8').trim().split('\n')).toEqual(['worker fetch']);
      // … and the import, PDF reader and OCR engine starts included, made no attempt at all; nor did any code
      // inside the PDF reader thread, whose own guard counts the calls it refuses.
      expect(summary).toMatchObject({ status: 'parsed', format: 'pdf', warnings: [], ocrPages: 2, aadhaarFound: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
