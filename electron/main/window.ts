// The one application window: sandboxed, context-isolated, no Node, showing app://sakshya/index.html.
import { app, BrowserWindow, screen, type Session } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { usableBounds, type WindowBounds } from './settings-model';

export interface MainWindowOptions {
  preloadPath: string;
  session: Session;
  savedBounds: WindowBounds | null;
  onBoundsChange: (bounds: WindowBounds) => void;
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const bounds = usableBounds(
    opts.savedBounds,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(bounds ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height } : { width: 1280, height: 800 }),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Sakshya',
    backgroundColor: '#ffffff',
    webPreferences: {
      // Electronegativity asks for a manual review of every preload. Reviewed: preload.ts exposes only the
      // frozen bridge built from the shared contract (one function per method, one argument each, one
      // channel, no raw ipcRenderer); test/electron/bridge.test.ts pins that shape.
      preload: opts.preloadPath, /* eng-disable PRELOAD_JS_CHECK */
      session: opts.session,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // No middle-click "open in new window" events (new windows are denied anyway).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      // DevTools only while developing: a packaged build has no console to poke at the bridge from.
      devTools: !app.isPackaged,
    },
  });
  if (bounds?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const save = () => {
    if (win.isDestroyed() || win.isMinimized()) return;
    const b = win.getNormalBounds();
    opts.onBoundsChange({ x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
  };
  win.on('close', save);

  void win.loadURL(APP_ENTRY_URL);
  return win;
}
