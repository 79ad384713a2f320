// The composition root (electron/main/main.ts) run under plain Node against a stand-in 'electron'
// module: checks what it asks of Electron (sandbox, privileged scheme, window preferences, session
// handlers, the one IPC channel, vault locking) and that CLI mode opens no window. This does not
// replace running the real app (electron-app.test.ts does that where a binary exists); it pins the
// wiring on machines without one.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Fn = (...args: never[]) => unknown;

const h = vi.hoisted(() => ({ fakes: null as unknown as Record<string, unknown>, rendererRoot: '' }));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeSession {
    handlers: Record<string, Fn> = {};
    events = new Emitter();
    webRequest = { onBeforeRequest: (fn: Fn) => (this.handlers.beforeRequest = fn) };
    protocol = { handle: (scheme: string, fn: Fn) => (this.handlers[`protocol:${scheme}`] = fn) };
    setPermissionRequestHandler = (fn: Fn) => (this.handlers.permissionRequest = fn);
    setPermissionCheckHandler = (fn: Fn) => (this.handlers.permissionCheck = fn);
    setDevicePermissionHandler = (fn: Fn) => (this.handlers.devicePermission = fn);
    setDisplayMediaRequestHandler = (fn: Fn) => (this.handlers.displayMedia = fn);
    setSpellCheckerEnabled = (on: boolean) => (this.handlers.spellChecker = (() => on) as Fn);
    on = (event: string, fn: Fn) => this.events.on(event, fn as never);
  }
  class FakeWebContents extends Emitter {
    static nextId = 1;
    id = FakeWebContents.nextId++;
    mainFrame = { frameTreeNodeId: 100 + this.id };
    openHandler: Fn | null = null;
    pageUrl = 'app://sakshya/index.html';
    sent: unknown[][] = [];
    setWindowOpenHandler(fn: Fn) {
      this.openHandler = fn;
    }
    getURL() {
      return this.pageUrl;
    }
    isDestroyed() {
      return false;
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
  }
  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends Emitter {
    webContents = new FakeWebContents();
    url = '';
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    maximize() {}
    show() {}
    restore() {}
    focus() {}
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
  }
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    calls: [] as string[],
    exitCode: null as number | null,
    enableSandbox: () => app.calls.push('enableSandbox'),
    requestSingleInstanceLock: () => (app.calls.push('requestSingleInstanceLock'), true),
    whenReady: () => Promise.resolve(),
    quit: () => app.calls.push('quit'),
    exit: (code: number) => {
      app.exitCode = code;
    },
    disableHardwareAcceleration: () => app.calls.push('disableHardwareAcceleration'),
    getPath: (name: string) => path.join(h.rendererRoot, '..', `path-${name}`),
    setPath: (name: string, value: string) => app.calls.push(`setPath:${name}:${value}`),
  });
  const privileged: unknown[] = [];
  const ipcHandlers = new Map<string, Fn>();
  const powerMonitor = new Emitter();
  const defaultSession = new FakeSession();
  const partitions = new Map<string, FakeSession>();
  const fakes = {
    reset() {
      windows.length = 0;
      privileged.length = 0;
      ipcHandlers.clear();
      powerMonitor.removeAllListeners();
      app.removeAllListeners();
      app.calls.length = 0;
      app.exitCode = null;
      defaultSession.handlers = {};
      partitions.clear();
      fakes.menu.length = 0;
    },
    app,
    windows,
    privileged,
    ipcHandlers,
    powerMonitor,
    defaultSession,
    partitions,
    menu: [] as unknown[],
    FakeWebContents,
  };
  h.fakes = fakes;
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    Menu: { setApplicationMenu: (m: unknown) => fakes.menu.push(m) },
    powerMonitor,
    protocol: { registerSchemesAsPrivileged: (s: unknown[]) => privileged.push(...s) },
    ipcMain: { handle: (channel: string, fn: Fn) => ipcHandlers.set(channel, fn) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession,
      fromPartition: (name: string) => {
        if (!partitions.has(name)) partitions.set(name, new FakeSession());
        return partitions.get(name)!;
      },
    },
  };
});

