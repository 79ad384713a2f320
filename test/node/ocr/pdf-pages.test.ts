// The PDF reader: text layers as lines, scanned pages as upright images, and hostile or unreadable files
// refused with a specific reason, never a crash or a hang. All PDFs are synthetic, made in the test.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PDF_LIMITS, PdfReader, PdfReadError } from '../../../electron/node/ocr/pdf-pages';
import { upright } from '../../../electron/node/ocr/pdf-raster';
import { textLines } from '../../../electron/node/ocr/pdf-text';
import { defaultPdfWorkerConfig, PDF_NETWORK_BLOCKED } from '../../../electron/node/ocr/pdf-worker-source';
import { labelsOf, PEOPLE } from '../../fixtures/ocr/bot-replies';
import { hasChromium, renderBotReplyPdfs, SHOT, type BotReplyPdfs } from '../../fixtures/pdf/bot-reply-pdfs';
import { writePdf } from '../../fixtures/pdf/pdf-writer';

/** Reads every page; always stops the reader thread. */
async function readAll(pdf: Buffer, opts: Parameters<typeof PdfReader.open>[1] = {}) {
  const r = await PdfReader.open(pdf, opts);
  try {
    const pages = [];
    for (let n = 1; n <= r.pages; n++) pages.push(await r.readPage(n));
    return { encrypted: r.encrypted, pages };
  } finally {
    await r.close();
  }
}

async function failure(p: Promise<unknown>): Promise<PdfReadError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(PdfReadError);
  return e as PdfReadError;
}

/** RGB channels of RGBA pixels equal the RGB samples (no value printed on failure). */
function sameRgb(rgba: Uint8Array, rgb: Uint8Array): boolean {
  if (rgba.length / 4 !== rgb.length / 3) return false;
  for (let i = 0, j = 0; j < rgb.length; i += 4, j += 3) {
    if (rgba[i] !== rgb[j] || rgba[i + 1] !== rgb[j + 1] || rgba[i + 2] !== rgb[j + 2]) return false;
  }
  return true;
}

const TEXT: [number, number, number, string][] = [
  [72, 700, 14, 'Name: Ramesh Kumar Verma'],
  [72, 680, 14, `Aadhaar: ${PEOPLE[0]!.aadhaar}`],
  [72, 660, 14, `Mobile: ${PEOPLE[0]!.phone}`],
];
const grey = (w: number, h: number) => ({ data: new Uint8Array(w * h * 3).fill(200), width: w, height: h });

describe('PDF reader: text layer and scans', () => {
  let pdfs: BotReplyPdfs;
  beforeAll(async () => {
    if (hasChromium) pdfs = await renderBotReplyPdfs();
  }, 120_000);

  it.skipIf(!hasChromium)("reads a printed PDF's text layer as lines holding every label and identifier, and extracts no images", async () => {
    const { pages } = await readAll(pdfs.printed);
    expect(pages).toHaveLength(1);
    const { lines, images } = pages[0]!;
    expect(images).toHaveLength(0);
    for (const p of PEOPLE) {
      const l = labelsOf(p);
      expect(lines.includes(`${l.aadhaar}: ${p.aadhaar}`), `${p.labels} Aadhaar line`).toBe(true);
      expect(lines.includes(`${l.phone}: ${p.phone}`), `${p.labels} mobile line`).toBe(true);
      expect(lines.some((x) => x.endsWith(`: ${p.passport}`)), `${p.labels} passport line`).toBe(true);
    }
    expect(lines.includes(`Name: ${PEOPLE[0]!.name}`)).toBe(true);
    expect(lines.join('\n')).not.toContain('\u0000');
  });

  it.skipIf(!hasChromium)('gives each scanned page its image as RGBA pixels (lossless ones unchanged) and no text lines', async () => {
    const { pages } = await readAll(pdfs.scanned);
    expect(pages.map((p) => [p.page, p.lines.length, p.images.length])).toEqual([
      [1, 0, 1],
      [2, 0, 1],
    ]);
    for (const p of pages) expect([p.images[0]!.width, p.images[0]!.height]).toEqual([SHOT.width, SHOT.height]);
    expect(sameRgb(pages[0]!.images[0]!.data, pdfs.page1Rgb)).toBe(true);
  });

  it.skipIf(!hasChromium)('turns a sideways scan upright as the page shows it (/Rotate)', async () => {
    const { pages } = await readAll(pdfs.rotated);
    const img = pages[0]!.images[0]!;
    expect([img.width, img.height]).toEqual([SHOT.width, SHOT.height]);
    expect(sameRgb(img.data, pdfs.rotatedUprightRgb)).toBe(true);
  });

  it('treats a page whose text layer is only a watermark as a scan, ignores icon-sized images, and leaves text pages alone', async () => {
    const pdf = writePdf([
      { width: 600, height: 400, text: [[10, 10, 8, 'Scanned with CamScanner']], images: [{ rgb: grey(300, 200), matrix: [600, 0, 0, 400, 0, 0] }, { rgb: grey(16, 16), matrix: [16, 0, 0, 16, 5, 5] }] },
      { width: 600, height: 800, text: TEXT, images: [{ rgb: grey(300, 200), matrix: [300, 0, 0, 200, 72, 300] }] },
    ]);
    const { pages } = await readAll(pdf);
    expect(pages[0]!.lines).toEqual(['Scanned with CamScanner']);
    expect(pages[0]!.images.map((i) => [i.width, i.height])).toEqual([[300, 200]]);
    expect(pages[1]!.lines).toEqual(TEXT.map((t) => t[3]));
    expect(pages[1]!.images).toEqual([]);
  });

  it('reads a 1-bit stencil mask (as fax-style scans store pages) as black ink on white', async () => {
    // 16×16: left half painted (sample 0), right half not (1).
    const mask = new Uint8Array(16 * 2).fill(0);
    for (let y = 0; y < 16; y++) mask[y * 2 + 1] = 0xff;
    const { pages } = await readAll(writePdf([{ width: 100, height: 100, images: [{ mask: { data: mask, width: 16, height: 16 }, matrix: [100, 0, 0, 100, 0, 0] }] }]), {
      limits: { minImageSide: 8 },
    });
    const img = pages[0]!.images[0]!;
    expect([img.data[0], img.data[3], img.data[15 * 4], img.data[15 * 4 + 3]]).toEqual([0, 255, 255, 255]);
  });
});

