// A scanned PDF as evidence, through the real UI against the real core (with real OCR): import a synthetic
// two-page scan of bot replies, see page 1 redacted, page to page 2, reveal one identifier there for a reason,
// and see the same view in Hindi. Every payload crossing window.workbench is recorded: no raw identifier or
// name may cross except in the one reveal reply, neither the PDF's bytes nor a page's unredacted pixels cross
// at all (each page arrives as a PNG whose identifier boxes are black), and every view is in the custody log.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceImage, WireResult } from '../../shared/api/contract';
import { shutdownOcr } from '../../electron/node/ocr';
import { digitsOnly } from '../../shared/pii';
import { PEOPLE } from '../fixtures/ocr/bot-replies';
import { renderBotReplyPdfs, SHOT } from '../fixtures/pdf/bot-reply-pdfs';
import { openCase, type CaseApp } from './support/app-fixtures';
import { ensureRendererBuilt } from './support/build-renderer';
import { hasChromium, needsChromium } from './support/paths';

const NAME = 'cowin-bot-scan.pdf';
let dir = '';
let pdfPath = '';
let pdf: Buffer = Buffer.alloc(0);
let page1Rgb: Uint8Array = new Uint8Array(0);
let app: CaseApp | null = null;

beforeAll(async () => {
  if (!hasChromium) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-e2e-pdf-'));
  pdfPath = path.join(dir, NAME);
  const pdfs = await renderBotReplyPdfs();
  pdf = pdfs.scanned;
  page1Rgb = pdfs.page1Rgb;
  fs.writeFileSync(pdfPath, pdf);
  await ensureRendererBuilt();
}, 120_000);
afterAll(async () => {
  await app?.close();
  await shutdownOcr();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every spelling in which a value on the pages could leak. */
function rawValues(): string[] {
  return PEOPLE.flatMap((p) => [p.aadhaar, p.aadhaar.replace(/ /g, ''), p.phone, p.passport, p.dob, p.name, ...p.name.split(' ')]);
}

describe.skipIf(!hasChromium)(needsChromium('scanned PDF evidence'), () => {
  it('shows a scanned PDF page by page, only as redacted copies, and reveals one identifier on page 2 for a reason', async () => {
    app = await openCase();
    const { page, traffic } = app;
    app.picks = [pdfPath];
    const panel = page.getByRole('tabpanel', { name: 'Evidence' });
    await panel.getByLabel(/Reason for import/).fill('Scan forwarded by the complainant');
    await panel.getByRole('button', { name: 'Import files…' }).click();
    await panel.locator('.job-done').waitFor({ timeout: 120_000 });
    await panel.getByRole('button', { name: NAME, exact: true }).click();

    const view = panel.getByRole('region', { name: `Scanned PDF ${NAME}` });
    const nav = view.getByRole('navigation', { name: 'Pages' });
    const img1 = view.getByRole('img', { name: `Redacted copy of ${NAME}, page 1` });
    await img1.waitFor();
    await expect.poll(() => img1.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(SHOT.width);
    expect(await nav.locator('.page-of').textContent()).toBe('Page 1 of 2');
    expect(await nav.getByRole('button', { name: 'Previous page' }).isDisabled()).toBe(true);
    await view.locator('.finding', { hasText: `XXXX XXXX ${PEOPLE[0]!.aadhaar.slice(-4)}` }).waitFor();

    // Page 2: its own picture, identifiers and text.
    await nav.getByRole('button', { name: 'Next page' }).click();
    const img2 = view.getByRole('img', { name: `Redacted copy of ${NAME}, page 2` });
    await img2.waitFor();
    await expect.poll(() => nav.locator('.page-of').textContent()).toBe('Page 2 of 2');
    expect(await nav.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
    const person = PEOPLE[2]!;
    const finding = view.locator('.finding', { hasText: `XXXX XXXX ${person.aadhaar.slice(-4)}` });
    await finding.waitFor();
    expect(await view.locator('.finding', { hasText: `XXXX XXXX ${PEOPLE[0]!.aadhaar.slice(-4)}` }).count()).toBe(0);
    expect((await view.locator('.ocr-lines').textContent()) ?? '').toContain('Aadhaar:');

    await finding.getByRole('button', { name: /AADHAAR/ }).click();
    await view.locator('.image-mark').waitFor();
    await finding.getByRole('button', { name: 'Reveal…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reveal a raw value' });
    await dialog.getByLabel('Reason for revealing').fill('Matching the Aadhaar number on page 2 with the complaint');
    await dialog.getByLabel('Reason for revealing').press('Enter');
    await finding.locator('.revealed-value').waitFor();
    expect(digitsOnly((await finding.locator('.revealed-value').textContent()) ?? '') === digitsOnly(person.aadhaar), 'the revealed value is page 2’s Aadhaar').toBe(true);
    await finding.getByRole('button', { name: 'Hide now' }).click();
    await finding.locator('.revealed-value').waitFor({ state: 'detached' });
    await view.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const shot = await app.screenshot('pdf-page-evidence');
    expect(PNG.sync.read(fs.readFileSync(shot)).width).toBeGreaterThan(0);

    // Hindi: the same page in the other catalogue; back to page 1 and forward again.
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    const hiView = page.getByRole('region', { name: `स्कैन की गई PDF ${NAME}` });
    await hiView.getByText('2 में से पृष्ठ 2', { exact: true }).waitFor();
    await hiView.getByRole('button', { name: 'पिछला पृष्ठ' }).click();
    await hiView.getByText('2 में से पृष्ठ 1', { exact: true }).waitFor();
    await hiView.getByRole('img', { name: `${NAME}, पृष्ठ 1 की छिपाई गई प्रति` }).waitFor();
    await app.screenshot('pdf-page-evidence-hindi');
    await page.getByRole('button', { name: 'English' }).click();

    // The custody log has each page view and the reveal, with its page.
    await page.getByRole('tab', { name: 'Custody' }).click();
    const custody = page.getByRole('tabpanel', { name: 'Custody' });
    await custody.locator('[data-action="value.revealed"]').waitFor();
    await custody.getByText(/Viewed the redacted image of e[0-9a-f]+ page 2 \(SHA-256/).first().waitFor();
    await custody.getByText(/Viewed the redacted image of e[0-9a-f]+ page 1 \(SHA-256/).first().waitFor();
    await custody.getByText(/page 2 image identifier no\. \d+ \(IN_AADHAAR, text line \d+\); reason: Matching the Aadhaar number on page 2/).waitFor();

    // What crossed the bridge: page images only as redacted PNGs, each identifier box black.
    const replies = traffic
      .filter((r) => r.direction === 'reply' && r.method === 'evidence.image')
      .map((r) => r.payload as WireResult<EvidenceImage>)
      .map((r) => {
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      });
    expect(new Set(replies.map((r) => r.pdf?.page))).toEqual(new Set([1, 2]));
    for (const reply of replies) {
      expect(reply.pdf).toMatchObject({ pages: 2, pageImages: [{ page: 1, image: 0 }, { page: 2, image: 0 }] });
      const decoded = PNG.sync.read(Buffer.from(reply.png, 'base64'));
      expect([decoded.width, decoded.height]).toEqual([SHOT.width, SHOT.height]);
      expect(reply.findings.length).toBeGreaterThan(0);
      for (const f of reply.findings) {
        const i = (Math.round((f.box.y0 + f.box.y1) / 2) * decoded.width + Math.round((f.box.x0 + f.box.x1) / 2)) * 4;
        expect([decoded.data[i], decoded.data[i + 1], decoded.data[i + 2]], `page ${reply.pdf?.page} finding ${f.index} (${f.type})`).toEqual([0, 0, 0]);
      }
      if (reply.pdf?.page === 1) {
        // Not page 1's own pixels: at least the identifier boxes differ.
        const rgb = Buffer.alloc(decoded.width * decoded.height * 3);
        for (let p = 0, q = 0; p < decoded.data.length; p += 4, q += 3) decoded.data.copy(rgb, q, p, p + 3);
        expect(rgb.equals(Buffer.from(page1Rgb))).toBe(false);
      }
    }
    // Neither the PDF's bytes nor the unredacted page pixels crossed, in any encoding the bridge could carry.
    const pdfB64 = pdf.toString('base64');
    const probes = [pdfB64.slice(pdfB64.length >> 1, (pdfB64.length >> 1) + 400), Buffer.from(page1Rgb.subarray(400_000, 400_300)).toString('base64')];

    const reveals = traffic.filter((r) => r.direction === 'reply' && r.method === 'evidence.revealFinding');
    expect(reveals).toHaveLength(1);
    const revealRequest = traffic.find((r) => r.direction === 'request' && r.method === 'evidence.revealFinding')!;
    expect(revealRequest.payload).toMatchObject({ page: 2, image: 0 });
    const leaks: string[] = [];
    for (const record of traffic) {
      const json = JSON.stringify(record.payload);
      for (const probe of probes) if (json.includes(probe)) leaks.push(`${record.direction} ${record.method}: original PDF or page bytes`);
      if (record === reveals[0]) continue;
      for (const value of rawValues()) if (json.includes(value)) leaks.push(`${record.direction} ${record.method}: a raw value`);
      for (const p of PEOPLE) if (digitsOnly(json).includes(digitsOnly(p.aadhaar))) leaks.push(`${record.direction} ${record.method}: an Aadhaar number`);
    }
    expect(leaks).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    expect(app.internalErrors).toEqual([]);
  }, 240_000);
});