vi.mock('electron-store', () => ({
  default: class {
    store: Record<string, unknown>;
    constructor(opts: { defaults: Record<string, unknown> }) {
      this.store = { ...opts.defaults };
    }
    set(v: Record<string, unknown>) {
      this.store = { ...v };
    }
  },
}));

// The real renderer build is not needed: serve a small fixture folder instead.
vi.mock('../../electron/main/protocol-path', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/main/protocol-path')>();
  return { ...real, realRoot: () => h.rendererRoot };
});

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-wiring-'));
h.rendererRoot = fs.realpathSync(fs.mkdirSync(path.join(tmp, 'renderer'), { recursive: true }) ?? path.join(tmp, 'renderer'));
fs.writeFileSync(path.join(h.rendererRoot, 'index.html'), '<!doctype html><title>t</title>');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Fakes {
  reset(): void;
  app: EventEmitter & { calls: string[]; exitCode: number | null };
  windows: (EventEmitter & { options: { webPreferences: Record<string, unknown> }; url: string; webContents: EventEmitter & { id: number; mainFrame: { frameTreeNodeId: number }; openHandler: Fn } })[];
  privileged: { scheme: string; privileges: Record<string, boolean> }[];
  ipcHandlers: Map<string, Fn>;
  powerMonitor: EventEmitter;
  defaultSession: { handlers: Record<string, Fn> };
  partitions: Map<string, { handlers: Record<string, Fn>; events: EventEmitter }>;
  menu: unknown[];
  FakeWebContents: new () => EventEmitter & { openHandler: Fn | null };
}
const fakes = () => h.fakes as unknown as Fakes;

const realArgv = process.argv;
async function start(argv: string[]): Promise<Fakes> {
  (h.fakes as unknown as Fakes | null)?.reset();
  vi.resetModules();
  process.argv = argv;
  await import('../../electron/main/main');
  await new Promise((r) => setTimeout(r, 50)); // let whenReady().then(...) run
  return fakes();
}
beforeEach(() => {
  process.argv = realArgv;
});
afterEach(() => {
  process.argv = realArgv;
  vi.restoreAllMocks();
});

