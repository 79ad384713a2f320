// Issue #14, attack 9: the app's printer loaded the report as a data: URL. With its four embedded fonts a
// real report is over 3 million characters that way, and Chromium refuses URLs over 2 MiB
// (url::kMaxURLChars), so printing in the app and in the packaged `--cli` failed. Both printers now get
// the page from memory at an ordinary URL (electron/node/report/pdf-document.ts). Electron cannot run
// here, so this drives the same Chromium engine through playwright-core.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { renderPageTemplates, renderReportHtml } from '../../shared/report';
import { loadReportFonts } from '../../electron/node/report/fonts';
import { ChromiumPdfPrinter, CHROMIUM_PATH, chromiumAvailable } from '../../electron/node/report/pdf-chromium';
import { PrintDocuments, PRINT_CSP } from '../../electron/node/report/pdf-document';
import { childEnv } from '../../electron/node/child-env';
import { sampleModel } from '../shared/report/sample-model';
import { tempDir } from '../support/cli';

const HAVE_CHROMIUM = chromiumAvailable();
const HAVE_POPPLER = fs.existsSync('/usr/bin/pdfinfo') && fs.existsSync('/usr/bin/pdffonts');
/** url::kMaxURLChars in Chromium's url/url_constants.h. */
const CHROMIUM_MAX_URL_CHARS = 2 * 1024 * 1024;

describe('PrintDocuments: the in-memory page both printers load', () => {
  it('serves an added page at its own URL with a policy that forbids script and fetching', () => {
    const docs = new PrintDocuments('app://sakshya');
    const { url } = docs.add('<p>hi</p>');
    expect(url).toMatch(/^app:\/\/sakshya\/print\/[0-9a-f-]{36}\.html$/);
    const r = docs.respond(url, 'GET');
    expect(r.status).toBe(200);
    expect(r.body).toBe('<p>hi</p>');
    expect(r.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(r.headers['Content-Security-Policy']).toBe(PRINT_CSP);
    expect(PRINT_CSP).toContain("default-src 'none'");
    expect(PRINT_CSP).not.toContain('script-src');
    expect(docs.respond(url, 'HEAD')).toMatchObject({ status: 200, body: null });
  });
  it('answers 404 for any other URL and for a released page, 405 for other methods', () => {
    const docs = new PrintDocuments('app://sakshya');
    const a = docs.add('A');
    const b = docs.add('B');
    expect(a.url).not.toBe(b.url);
    expect(docs.respond(`${a.url}?x`, 'GET').status).toBe(404);
    expect(docs.respond('app://sakshya/index.html', 'GET').status).toBe(404);
    expect(docs.respond(a.url, 'POST').status).toBe(405);
    a.release();
    expect(docs.respond(a.url, 'GET').status).toBe(404);
    expect(docs.respond(b.url, 'GET').body).toBe('B');
    b.release();
    expect(docs.size).toBe(0);
  });
});

describe.skipIf(!HAVE_CHROMIUM || !HAVE_POPPLER)('attack 9: a real-size report prints without a data: URL', () => {
  let root: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir: root, cleanup } = tempDir('sakshya-print-')));
  afterAll(() => cleanup());

  it('the report with all four fonts is over 2 million characters; as a data: URL Chromium refuses it; served from memory it prints', async () => {
    const fonts = loadReportFonts();
    const model = sampleModel('regulator', 'en', 300);
    const html = renderReportHtml(model, fonts);
    for (const f of Object.values(fonts)) expect(html).toContain(f);
    const dataUrl = `data:text/html;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
    expect(html.length).toBeGreaterThan(2_000_000);
    expect(dataUrl.length).toBeGreaterThan(CHROMIUM_MAX_URL_CHARS);

    // The old way (ElectronPdfPrinter before this fix): navigate to the data: URL. Chromium does not show it.
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', '--no-sandbox', '--disable-gpu'], env: childEnv() });
    const viaDataUrl = async (url: string, title: string): Promise<string> => {
      const page = await browser.newPage();
      try {
        return await page.goto(url, { timeout: 0 }).then(
          async () => ((await page.title()) === title ? 'loaded' : 'not shown'),
          (e: Error) => `refused (${e.message.split(' at ')[0]})`,
        );
      } finally {
        await page.close();
      }
    };
    let oldWay: string;
    try {
      // Control: the same navigation works for a small page, so the refusal is about the size.
      expect(await viaDataUrl(`data:text/html;base64,${Buffer.from('<title>small</title>').toString('base64')}`, 'small')).toBe('loaded');
      oldWay = await viaDataUrl(dataUrl, (/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').replace(/&amp;/g, '&'));
    } finally {
      await browser.close();
    }
    expect(oldWay).not.toBe('loaded');

    const printer = new ChromiumPdfPrinter();
    let pdf: Uint8Array;
    try {
      pdf = await printer.printPdf(html, renderPageTemplates(model, fonts));
    } finally {
      await printer.close();
    }
    const file = path.join(root, 'report.pdf');
    fs.writeFileSync(file, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(5);
    // The embedded fonts loaded under the page's policy (font-src data:): the PDF uses Noto Sans.
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/NotoSans/);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain(model.case.title);
    console.log(
      `attack 9 (print): report HTML ${html.length.toLocaleString('en-IN')} chars, as data: URL ${dataUrl.length.toLocaleString('en-IN')} chars (Chromium limit ${CHROMIUM_MAX_URL_CHARS.toLocaleString('en-IN')}); data: URL ${oldWay}; served from memory: ${pages} pages, ${pdf.length.toLocaleString('en-IN')} bytes`,
    );
 }, 600_000); // two browser launches and a long print on a shared machine
});
