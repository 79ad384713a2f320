// The privileged app:// scheme that serves the renderer build, and nothing else, to the window.
import fs from 'node:fs';
import { protocol, type Session } from 'electron';
import { APP_SCHEME } from './app-origin';
import { securityHeaders } from './csp';
import { resolveAppFile } from './protocol-path';

/** Must run before `app` is ready: app:// behaves like https (standard, secure origin, fetch). */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false, bypassCSP: false },
    },
  ]);
}

/** Serves files under `rendererRoot` (a real path) on `ses`; refusals get an empty response with a status. */
export function handleAppProtocol(ses: Session, rendererRoot: string): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const r = resolveAppFile(request.url, rendererRoot, request.method);
    if (!r.ok) return new Response(null, { status: r.status, headers: securityHeaders('text/plain; charset=utf-8') });
    try {
      const body = request.method === 'HEAD' ? null : await fs.promises.readFile(r.file);
      return new Response(body, { status: 200, headers: securityHeaders(r.mimeType) });
    } catch {
      return new Response(null, { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });
    }
  });
}
