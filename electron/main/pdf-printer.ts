// Report printing inside the app (and in the packaged CLI): Chromium's own print path through
// webContents.printToPDF, in a hidden, sandboxed window with scripts off and the network closed.
// The page comes from memory through the print session's own app:// handler, never as a data: URL:
// a report with its embedded fonts is over 3 million characters as one, and Chromium refuses URLs over
// 2 MiB (see pdf-document.ts). The print session serves nothing else: no renderer files, no disk.
import { BrowserWindow, session, type Session } from 'electron';
import type { PdfPrinter, PdfPrintOptions } from '../node/report/pdf-printer';
import { PrintDocuments } from '../node/report/pdf-document';
import { APP_ORIGIN, APP_SCHEME } from './app-origin';
import { hardenSession } from './session-hardening';

const documents = new PrintDocuments(APP_ORIGIN);
let printSession: Session | null = null;

/** The print partition, hardened and answering app:// from `documents` only; set up once per process. */
function printSessionOnce(): Session {
  if (!printSession) {
    const ses = session.fromPartition('sakshya-print', { cache: false });
    hardenSession(ses);
    ses.protocol.handle(APP_SCHEME, (request) => {
      const r = documents.respond(request.url, request.method);
      return new Response(r.body, { status: r.status, headers: r.headers });
    });
    printSession = ses;
  }
  return printSession;
}

const MM_PER_INCH = 25.4;
const inches = (mm: string): number => Number.parseFloat(mm) / MM_PER_INCH;

export class ElectronPdfPrinter implements PdfPrinter {
  constructor(private readonly margins: { top: string; bottom: string; left: string; right: string }) {}

  async printPdf(html: string, opts: PdfPrintOptions): Promise<Uint8Array> {
    const ses = printSessionOnce();
    const doc = documents.add(html);
    const win = new BrowserWindow({
      show: false,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        session: ses,
        spellcheck: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    try {
      await win.loadURL(doc.url);
      return await win.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: opts.headerTemplate,
        footerTemplate: opts.footerTemplate,
        margins: { top: inches(this.margins.top), bottom: inches(this.margins.bottom), left: inches(this.margins.left), right: inches(this.margins.right) },
      });
    } finally {
      doc.release();
      win.destroy();
    }
  }
}
