// Maps an app:// URL to a file under the renderer folder, or refuses it. Pure Node (no 'electron'), so
// it is tested under plain Node. Inside a packaged app the root is in app.asar; Electron's fs patches
// make realpathSync/statSync work there too.
import fs from 'node:fs';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { mimeTypeFor } from './mime-types';

export type ResolvedAppFile =
  | { ok: true; file: string; mimeType: string }
  | { ok: false; status: 400 | 403 | 404 | 405; reason: string };

const refuse = (status: 400 | 403 | 404 | 405, reason: string): ResolvedAppFile => ({ ok: false, status, reason });

/** Segments that must never reach the file system, whatever their encoding. */
function badSegment(seg: string): boolean {
  return (
    seg === '.' ||
    seg === '..' ||
    seg.includes('/') || // an encoded %2F inside a segment
    seg.includes('\\') ||
    seg.includes('\0') ||
    seg.includes(':') || // Windows drive letters and NTFS alternate data streams
    /[\u0000-\u001f]/.test(seg)
  );
}

/** The canonical real path of the folder that may be served (resolve it once at startup). */
export function realRoot(dir: string): string {
  return fs.realpathSync(path.resolve(dir));
}

/**
 * Resolves `rawUrl` (as the protocol handler receives it) to a regular file inside `root`, which must
 * already be a real path (see `realRoot`). Refuses other hosts, credentials, ports, dot segments in
 * any encoding, NUL and control characters, backslashes, drive letters, symlinks that leave the
 * root, folders and missing files.
 */
export function resolveAppFile(rawUrl: string, root: string, method = 'GET'): ResolvedAppFile {
  if (method !== 'GET' && method !== 'HEAD') return refuse(405, 'method');
  if (typeof rawUrl !== 'string' || rawUrl.length > 4096) return refuse(400, 'url');
  if (rawUrl.includes('\0') || rawUrl.includes('\\')) return refuse(400, 'character');
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return refuse(400, 'url');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return refuse(403, 'origin');
  if (url.username !== '' || url.password !== '' || url.port !== '') return refuse(403, 'origin');

  // The URL parser has already folded plain `..`; decode each segment and look again, because the
  // encoded forms (%2e%2e, %2f, %5c, %00) only appear after decoding.
  const rawSegments = url.pathname.split('/').filter((s) => s !== '');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return refuse(400, 'encoding');
    }
    if (badSegment(seg)) return refuse(403, 'segment');
    segments.push(seg);
  }
  if (segments.length === 0) segments.push('index.html');

  const candidate = path.resolve(root, ...segments);
  if (!isInside(candidate, root)) return refuse(403, 'outside');
  let real: string;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    return refuse(404, 'missing');
  }
  // A symlink (or junction) inside the build must not lead out of it.
  if (!isInside(real, root)) return refuse(403, 'outside');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(real);
  } catch {
    return refuse(404, 'missing');
  }
  if (!stat.isFile()) return refuse(404, 'not a file');
  return { ok: true, file: real, mimeType: mimeTypeFor(real) };
}

function isInside(p: string, root: string): boolean {
  const rel = path.relative(root, p);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
