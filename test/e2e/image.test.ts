// A screenshot as evidence, through the real UI against the real core (with real OCR): import a synthetic
// bot-reply screenshot, open it, see the redacted copy, the masked identifiers and the redacted text, mark
// one on the image and reveal it with a reason, in English and in Hindi. Every payload crossing
// window.workbench is recorded: no raw identifier or name may cross except in the one reveal reply, and the
// original image never crosses at all (only a redacted PNG whose identifier boxes are black).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceImage, WireResult } from '../../shared/api/contract';
import { shutdownOcr } from '../../electron/node/ocr';
// What the committed screenshot shows (two of its Aadhaar numbers fail their check: they must be masked all the same).
import { SCREENSHOT_PEOPLE as PEOPLE } from '../fixtures/ocr/bot-replies';
import { openCase, type CaseApp } from './support/app-fixtures';
import { ensureRendererBuilt } from './support/build-renderer';
import { hasChromium, needsChromium, repoRoot } from './support/paths';

const FIXTURE = path.join(repoRoot, 'test/fixtures/ocr/bot-replies-1280x720.png');
const NAME = 'cowin-bot-reply.png';
let dir = '';
let shot = '';
let app: CaseApp | null = null;

beforeAll(async () => {
  if (!hasChromium) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-e2e-image-'));
  shot = path.join(dir, NAME);
  fs.copyFileSync(FIXTURE, shot);
  await ensureRendererBuilt();
}, 120_000);
afterAll(async () => {
  await app?.close();
  await shutdownOcr();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every spelling in which a value on the screenshot could leak. */
function rawValues(): string[] {
  return PEOPLE.flatMap((p) => [
    p.aadhaar,
    p.aadhaar.replace(/ /g, ''),
    p.phone,
    p.passport,
    p.dob,
    p.name,
    ...p.name.split(' '),
  ]);
}

describe.skipIf(!hasChromium)(needsChromium('image evidence'), () => {
  it('shows a screenshot only as its redacted copy, with masked identifiers and text, and reveals one for a reason', async () => {
    app = await openCase();
    const { page, traffic } = app;
    app.picks = [shot];
    const panel = page.getByRole('tabpanel', { name: 'Evidence' });
    await panel.getByLabel(/Reason for import/).fill('Screenshot forwarded by the complainant');
    await panel.getByRole('button', { name: 'Import files…' }).click();
    await panel.locator('.job-done').waitFor({ timeout: 90_000 });
    await panel.getByRole('button', { name: NAME, exact: true }).click();

    const view = panel.getByRole('region', { name: `Screenshot ${NAME}` });
    const img = view.getByRole('img', { name: `Redacted copy of ${NAME}` });
    await img.waitFor();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1280);
    await expect.poll(() => view.locator('.ocr-confidence').textContent()).toMatch(/^OCR confidence \d+%$/);

    // Identifiers, masked; labels still in the recognised text.
    const first = PEOPLE[0]!;
    const aadhaarMask = `XXXX XXXX ${first.aadhaar.slice(-4)}`;
    const finding = view.locator('.finding', { hasText: aadhaarMask });
    await finding.waitFor();
    await expect.poll(() => view.locator('.finding').count()).toBeGreaterThanOrEqual(PEOPLE.length * 4);
    const text = (await view.locator('.ocr-lines').textContent()) ?? '';
    expect(text).toContain('Name:');
    expect(text).toContain('Aadhaar:');
    expect(text).toContain(aadhaarMask);

    // Mark it on the image, then reveal it with a reason.
    await finding.getByRole('button', { name: /AADHAAR/ }).click();
    await view.locator('.image-mark').waitFor();
    await view.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await app.screenshot('image-evidence');
    await finding.getByRole('button', { name: 'Reveal…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reveal a raw value' });
    await dialog.getByLabel('Reason for revealing').fill('Matching the Aadhaar number in the complaint');
    await dialog.getByLabel('Reason for revealing').press('Enter');
    await finding.locator('.revealed-value').waitFor();
    expect(await finding.locator('.revealed-value').textContent()).toBe(first.aadhaar);
    await app.screenshot('image-evidence-revealed');
    await finding.getByRole('button', { name: 'Hide now' }).click();
    await finding.locator('.revealed-value').waitFor({ state: 'detached' });

    // Hindi: the same view in the other catalogue.
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    const hiView = page.getByRole('region', { name: `स्क्रीनशॉट ${NAME}` });
    await hiView.getByText(/^OCR विश्वसनीयता \d+%$/).waitFor();
    await hiView.getByText(/पहचान संबंधी मान मिले$/).waitFor();
    await app.screenshot('image-evidence-hindi');
    await page.getByRole('button', { name: 'English' }).click();

    // The custody log has the view and the reveal.
    await page.getByRole('tab', { name: 'Custody' }).click();
    const custody = page.getByRole('tabpanel', { name: 'Custody' });
    await custody.locator('[data-action="value.revealed"]').waitFor();
    await custody.getByText(/Viewed the redacted image of/).first().waitFor();
    await custody.getByText(/image identifier no\. \d+ \(IN_AADHAAR, text line \d+\); reason: Matching the Aadhaar number/).waitFor();

    // What crossed the bridge.
    const images = traffic.filter((r) => r.direction === 'reply' && r.method === 'evidence.image');
    expect(images.length).toBeGreaterThanOrEqual(1);
    const reply = (images[0]!.payload as WireResult<EvidenceImage>);
    if (!reply.ok) throw new Error(reply.error.message);
    const png = Buffer.from(reply.value.png, 'base64');
    const original = fs.readFileSync(FIXTURE);
    expect(png.equals(original)).toBe(false);
    // Every identifier's box is painted black in what crossed.
    const decoded = PNG.sync.read(png);
    expect([decoded.width, decoded.height]).toEqual([1280, 720]);
    for (const f of reply.value.findings) {
      const x = Math.round((f.box.x0 + f.box.x1) / 2);
      const y = Math.round((f.box.y0 + f.box.y1) / 2);
      const i = (y * decoded.width + x) * 4;
      expect([decoded.data[i], decoded.data[i + 1], decoded.data[i + 2]], `finding ${f.index} (${f.type})`).toEqual([0, 0, 0]);
    }
    // The original's bytes never crossed, in any encoding the bridge could carry them.
    const originalB64 = original.toString('base64');
    const probe = originalB64.slice(originalB64.length >> 1, (originalB64.length >> 1) + 400);

    const reveals = traffic.filter((r) => r.direction === 'reply' && r.method === 'evidence.revealFinding');
    expect(reveals).toHaveLength(1);
    expect(JSON.stringify(reveals[0]!.payload)).toContain(first.aadhaar);
    const leaks: string[] = [];
    for (const record of traffic) {
      const json = JSON.stringify(record.payload);
      if (json.includes(probe)) leaks.push(`${record.direction} ${record.method}: original image bytes`);
      if (record === reveals[0]) continue;
      for (const value of rawValues()) if (json.includes(value)) leaks.push(`${record.direction} ${record.method}: ${value}`);
    }
    expect(leaks).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    expect(app.internalErrors).toEqual([]);
  }, 180_000);
});
