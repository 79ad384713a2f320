// OCR of screenshots (PNG, JPEG, WebP) in English and Hindi, fully offline: recognition, records for the
// ingest pipeline, personal-data findings and redacted copies. See README.md in this folder.
export { recognise, shutdownOcr } from './recognise';
export { OcrEngine } from './engine';
export { ocrRecords, type OcrTable } from './records';
export { ocrFindings, type OcrFinding } from './ocr-findings';
export { redactImage, redactionBoxes, type RedactImageOptions } from './redact-image';
export { parseKeyValue, isPiiKey, type KeyValue } from './key-value';
export { defaultOcrAssets, OCR_LANGS, OCR_LANG_SPEC, type OcrAssets, type OcrLang } from './assets';
export { sniffFormat, imageInfo, type ImageFormat, type ImageInfo } from './image-info';
export { OCR_NETWORK_BLOCKED } from './worker-source';
export type { BBox, OcrWord, OcrLine, OcrResult, RecogniseOptions } from './types';
