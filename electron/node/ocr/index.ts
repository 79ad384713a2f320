// OCR of screenshots (PNG, JPEG, WebP) and scanned PDF pages in English and Hindi, fully offline: recognition,
// the PDF reader, records for the ingest pipeline, personal-data findings and redacted copies. See README.md.
export { recognise, shutdownOcr } from './recognise';
export { OcrEngine } from './engine';
export { ocrRecords, textRecords, type OcrTable } from './records';
export { ocrFindings, type OcrFinding } from './ocr-findings';
export { redactImage, redactPixels, redactionBoxes, type RedactImageOptions } from './redact-image';
export { parseKeyValue, isPiiKey, type KeyValue } from './key-value';
export { defaultOcrAssets, OCR_LANGS, OCR_LANG_SPEC, type OcrAssets, type OcrLang } from './assets';
export { sniffFormat, imageInfo, type ImageFormat, type ImageInfo } from './image-info';
export { OCR_NETWORK_BLOCKED } from './worker-source';
export { PdfReader, PdfReadError, DEFAULT_PDF_LIMITS, type PdfPage, type PdfLimits, type PdfReadOptions } from './pdf-pages';
export type { BBox, OcrWord, OcrLine, OcrResult, RecogniseOptions } from './types';
