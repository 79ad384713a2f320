// Locks down the session and every webContents: no network, no permissions, no downloads, no new
// windows, no webviews, no navigation away from our own pages.
import { app, type Session, type WebContents } from 'electron';
import { isAllowedNavigation, isAllowedPermission, isAllowedRequest } from './navigation-policy';

export function hardenSession(ses: Session): void {
  const allowDevTools = !app.isPackaged;
  // Offline by design: cancel every request that is not for our own pages (http, https, ws, wss,
  // file, ftp, other schemes, other hosts).
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, { allowDevTools }) });
  });
  // Camera, microphone, notifications, geolocation, clipboard-read, HID, serial, USB, ...: all denied;
  // only clipboard writes from our own pages are allowed.
  ses.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isAllowedPermission(permission, details.requestingUrl ?? contents?.getURL() ?? ''));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isAllowedPermission(permission, `${requestingOrigin}/`));
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  // Evidence never leaves through the browser's download manager.
  ses.on('will-download', (event) => event.preventDefault());
  // No dictionary downloads, no text sent to a spelling service.
  ses.setSpellCheckerEnabled(false);
}

/** Applied to every webContents the app ever creates (app 'web-contents-created'). */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
}
