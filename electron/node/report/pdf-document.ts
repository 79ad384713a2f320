// Serves the report page to the printing browser from memory, at an ordinary URL, instead of as a
// `data:` URL. With its four embedded fonts a report is over 3 million characters as a base64 data: URL,
// and Chromium refuses URLs longer than 2 MiB (url::kMaxURLChars), so the app's printer failed on every
// real report. Both printers (Electron's protocol handler, headless Chromium's request interception) ask
// this store for the response: the exact URL of a page added and not yet released, GET or HEAD only, with
// a policy that lets the page load nothing but its own inline styles and data: fonts and images.
import { randomUUID } from 'node:crypto';

/** The page may not run script or fetch anything; inline styles and the embedded fonts/images only. */
export const PRINT_CSP = ["default-src 'none'", "style-src 'unsafe-inline'", 'font-src data:', 'img-src data:', "base-uri 'none'", "form-action 'none'"].join('; ');

export interface PrintResponse {
  status: number;
  body: string | null;
  headers: Record<string, string>;
}

export class PrintDocuments {
  readonly #pages = new Map<string, string>();

  /** `origin`: scheme and host the printer's browser sends to this store (no trailing slash). */
  constructor(readonly origin: string) {}

  /** Adds a page under a fresh unguessable URL; `release` forgets it (call when the print is done). */
  add(html: string): { url: string; release: () => void } {
    const url = `${this.origin}/print/${randomUUID()}.html`;
    this.#pages.set(url, html);
    return { url, release: () => void this.#pages.delete(url) };
  }

  /** How many pages are held (released pages are gone). */
  get size(): number {
    return this.#pages.size;
  }

  respond(url: string, method: string): PrintResponse {
    const headers = { 'Content-Security-Policy': PRINT_CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };
    if (method !== 'GET' && method !== 'HEAD') return { status: 405, body: null, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } };
    const html = this.#pages.get(url);
    if (html === undefined) return { status: 404, body: null, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } };
    return { status: 200, body: method === 'HEAD' ? null : html, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } };
  }
}
