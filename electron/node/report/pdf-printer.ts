// How a report's HTML becomes PDF bytes. The CLI and tests print with the system Chromium through
// playwright-core (pdf-chromium.ts); the Electron app supplies a printer over webContents.printToPDF.
// Both run Chromium's own print path, so both give the same layout.

export interface PdfPrintOptions {
  /** Chromium header/footer templates (see shared/report renderPageTemplates). */
  headerTemplate: string;
  footerTemplate: string;
}

export interface PdfPrinter {
  /** Prints A4 with backgrounds, the header/footer templates and PDF_MARGINS. Must load nothing from the network. */
  printPdf(html: string, opts: PdfPrintOptions): Promise<Uint8Array>;
  /** Releases the browser, if the printer owns one. */
  close?(): Promise<void>;
}

/** Room for the footer line on every page (the header is left empty). */
export const PDF_MARGINS = { top: '14mm', bottom: '15mm', left: '16mm', right: '16mm' } as const;