describe('PDF reader: unreadable and hostile files', () => {
  it('refuses a password-protected PDF with a reason that says so', async () => {
    const pdf = writePdf([{ width: 612, height: 792, text: TEXT }], { encrypt: { userPassword: 'secret', ownerPassword: 'owner' } });
    const e = await failure(PdfReader.open(pdf));
    expect(e.fatal).toBe(true);
    expect(e.message).toMatch(/encrypted with a password/);
  });

  it('opens a PDF encrypted with an owner password only, reads it, and reports it as encrypted', async () => {
    const pdf = writePdf([{ width: 612, height: 792, text: TEXT }], { encrypt: { userPassword: '', ownerPassword: 'owner' } });
    const { encrypted, pages } = await readAll(pdf);
    expect(encrypted).toBe(true);
    expect(pages[0]!.lines).toEqual(TEXT.map((t) => t[3]));
  });

  it('says a truncated PDF, a PDF header with nothing after it, and a non-PDF are damaged', async () => {
    const whole = writePdf([{ width: 612, height: 792, text: TEXT }]);
    for (const bad of [whole.subarray(0, Math.floor(whole.length / 2)), Buffer.from('%PDF-1.7\n'), Buffer.from('not a pdf at all\n')]) {
      const e = await failure(PdfReader.open(bad));
      expect(e.message).toMatch(/damaged or truncated/);
    }
  });

  it('stops a page that exceeds its time limit, and the reader with it', async () => {
    const pdf = writePdf([{ width: 600, height: 400, images: [{ rgb: grey(1500, 1000), matrix: [600, 0, 0, 400, 0, 0] }] }]);
    const r = await PdfReader.open(pdf, { limits: { pageTimeoutMs: 1 } });
    try {
      const e = await failure(r.readPage(1));
      expect(e.fatal).toBe(true);
      expect(e.message).toMatch(/^Reading page 1 took longer than 1 ms; the PDF reader was stopped/);
      expect((await failure(r.readPage(1))).fatal).toBe(true);
    } finally {
      await r.close();
    }
  });

  it('stops at once when the import is cancelled', async () => {
    const pdf = writePdf([{ width: 600, height: 400, images: [{ rgb: grey(1500, 1000), matrix: [600, 0, 0, 400, 0, 0] }] }]);
    const r = await PdfReader.open(pdf);
    try {
      const ac = new AbortController();
      const reading = r.readPage(1, ac.signal);
      ac.abort();
      const e = await reading.then(
        () => undefined,
        (x: unknown) => x,
      );
      expect((e as Error).name).toBe('AbortError');
    } finally {
      await r.close();
    }
    const ac = new AbortController();
    ac.abort();
    await expect(PdfReader.open(pdf, { signal: ac.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('never decodes an image above the pixel limit', async () => {
    const pdf = writePdf([{ width: 600, height: 400, images: [{ rgb: grey(300, 200), matrix: [600, 0, 0, 400, 0, 0] }] }]);
    const { pages } = await readAll(pdf, { limits: { maxImagePixels: 300 * 200 - 1 } });
    expect(pages[0]!.images).toEqual([]);
    expect(DEFAULT_PDF_LIMITS.maxImagePixels).toBeGreaterThan(0);
  });

  it('refuses the network and the native canvas module to the code it loads as pdf.js', async () => {
    let connections = 0;
    const server = net.createServer((s) => {
      connections++;
      s.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-pdf-guard-'));
    const out = path.join(dir, 'probes.json');
    // The reader thread gets an allow-listed environment (no test variables), so the probe's port and
    // output file are written into a copy of the fake pdf.js module itself.
    const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/pdf/fake-pdfjs.mjs'), 'utf8');
    const copy = path.join(dir, 'fake-pdfjs.mjs');
    fs.writeFileSync(
      copy,
      source
        .replace('Number(process.env.SAKSHYA_PDF_GUARD_TEST_PORT)', String((server.address() as net.AddressInfo).port))
        .replace('process.env.SAKSHYA_PDF_GUARD_TEST_OUT', JSON.stringify(out)),
    );
    try {
      const fake = pathToFileURL(copy).href;
      const config = { ...defaultPdfWorkerConfig(DEFAULT_PDF_LIMITS), pdfjs: fake, pdfjsWorker: fake };
      const r = await PdfReader.open(Buffer.from('%PDF-1.7\n'), { config });
      expect(r.pages).toBe(1);
      expect(r.networkAttempts).toBe(7); // counted, so a refusal the caller swallows is still reported
      await r.close();
      const results = JSON.parse(fs.readFileSync(out, 'utf8')) as { name: string; outcome: string }[];
      expect(results.map((x) => x.name)).toEqual(['fetch', 'http.get', 'https.request', 'net.connect', 'socket.connect', 'tls.connect', 'dns.lookup', '@napi-rs/canvas']);
      for (const x of results.slice(0, 7)) expect(x.outcome, x.name).toContain(PDF_NETWORK_BLOCKED);
      expect(results[7]!.outcome).toMatch(/native module refused/);
      expect(connections).toBe(0);
    } finally {
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('PDF page geometry and text runs', () => {
  /** Reference: where each source pixel's centre lands on the page, read back in row-major page order. */
  function expected(w: number, h: number, m: [number, number, number, number]): number[] {
    const px = [];
    for (let v = 0; v < h; v++) {
      for (let u = 0; u < w; u++) {
        const x = (u + 0.5) / w;
        const y = 1 - (v + 0.5) / h;
        px.push({ id: v * w + u, dx: m[0] * x + m[2] * y, dy: m[1] * x + m[3] * y });
      }
    }
    return px.sort((a, b) => a.dy - b.dy || a.dx - b.dx).map((p) => p.id);
  }

  it('puts every pixel where the page shows it, for each quarter turn and mirror', () => {
    const w = 3;
    const h = 2;
    const data = new Uint8Array(w * h * 4);
    for (let i = 0; i < w * h; i++) data[i * 4] = i; // pixel id in the red channel
    // Device space has y pointing down: [w, 0, 0, -h] is an upright image.
    const placements: [number, number, number, number][] = [
      [30, 0, 0, -20], [-30, 0, 0, -20], [30, 0, 0, 20], [-30, 0, 0, 20],
      [0, 30, 20, 0], [0, -30, 20, 0], [0, 30, -20, 0], [0, -30, -20, 0],
    ];
    for (const m of placements) {
      const out = upright({ width: w, height: h, data: data.slice() }, m);
      const ids = Array.from({ length: w * h }, (_, i) => out.data[i * 4]);
      expect(ids, `placement ${m.join(' ')}`).toEqual(expected(w, h, m));
      expect(out.width * out.height).toBe(w * h);
    }
  });

  it('joins runs on one baseline, spaces wide gaps, and breaks lines at end-of-line flags and new baselines', () => {
    expect(
      textLines([
        ['Name:', 10, 100, 40, 12, false],
        ['Ramesh', 55, 100, 50, 12, false],
        ['Kumar', 105.5, 100, 40, 12, true],
        ['Aadhaar:', 10, 80, 60, 12, false],
        ['', 0, 0, 0, 0, true],
        ['x\u0000y\tz', 10, 60, 30, 12, false],
        ['next', 10, 40, 30, 12, false],
      ]),
    ).toEqual(['Name: RameshKumar', 'Aadhaar:', 'xy z', 'next']);
  });
});
