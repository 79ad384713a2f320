import { describe, expect, it } from 'vitest';
import { isAppUrl, APP_ENTRY_URL } from '../../electron/main/app-origin';
import { isTrustedSender, senderFromFrame, type FrameFacts } from '../../electron/main/sender-check';
import { isAllowedNavigation, isAllowedPermission, isAllowedRequest } from '../../electron/main/navigation-policy';

const mainTop: FrameFacts = {
  frameGone: false,
  senderWebContentsId: 7,
  mainWebContentsId: 7,
  isTopLevel: true,
  senderFrameTreeNodeId: 1,
  mainFrameTreeNodeId: 1,
  url: APP_ENTRY_URL,
};

describe('IPC sender check', () => {
  it('trusts the main window top frame showing an app://sakshya/ page', () => {
    expect(isTrustedSender(senderFromFrame(mainTop))).toBe(true);
    expect(isTrustedSender(senderFromFrame({ ...mainTop, url: 'app://sakshya/index.html#/case/abc' }))).toBe(true);
  });

  it('refuses an iframe of the main window, even one showing our own page', () => {
    expect(isTrustedSender(senderFromFrame({ ...mainTop, isTopLevel: false, senderFrameTreeNodeId: 5 }))).toBe(false);
    expect(isTrustedSender(senderFromFrame({ ...mainTop, senderFrameTreeNodeId: 5 }))).toBe(false);
  });

  it('refuses other webContents and calls arriving when there is no main window', () => {
    expect(isTrustedSender(senderFromFrame({ ...mainTop, senderWebContentsId: 8 }))).toBe(false);
    expect(isTrustedSender(senderFromFrame({ ...mainTop, mainWebContentsId: null, mainFrameTreeNodeId: null }))).toBe(false);
  });

  it('refuses a frame that navigated away or was destroyed before the call arrived', () => {
    expect(isTrustedSender(senderFromFrame({ ...mainTop, frameGone: true }))).toBe(false);
  });

  it('refuses the top frame when it shows anything but our origin', () => {
    for (const url of [
      'https://evil.example/',
      'file:///home/user/evil.html',
      'app://evil/index.html',
      'app://sakshya.evil/index.html',
      'app://sakshya@evil/index.html',
      'app://sakshya:1/index.html',
      'app://sakshya',
      'about:blank',
      'data:text/html,<script>1</script>',
      'devtools://devtools/bundled/inspector.html',
      '',
    ]) {
      expect(isTrustedSender(senderFromFrame({ ...mainTop, url })), url).toBe(false);
    }
  });

  it('needs both topFrame and our URL in the dispatcher Sender', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, topFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://x/', topFrame: true })).toBe(false);
  });
});

describe('app origin', () => {
  it('recognises only well-formed app://sakshya/ URLs', () => {
    expect(isAppUrl('app://sakshya/')).toBe(true);
    expect(isAppUrl('app://sakshya/assets/x.js')).toBe(true);
    expect(isAppUrl('APP://sakshya/')).toBe(false);
    expect(isAppUrl('app://sakshya\\@evil/')).toBe(false);
    expect(isAppUrl('app://sakshya/\0')).toBe(false);
  });
});

describe('navigation and request policy', () => {
  it('lets the window navigate only within app://sakshya/', () => {
    expect(isAllowedNavigation('app://sakshya/index.html')).toBe(true);
    expect(isAllowedNavigation('https://example.org/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('app://other/index.html')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
  });

  it('cancels every network scheme and foreign origin', () => {
    const opts = { allowDevTools: false };
    for (const url of [
      'http://127.0.0.1:8080/',
      'https://example.org/x.js',
      'ws://localhost/',
      'wss://example.org/',
      'file:///etc/passwd',
      'ftp://example.org/',
      'chrome://gpu',
      'chrome-extension://abc/x.js',
      'app://evil/x.js',
      'blob:https://example.org/1234',
      'devtools://devtools/bundled/inspector.html',
      'sakshya:invoke',
      '',
    ]) {
      expect(isAllowedRequest(url, opts), url).toBe(false);
    }
  });

  it('lets our pages, their data: and blob: images and (in development only) DevTools through', () => {
    expect(isAllowedRequest('app://sakshya/assets/x.js', { allowDevTools: false })).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', { allowDevTools: false })).toBe(true);
    expect(isAllowedRequest('blob:app://sakshya/0b6e2c58-1f6b-4d0c-9d3c-1b8f3c1f2a11', { allowDevTools: false })).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', { allowDevTools: true })).toBe(true);
  });
});

describe('permission policy', () => {
  it('denies every device, sensor and clipboard-read permission, even to our own pages', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'serial', 'usb', 'midi', 'openExternal', 'fileSystem', 'fullscreen', 'display-capture']) {
      expect(isAllowedPermission(p, 'app://sakshya/index.html'), p).toBe(false);
    }
  });

  it('lets only our own pages write to the clipboard', () => {
    expect(isAllowedPermission('clipboard-sanitized-write', 'app://sakshya/index.html')).toBe(true);
    expect(isAllowedPermission('clipboard-sanitized-write', 'app://sakshya/')).toBe(true);
    expect(isAllowedPermission('clipboard-sanitized-write', 'https://example.org/')).toBe(false);
    expect(isAllowedPermission('clipboard-sanitized-write', '')).toBe(false);
  });
});
