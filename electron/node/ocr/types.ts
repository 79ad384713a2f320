// The OCR result model: plain data (no class instances), so it can cross a worker or IPC boundary and be
// stored beside the evidence it was read from. Coordinates are pixels of the decoded image.
import type { OCR_LANG_SPEC } from './assets';

export interface BBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  bbox: BBox;
  /** 0..100 as tesseract reports it. */
  confidence: number;
}

export interface OcrLine {
  /** The words joined by single spaces (so character offsets map back to words, see word-spans.ts). */
  text: string;
  bbox: BBox;
  confidence: number;
  words: OcrWord[];
}

export interface OcrResult {
  /** Lines joined by newlines. */
  text: string;
  lines: OcrLine[];
  /** Mean word confidence, 0..100. */
  confidence: number;
  width: number;
  height: number;
  langs: typeof OCR_LANG_SPEC;
}

export interface RecogniseOptions {
  signal?: AbortSignal;
  /** 0..1 over the whole job (loading the engine counts as the first part on a cold start). */
  onProgress?: (p: number) => void;
}
