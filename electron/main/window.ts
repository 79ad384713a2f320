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
      preload: opts.preloadPath,
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
