// Renders HTML to a PNG screenshot with the system Chromium (the way a bot reply looks on a phone or
// desktop client). Playwright gives the browser a fresh temporary profile. Tests that need it skip when /usr/bin/chromium is missing.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM_PATH);

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function withBrowser<T>(fn: (render: (html: string, width: number, height: number) => Promise<Buffer>) => Promise<T>): Promise<T> {
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
    const b = browser;
    return await fn(async (html, width, height) => {
      const page = await b.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
      try {
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        return await page.screenshot({ type: 'png' });
      } finally {
        await page.close();
      }
    });
  } finally {
    await browser?.close();
  }
}
