// What the window may load and what its session may request. Pure, so the policy is tested without
// Electron; session-hardening.ts wires it into will-navigate and webRequest.
import { isAppUrl } from './app-origin';

/** Navigation (will-navigate, will-redirect, will-frame-navigate) may only stay on our own pages. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Requests the session lets through. Our pages and their data:/blob: images only; DevTools' own
 * scheme only in development builds. Everything else (http, https, ws, wss, file, ftp, chrome,
 * chrome-extension, other custom schemes, other app:// hosts) is cancelled: the app is offline by
 * design and must never fetch or leak anything.
 */
export function isAllowedRequest(url: string, opts: { allowDevTools: boolean }): boolean {
  if (typeof url !== 'string') return false;
  if (isAppUrl(url)) return true;
  const colon = url.indexOf(':');
  const scheme = colon > 0 ? url.slice(0, colon).toLowerCase() : '';
  if (scheme === 'data') return true;
  // blob: URLs carry their creator's origin (`blob:app://sakshya/<uuid>`): only ours may load.
  if (scheme === 'blob') return isAppUrl(url.slice('blob:'.length));
  if (scheme === 'devtools') return opts.allowDevTools;
  return false;
}

/** Permissions a page may have: only writing text the investigator chose to copy (a hash, a case id). */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/**
 * Permission requests and checks: everything is denied (camera, microphone, geolocation,
 * notifications, clipboard reading, HID, serial, USB, MIDI, ...) except clipboard writes from our own
 * pages.
 */
export function isAllowedPermission(permission: string, requestingUrl: string): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}
