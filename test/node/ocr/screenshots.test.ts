// End to end on screenshots of bot replies: recognition in English and Hindi, every identifier found,
// and a redacted copy in which OCR finds none of them while the labels stay readable.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OcrEngine, ocrFindings, ocrRecords, redactImage, type OcrResult } from '../../../electron/node/ocr';
import { digitsOnly } from '../../../shared/pii';
import { chatHtml, labelsOf, PEOPLE } from '../../fixtures/ocr/bot-replies';
import { hasChromium, withBrowser } from './support/screenshot';

const OUT = path.resolve(import.meta.dirname, '../../../test-output/ocr');
const engine = new OcrEngine();
const images: Record<'png' | 'jpeg' | 'webp', Buffer> = { png: Buffer.alloc(0), jpeg: Buffer.alloc(0), webp: Buffer.alloc(0) };

if (!hasChromium) console.warn('OCR screenshot tests skipped: /usr/bin/chromium is not installed (apt-get install -y chromium).');

/** Digit or passport strings the detector reported, normalised (digits only / upper case). */
function detected(r: OcrResult, types: string[]): string[] {
  return ocrFindings(r)
    .filter((f) => f.source === 'detector' && types.includes(f.type))
    .map((f) => r.lines[f.line]!.text.slice(f.start, f.end))
    .map((s) => (/\d{6,}/.test(digitsOnly(s)) && !/[A-Z]/.test(s) ? digitsOnly(s) : s.replace(/\s/g, '').toUpperCase()));
}

describe.skipIf(!hasChromium)('OCR of bot-reply screenshots', () => {
  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    await withBrowser(async (b) => {
      images.png = await b.shot(chatHtml(PEOPLE), 1280, 720);
      images.jpeg = await b.shot(chatHtml(PEOPLE), 1280, 720, 'jpeg');
      images.webp = await b.toWebp(images.png);
    });
    for (const [ext, buf] of Object.entries(images)) fs.writeFileSync(path.join(OUT, `bot-replies.${ext}`), buf);
  }, 120_000);
  afterAll(() => engine.terminate());

  for (const format of ['png', 'jpeg', 'webp'] as const) {
    it(`reads every Aadhaar, phone and passport number from a ${format.toUpperCase()} screenshot and hides them all in the redacted copy`, async () => {
      const r = await engine.recognise(images[format]);
      expect(r.width).toBe(1280);
      expect(r.height).toBe(720);
      expect(r.langs).toBe('eng+hin');
      fs.writeFileSync(path.join(OUT, `bot-replies.${format}.txt`), r.text);

      // Recognition: English and Hindi labels, Latin and Devanagari names.
      for (const p of PEOPLE) {
        expect(r.text).toContain(p.name);
        expect(r.text).toContain(`${labelsOf(p).aadhaar}:`);
      }
      const found = detected(r, ['IN_AADHAAR', 'IN_PHONE', 'IN_PASSPORT']);
      for (const p of PEOPLE) {
        expect(found, 'aadhaar').toContain(digitsOnly(p.aadhaar));
        expect(found, 'phone').toContain(p.phone);
        expect(found, 'passport').toContain(p.passport);
      }

      // Records: one fields row per reply, keyed by the labels as printed.
      const fields = ocrRecords(r)[1]!;
      expect(fields.rows).toHaveLength(PEOPLE.length);
      expect(fields.columns).toEqual(expect.arrayContaining(['Name', 'Aadhaar', 'नाम', 'आधार']));

      const redacted = await redactImage(images[format], r);
      fs.writeFileSync(path.join(OUT, `bot-replies.${format}.redacted.png`), redacted);
      const again = await engine.recognise(redacted);
      fs.writeFileSync(path.join(OUT, `bot-replies.${format}.redacted.txt`), again.text);
      const digitsLeft = digitsOnly(again.text);
      for (const p of PEOPLE) {
        expect(digitsLeft).not.toContain(digitsOnly(p.aadhaar).slice(0, 8));
        expect(digitsLeft).not.toContain(p.phone.slice(0, 6));
        expect(again.text).not.toContain(p.passport);
        expect(again.text).not.toContain(p.name);
        expect(again.text).toContain(`${labelsOf(p).aadhaar}:`);
      }
      // Labels stay readable. (Tesseract's reading of a label right next to a black box varies with the
      // layout it infers: "नाम:" is sometimes lost, so the English "Name:" of both English replies is checked.)
      expect(again.text.match(/Name:/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(again.text).toContain('मोबाइल:');
      expect(detected(again, ['IN_AADHAAR', 'IN_PHONE', 'IN_PASSPORT'])).toEqual([]);
      expect(again.text).toContain('CoWIN Info Bot');
    }, 180_000);
  }
});
