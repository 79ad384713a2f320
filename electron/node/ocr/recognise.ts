// The process-wide OCR entry point: one lazily started engine shared by every caller in this process.
import { OcrEngine } from './engine';
import type { OcrResult, RecogniseOptions } from './types';

let shared: OcrEngine | undefined;

export function recognise(image: Buffer, opts: RecogniseOptions = {}): Promise<OcrResult> {
  shared ??= new OcrEngine();
  return shared.recognise(image, opts);
}

/** Stops the shared engine's worker thread (on app quit, vault lock, or to free memory). */
export async function shutdownOcr(): Promise<void> {
  const e = shared;
  shared = undefined;
  await e?.terminate();
}
