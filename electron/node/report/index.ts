// Report writer: model from the vault, PDF through Chromium, signed bundle, verification, redacted exports.
export { collectReport, buildReportModel, type CollectOptions, type CollectedReport, type ReportInputs } from './collect';
export { generateReport, printReport, type GenerateOptions, type GeneratedReport } from './generate';
export { verifyReportBundle, type VerifyBundleResult } from './verify-bundle';
export { exportEvidence, type ExportOptions, type ExportResult } from './export-evidence';
export { type PdfPrinter, type PdfPrintOptions, PDF_MARGINS } from './pdf-printer';
export { ChromiumPdfPrinter, chromiumAvailable, CHROMIUM_PATH } from './pdf-chromium';
export { normalisePdfDates } from './pdf-dates';
export { custodyFromEvents, merkleRootOf, type CustodySource, type CustodySnapshot } from './custody-source';
export { writeBundle, custodyJsonl, type BundleInput, type WrittenBundle } from './bundle-write';
export { BUNDLE_FILES, BUNDLE_FORMAT, type BundleManifest } from './bundle-manifest';
export { loadReportFonts } from './fonts';
