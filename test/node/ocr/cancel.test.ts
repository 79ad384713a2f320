// Cancelling a recognition stops the worker thread and rejects with CANCELLED; the engine recovers.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrEngine } from '../../../electron/node/ocr';

const screenshot = fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/ocr/bot-replies-1280x720.png'));
const engine = new OcrEngine();
afterAll(() => engine.terminate());

describe('OCR cancellation', () => {
  it('rejects at once when the signal is already aborted', async () => {
    await expect(engine.recognise(screenshot, { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('stops a running recognition, then recognises again with a fresh worker', async () => {
    const ac = new AbortController();
    const progress: number[] = [];
    const job = engine.recognise(screenshot, {
      signal: ac.signal,
      onProgress: (p) => {
        progress.push(p);
        if (p > 0.15) ac.abort();
      },
    });
    await expect(job).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(progress.at(-1)).toBeLessThan(1);

    const seen: number[] = [];
    const r = await engine.recognise(screenshot, { onProgress: (p) => seen.push(p) });
    expect(r.text).toContain('Aadhaar:');
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  }, 180_000);

  it('refuses PDF input with a clear message instead of guessing', async () => {
    await expect(engine.recognise(Buffer.from('%PDF-1.4\n%âãÏÓ\n'))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
