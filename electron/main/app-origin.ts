// The one origin the app's pages come from. Everything the window loads is served by the privileged
// app:// protocol from dist/renderer, so "is this our page?" is a comparison against this origin.
export const APP_SCHEME = 'app';
export const APP_HOST = 'sakshya';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Every URL of ours starts with this prefix (the trailing slash stops `app://sakshya.evil/`). */
export const APP_URL_PREFIX = `${APP_ORIGIN}/`;
export const APP_ENTRY_URL = `${APP_URL_PREFIX}index.html`;

/**
 * True only for a well-formed page URL of the app's own origin: scheme app:, host sakshya, no
 * credentials, no port. Both the raw prefix and the parsed parts must agree, so odd spellings that
 * parsers disagree about (`app://sakshya@evil/`, `app://sakshya:1/`, backslashes) are refused.
 */
export function isAppUrl(url: string): boolean {
  if (typeof url !== 'string' || !url.startsWith(APP_URL_PREFIX)) return false;
  if (url.includes('\\') || url.includes('\0')) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === `${APP_SCHEME}:` && u.hostname === APP_HOST && u.port === '' && u.username === '' && u.password === '';
}
