// Renders HTML to screenshots with the system Chromium (the way a bot reply looks in a chat client), and
// re-encodes them as Chromium would for JPEG and WebP. Playwright gives the browser a fresh temporary
// profile. Tests that need it skip when /usr/bin/chromium is missing.
import fs from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../../electron/node/report/pdf-chromium';
import { chromium, type Browser } from 'playwright-core';

export { CHROMIUM_PATH };
export const hasChromium = fs.existsSync(CHROMIUM_PATH);

const ARGS = [...CHROMIUM_ARGS];

export interface Shots {
  shot(html: string, width: number, height: number, type?: 'png' | 'jpeg'): Promise<Buffer>;
  /** The PNG re-encoded to WebP by Chromium's encoder (a real-world WebP, not one made by our codec). */
  toWebp(png: Buffer): Promise<Buffer>;
}

export async function withBrowser<T>(fn: (s: Shots) => Promise<T>): Promise<T> {
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
    const b = browser;
    return await fn({
      async shot(html, width, height, type = 'png') {
        const page = await b.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
        try {
          await page.setContent(html, { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          return await page.screenshot(type === 'jpeg' ? { type, quality: 92 } : { type });
        } finally {
          await page.close();
        }
      },
      async toWebp(png) {
        const page = await b.newPage();
        try {
          const url = await page.evaluate(async (src) => {
            const img = new Image();
            img.src = src;
            await img.decode();
            const c = document.createElement('canvas');
            c.width = img.naturalWidth;
            c.height = img.naturalHeight;
            c.getContext('2d')?.drawImage(img, 0, 0);
            return c.toDataURL('image/webp', 0.95);
          }, `data:image/png;base64,${png.toString('base64')}`);
          return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
        } finally {
          await page.close();
        }
      },
    });
  } finally {
    await browser?.close();
  }
}