describe('main.ts in window mode', () => {
  it('sandboxes every renderer, registers app:// as privileged and takes the single-instance lock', async () => {
    const f = await start(['/opt/Sakshya/sakshya-workbench']);
    expect(f.app.calls).toContain('enableSandbox');
    expect(f.app.calls).toContain('requestSingleInstanceLock');
    expect(f.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true, bypassCSP: false }) },
    ]);
    expect(f.menu).toEqual([null]);
  });

  it('opens one window with hardened preferences on app://sakshya/index.html', async () => {
    const f = await start(['/opt/Sakshya/sakshya-workbench']);
    expect(f.windows).toHaveLength(1);
    const w = f.windows[0]!;
    expect(w.url).toBe('app://sakshya/index.html');
    expect(w.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
    expect(String(w.options.webPreferences.preload)).toMatch(/preload\.cjs$/);
  });

  it('cancels network requests and denies permissions in the window session and the default one', async () => {
    const f = await start(['/opt/Sakshya/sakshya-workbench']);
    for (const ses of [f.partitions.get('sakshya-window')!, f.defaultSession]) {
      const verdict = (url: string) => {
        let cancel: boolean | undefined;
        (ses.handlers.beforeRequest as unknown as (d: object, cb: (r: { cancel: boolean }) => void) => void)({ url }, (r) => (cancel = r.cancel));
        return cancel;
      };
      expect(verdict('https://example.org/')).toBe(true);
      expect(verdict('file:///etc/passwd')).toBe(true);
      expect(verdict('devtools://devtools/bundled/inspector.html')).toBe(true); // packaged: no DevTools
      expect(verdict('app://sakshya/index.html')).toBe(false);
      let granted: boolean | undefined;
      (ses.handlers.permissionRequest as unknown as (...a: unknown[]) => void)(null, 'media', (g: boolean) => (granted = g), { requestingUrl: 'app://sakshya/index.html' });
      expect(granted).toBe(false);
      expect((ses.handlers.permissionCheck as unknown as (...a: unknown[]) => boolean)(null, 'geolocation', 'app://sakshya', {})).toBe(false);
    }
  });

  it('serves the renderer folder over app:// with the CSP header, and refuses traversal', async () => {
    const f = await start(['/opt/Sakshya/sakshya-workbench']);
    const handle = f.partitions.get('sakshya-window')!.handlers['protocol:app'] as unknown as (r: { url: string; method: string }) => Promise<Response>;
    const ok = await handle({ url: 'app://sakshya/index.html', method: 'GET' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await ok.text()).toContain('<title>t</title>');
    expect((await handle({ url: 'app://sakshya/..%2f..%2fsecret', method: 'GET' })).status).toBe(403);
    expect((await handle({ url: 'app://sakshya/index.html', method: 'POST' })).status).toBe(405);
    // The URL parser folds %2e%2e itself: what is left is looked up inside the root, and is not there.
    expect((await handle({ url: 'app://sakshya/%2e%2e/secret', method: 'GET' })).status).toBe(404);
  });

  it('blocks navigation, new windows and webviews in every webContents', async () => {
    const f = await start(['/opt/Sakshya/sakshya-workbench']);
    const contents = new f.FakeWebContents();
    f.app.emit('web-contents-created', {}, contents);
    const prevented = (event: string, ...args: unknown[]) => {
      let p = false;
      contents.emit(event, { preventDefault: () => (p = true), url: args[0] }, ...args);
      return p;
    };
    expect(prevented('will-navigate', 'https://example.org/')).toBe(true);
    expect(prevented('will-redirect', 'https://example.org/')).toBe(true);
    expect(prevented('will-frame-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
    expect(prevented('will-navigate', 'app://sakshya/index.html')).toBe(false);
    expect((contents.openHandler as unknown as () => unknown)()).toEqual({ action: 'deny' });
  });

  it('answers only the main window top frame on the one IPC channel', async () => {
    const f = await start(['/opt/Sakshya/sakshya-workbench']);
    expect([...f.ipcHandlers.keys()]).toEqual(['sakshya:invoke']);
    const invoke = f.ipcHandlers.get('sakshya:invoke') as unknown as (e: object, m: unknown, p: unknown) => Promise<{ ok: boolean; value?: { state: string }; error?: { code: string } }>;
    const wc = f.windows[0]!.webContents;
    const frame = { url: 'app://sakshya/index.html', parent: null, frameTreeNodeId: wc.mainFrame.frameTreeNodeId };
    const good = await invoke({ sender: wc, senderFrame: frame }, 'vault.status', {});
    expect(good).toMatchObject({ ok: true, value: { state: 'absent' } });
    const refuse = async (event: object) => (await invoke(event, 'vault.status', {})).error?.code;
    expect(await refuse({ sender: wc, senderFrame: { ...frame, url: 'https://evil.example/' } })).toBe('UNTRUSTED_SENDER');
    expect(await refuse({ sender: wc, senderFrame: { ...frame, parent: {}, frameTreeNodeId: 999 } })).toBe('UNTRUSTED_SENDER');
    expect(await refuse({ sender: { id: 12345 }, senderFrame: frame })).toBe('UNTRUSTED_SENDER');
    expect(await refuse({ sender: wc, senderFrame: null })).toBe('UNTRUSTED_SENDER');
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
      frameTreeNodeId: wc.mainFrame.frameTreeNodeId,
    };
    expect(await refuse({ sender: wc, senderFrame: disposed })).toBe('UNTRUSTED_SENDER');
    expect((await invoke({ sender: wc, senderFrame: frame }, 'shell.openExternal', {})).error?.code).toBe('UNKNOWN_METHOD');
  });

  it('pushes the core events to the main window on sakshya:event, only while it shows an app:// page', async () => {
    const f = await start(['/opt/Sakshya/sakshya-workbench']);
    const invoke = f.ipcHandlers.get('sakshya:invoke') as unknown as (e: object, m: unknown, p: unknown) => Promise<{ ok: boolean }>;
    const wc = f.windows[0]!.webContents as unknown as { id: number; mainFrame: { frameTreeNodeId: number }; pageUrl: string; sent: unknown[][] };
    const frame = { url: 'app://sakshya/index.html', parent: null, frameTreeNodeId: wc.mainFrame.frameTreeNodeId };
    const passphrase = 'wiring test quartz meadow lantern';
    const created = await invoke({ sender: wc, senderFrame: frame }, 'vault.create', { passphrase, examiner: { name: 'Wiring Examiner', designation: '', organisation: '' } });
    expect(created.ok).toBe(true);
    await invoke({ sender: wc, senderFrame: frame }, 'vault.lock', {});
    expect(wc.sent.map(([channel, e]) => [channel, (e as { status: { state: string } }).status.state, (e as { reason?: string }).reason ?? null])).toEqual([
      ['sakshya:event', 'unlocked', null],
      ['sakshya:event', 'locked', 'user'],
    ]);
    expect(JSON.stringify(wc.sent)).not.toContain(passphrase);
    // A window that has navigated away from the app (it cannot, but if it did) is sent nothing.
    wc.pageUrl = 'https://evil.example/';
    expect((await invoke({ sender: wc, senderFrame: frame }, 'vault.unlock', { passphrase })).ok).toBe(true);
    expect(wc.sent).toHaveLength(2);
  });

  it('locks the vault on quit, suspend, screen lock and a renderer crash', async () => {
    const { Workbench } = await import('../../electron/node/core/workbench');
    const lock = vi.spyOn(Workbench.prototype, 'lock');
    const f = await start(['/opt/Sakshya/sakshya-workbench']);
    const { Workbench: Fresh } = await import('../../electron/node/core/workbench');
    const lockFresh = Fresh === Workbench ? lock : vi.spyOn(Fresh.prototype, 'lock');
    f.powerMonitor.emit('suspend');
    f.powerMonitor.emit('lock-screen');
    f.windows[0]!.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    f.app.emit('before-quit');
    expect(lockFresh).toHaveBeenCalledTimes(4);
    // Each lock says what caused it (vault.status passes the reason on to the screen).
    expect(lockFresh.mock.calls.map((c) => c[0])).toEqual(['suspend', 'screen-lock', 'window-gone', 'exit']);
  });
});

describe('main.ts in CLI mode', () => {
  it('runs the command in the main process, opens no window, takes no lock and exits with its code', async () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(((s: string, cb?: () => void) => {
      out.push(String(s));
      if (typeof cb === 'function') cb();
      return true;
    }) as typeof process.stdout.write);
    const f = await start(['/opt/Sakshya/sakshya-workbench', '--ozone-platform=headless', '--cli', '--', '--version']);
    await vi.waitFor(() => expect(f.app.exitCode).not.toBeNull());
    expect(f.app.exitCode).toBe(0);
    expect(out.join('')).toMatch(/\d+\.\d+\.\d+/);
    expect(f.windows).toHaveLength(0);
    expect(f.app.calls).not.toContain('requestSingleInstanceLock');
    expect(f.app.calls).toContain('disableHardwareAcceleration');
    expect(f.app.calls.some((c) => c.startsWith('setPath:sessionData:'))).toBe(true);
    expect(f.ipcHandlers.size).toBe(0);
  });
});
