// Prints report HTML to PDF with the system Chromium through playwright-core, for the CLI and tests.
// The page is offline by construction: it is served from memory by request interception at a reserved
// .invalid host (pdf-document.ts; no data: URL, so no URL length limit), its fonts are data: URLs, and
// every other request the page attempts is aborted. Chromium gets an allow-listed environment, never
// the CLI's SAKSHYA_PASSPHRASE.
import fs from 'node:fs';
// Types only at load: playwright-core takes ~0.75 s of CPU to import, which every CLI command (and the app's
// start) paid even when it prints nothing. It is loaded on the first print instead.
import type { Browser } from 'playwright-core';
import { PDF_MARGINS, type PdfPrinter, type PdfPrintOptions } from './pdf-printer';
import { PrintDocuments } from './pdf-document';
import { childEnv } from '../child-env';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The flags every headless Chromium of the project starts with (printing here; tests' screenshots and pages). */
export const CHROMIUM_ARGS: readonly string[] = [
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
  readonly #documents = new PrintDocuments('https://sakshya-print.invalid');

  constructor(private readonly executablePath = CHROMIUM_PATH) {}

  #launch(): Promise<Browser> {
    if (!this.#browser) {
      // playwright-core gives every launch a fresh temporary profile (and removes it on close), so nothing
      // from an earlier print (cache, cookies) can reach this one.
      this.#browser = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath: this.executablePath, args: [...CHROMIUM_ARGS], env: childEnv() }));
    }
    return this.#browser;
  }

  async printPdf(html: string, opts: PdfPrintOptions): Promise<Uint8Array> {
    const browser = await this.#launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const doc = this.#documents.add(html);
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      // Registered last, so tried first: only this printer's page URLs get an answer.
      await page.route(`${this.#documents.origin}/**`, (route) => {
        const r = this.#documents.respond(route.request().url(), route.request().method());
        return r.status === 200 ? route.fulfill({ status: r.status, headers: r.headers, body: r.body ?? '' }) : route.abort();
      });
      // No timeouts: a long custody log legitimately takes a while to lay out on a slow machine.
      await page.goto(doc.url, { waitUntil: 'load', timeout: 0 });
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
      doc.release();
      await context.close();
    }
  }

  async close(): Promise<void> {
    const b = this.#browser;
    this.#browser = null;
    if (b) await (await b).close();
  }
}
