// `sakshya report`: collects the case, renders the chosen template, prints the PDF, pins its dates to the
// report's generation time, writes and signs the bundle, and records the report in the custody log.
import { renderPageTemplates, renderReportHtml, type ReportLang, type ReportModel, type ReportTemplate } from '../../../shared/report';
import type { ReportContext } from './context';
import { appendEvent } from '../store/events';
import { loadExaminer, signWithExaminerKey } from '../store/examiner';
import { TOOL_VERSION } from '../version';
import { collectReport, type CollectOptions } from './collect';
import { loadReportFonts } from './fonts';
import { normalisePdfDates } from './pdf-dates';
import type { PdfPrinter } from './pdf-printer';
import { ChromiumPdfPrinter } from './pdf-chromium';
import { writeBundle, type WrittenBundle } from './bundle-write';
import { collectReportImages } from './report-images';
import { listEvidence } from '../store/evidence';
import { selectEvidence } from './report-items';

// The host's printer when none is passed: the system Chromium by default; the packaged app's CLI mode
// installs Electron's printToPDF here (it has no system Chromium to rely on).
let defaultPrinter: () => PdfPrinter = () => new ChromiumPdfPrinter();

export function setDefaultPdfPrinter(factory: () => PdfPrinter): void {
  defaultPrinter = factory;
}

export interface GenerateOptions extends Omit<CollectOptions, 'template' | 'lang' | 'now'> {
  outDir: string;
  template: ReportTemplate;
  lang: ReportLang;
  /** Pins the report time (and the PDF's dates); default: the workbench clock. */
  now?: Date;
  /** Default: the system Chromium through playwright-core, closed afterwards. */
  printer?: PdfPrinter;
  /** Write a report.generated custody entry (default true). A later report then includes it. */
  record?: boolean;
  /** Scanned PDF page images embedded at most (default MAX_REPORT_PAGE_IMAGES). */
  maxPageImages?: number;
}

export interface GeneratedReport extends WrittenBundle {
  model: ReportModel;
  pdfSha256: string;
}

/** Renders the model to PDF bytes whose only time stamps are the report's own. `pngs`: the redacted images
 * the model names (model.images[].file), embedded in the page. */
export async function printReport(model: ReportModel, printer: PdfPrinter, pngs?: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const fonts = loadReportFonts();
  const html = renderReportHtml(model, fonts, pngs ? Object.fromEntries([...pngs].map(([file, png]) => [file, png.toString('base64')])) : undefined);
  const pdf = await printer.printPdf(html, renderPageTemplates(model, fonts));
  return normalisePdfDates(pdf, new Date(model.generatedAt));
}

export async function generateReport(wb: ReportContext, caseId: string, opts: GenerateOptions): Promise<GeneratedReport> {
  const now = opts.now ?? wb.now();
  // Only the covered items' images (an ID not in the case is refused here, before anything is printed).
  const caseItems = listEvidence(wb.vault.db, caseId);
  const covered = opts.items ? selectEvidence(caseItems, opts.items.evidenceIds, caseId) : caseItems;
  const shots = await collectReportImages(wb.vault, caseId, covered.map((e) => e.id), { maxPageImages: opts.maxPageImages });
  const { model, custody } = collectReport(wb, caseId, { ...opts, now, images: shots.images, pageImagesLeftOut: shots.pageImagesLeftOut });
  const printer = opts.printer ?? defaultPrinter();
  let pdf: Buffer;
  try {
    pdf = await printReport(model, printer, shots.pngs);
  } finally {
    if (!opts.printer) await printer.close?.();
  }
  const db = wb.vault.db;
  const examiner = loadExaminer(db);
  if (!examiner) throw new Error('This vault has no examiner key to sign the report with.');
  const written = writeBundle(opts.outDir, { pdf, model, custody, images: shots.pngs, publicKey: examiner.publicKey, sign: (m) => signWithExaminerKey(db, m) });
  const pdfSha256 = written.manifest.files.find((f) => f.name === 'report.pdf')!.sha256;
  if (opts.record !== false) {
    wb.vault.transaction((d) =>
      appendEvent(d, {
        caseId,
        action: 'report.generated',
        at: wb.now(),
        details: {
          template: model.template,
          lang: model.lang,
          generatedAt: model.generatedAt,
          sha256: pdfSha256,
          manifestSha256: written.manifestSha256,
          entries: custody.length,
          tool: TOOL_VERSION,
          ...(model.scope ? { items: model.evidence.map((e) => e.id), records: model.recordsOfInterest?.length ?? 0 } : {}),
        },
      }),
    );
  }
  return { ...written, model, pdfSha256 };
}
