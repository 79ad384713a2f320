// Report printing inside the app (and in the packaged CLI): Chromium's own print path through
// webContents.printToPDF, in a hidden, sandboxed window with scripts off and the network closed.
import { BrowserWindow, session } from 'electron';
import type { PdfPrinter, PdfPrintOptions } from '../node/report/pdf-printer';
import { hardenSession } from './session-hardening';

const MM_PER_INCH = 25.4;
const inches = (mm: string): number => Number.parseFloat(mm) / MM_PER_INCH;

export class ElectronPdfPrinter implements PdfPrinter {
  constructor(private readonly margins: { top: string; bottom: string; left: string; right: string }) {}

  async printPdf(html: string, opts: PdfPrintOptions): Promise<Uint8Array> {
    const ses = session.fromPartition('sakshya-print', { cache: false });
    hardenSession(ses);
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
      await win.loadURL(`data:text/html;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
      return await win.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: opts.headerTemplate,
        footerTemplate: opts.footerTemplate,
        margins: { top: inches(this.margins.top), bottom: inches(this.margins.bottom), left: inches(this.margins.left), right: inches(this.margins.right) },
      });
    } finally {
      win.destroy();
    }
  }
}
