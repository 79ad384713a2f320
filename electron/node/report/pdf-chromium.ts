// Prints report HTML to PDF with the system Chromium through playwright-core, for the CLI and tests.
// The page is offline by construction: the HTML is set directly, its fonts are data: URLs, and every
// request the page still attempts is aborted.
import fs from 'node:fs';
// Types only at load: playwright-core takes ~0.75 s of CPU to import, which every CLI command (and the app's
// start) paid even when it prints nothing. It is loaded on the first print instead.
import type { Browser } from 'playwright-core';
import { PDF_MARGINS, type PdfPrinter, type PdfPrintOptions } from './pdf-printer';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumAvailable(executablePath = CHROMIUM_PATH): boolean {
  return fs.existsSync(executablePath);
}

export class ChromiumPdfPrinter implements PdfPrinter {
  #browser: Promise<Browser> | null = null;

  constructor(private readonly executablePath = CHROMIUM_PATH) {}

  #launch(): Promise<Browser> {
    if (!this.#browser) {
      // playwright-core gives every launch a fresh temporary profile (and removes it on close), so nothing
      // from an earlier print (cache, cookies) can reach this one.
      this.#browser = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath: this.executablePath, args: ARGS }));
    }
    return this.#browser;
  }

  async printPdf(html: string, opts: PdfPrintOptions): Promise<Uint8Array> {
    const browser = await this.#launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      // No timeouts: a long custody log legitimately takes a while to lay out on a slow machine.
      await page.setContent(html, { waitUntil: 'load', timeout: 0 });
      await page.evaluate('document.fonts.ready').catch(() => undefined);
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: opts.headerTemplate,
        footerTemplate: opts.footerTemplate,
        margin: PDF_MARGINS,
        preferCSSPageSize: false,
      });
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    const b = this.#browser;
    this.#browser = null;
    if (b) await (await b).close();
  }
}
