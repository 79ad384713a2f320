// Electron entry point: the only composition root that imports 'electron'. Decides between the
// command-line tool and the window, then wires the core (electron/node) to IPC. Everything with logic
// in it lives in the pure helpers beside this file.
import path from 'node:path';
import { app, dialog, Menu, powerMonitor, session, shell, type BrowserWindow } from 'electron';
import { ElectronPdfPrinter } from './pdf-printer';
import { PDF_MARGINS } from '../node/report/pdf-printer';
import { Workbench } from '../node/core/workbench';
import type { LockReason } from '../../shared/api/contract';
import { commands } from '../cli/commands';
import { registerAppSchemePrivileges, handleAppProtocol } from './app-protocol';
import { detectLaunchMode } from './cli-args';
import { refusedDebugSwitches } from './debug-switches';
import { IDLE_THRESHOLD_S, SCREEN_LOCK_POLL_MS, watchScreenLock } from './screen-lock';
import { spawnMonitor, watchLockSignals } from './screen-lock-signals';
import { runCliMode } from './cli-mode';
import { registerIpc } from './ipc';
import { realRoot } from './protocol-path';
import { hardenSession, hardenWebContents } from './session-hardening';
import { openSettings } from './settings';
import { createMainWindow } from './window';

// A packaged build never starts with a DevTools endpoint (--remote-debugging-port/-pipe) or an inspector:
// any local program could attach and read the unlocked vault through it. Checked before anything else.
const refusedSwitches = refusedDebugSwitches(process.argv, { packaged: app.isPackaged, windows: process.platform === 'win32' });
if (refusedSwitches.length > 0) {
  process.stderr.write(`Sakshya: refusing to start with ${refusedSwitches.join(' ')}: a debugging endpoint would expose the vault to other programs.\n`);
  app.exit(2);
  process.exit(2);
}

// Every renderer is sandboxed, whatever a BrowserWindow asks for. The crash reporter is never started
// and nothing here reports anything anywhere: the app is offline by design. (There is no `remote`
// module to disable: Electron removed it in v14.)
app.enableSandbox();
// Before ready, in both modes (report printing from the CLI will load app:// pages too).
registerAppSchemePrivileges();

const launch = detectLaunchMode(process.argv, {
  defaultApp: Boolean(process.defaultApp),
  knownCommands: [...new Set(commands.map((c) => c.name[0]!))],
});

if (launch.mode === 'cli') {
  void runCliMode(launch.args);
} else {
  startGui();
}

function startGui(): void {
  // A second launch focuses the first window instead of opening a second vault session.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const here = import.meta.dirname; // dist/electron (inside app.asar when packaged)
  const preloadPath = path.join(here, 'preload.cjs');
  const rendererDir = path.join(here, '..', 'renderer');

  let mainWindow: BrowserWindow | null = null;
  let workbench: Workbench | null = null;
  const lockVault = (reason: LockReason = 'exit') => () => workbench?.lock(reason);

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('before-quit', lockVault('exit'));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    Menu.setApplicationMenu(null);
    hardenSession(session.defaultSession);
    // The window's own session lives in memory only: no HTTP cache, storage or cookies on disk.
    const ses = session.fromPartition('sakshya-window', { cache: false });
    hardenSession(ses);
    handleAppProtocol(ses, realRoot(rendererDir));

    const settings = openSettings();
    const initial = settings.read();
    const vaultDir = initial.lastVaultPath ?? path.join(app.getPath('userData'), 'vault');
    if (initial.lastVaultPath !== vaultDir) settings.update({ lastVaultPath: vaultDir });
    workbench = new Workbench({
      vaultDir,
      autoLockMinutes: initial.autoLockMinutes,
      onSettingChange: (key, value) => settings.update({ [key]: value }),
      pickFiles: async () => {
        const win = mainWindow;
        const opts = { title: 'Add evidence', properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[] };
        const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
        return r.canceled ? [] : r.filePaths;
      },
      pickFolder: async (purpose) => {
        const win = mainWindow;
        const opts = { title: purpose === 'handover' ? 'Folder for the case package' : purpose === 'export' ? 'Folder for the redacted export' : 'Folder for reports', properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
        const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
        return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0]!;
      },
      pickPackage: async () => {
        const win = mainWindow;
        const opts = { title: 'Receive a case package', properties: ['openFile'] as 'openFile'[], filters: [{ name: 'Sakshya case package', extensions: ['sakshya-case'] }, { name: 'All files', extensions: ['*'] }] };
        const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
        return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0]!;
      },
      openPath: async (dir) => {
        // shell.openPath resolves to an error message ('' on success) rather than rejecting.
        const problem = await shell.openPath(dir);
        if (problem) throw new Error(`The folder ${dir} could not be opened: ${problem}`);
      },
      pdfPrinter: new ElectronPdfPrinter(PDF_MARGINS),
    });
    registerIpc(workbench, () => mainWindow);

    // Keys leave memory when the machine sleeps or the screen locks.
    powerMonitor.on('suspend', lockVault('suspend'));
    powerMonitor.on('lock-screen', lockVault('screen-lock'));
    // Linux has no 'lock-screen' event: listen for the desktop's lock signals over D-Bus (gdbus monitor);
    // where that cannot run, ask the screensaver through Chromium's idle query every few seconds.
    if (process.platform === 'linux') {
      const poll = () =>
        watchScreenLock(
          () => powerMonitor.getSystemIdleState(IDLE_THRESHOLD_S),
          lockVault('screen-lock'),
          (tick) => {
            const t = setInterval(tick, SCREEN_LOCK_POLL_MS);
            t.unref();
            return () => clearInterval(t);
          },
        );
      const monitors = watchLockSignals(spawnMonitor, lockVault('screen-lock'), poll);
      app.on('will-quit', () => monitors.stop());
    }

    mainWindow = createMainWindow({
      preloadPath,
      session: ses,
      savedBounds: initial.windowBounds,
      onBoundsChange: (windowBounds) => settings.update({ windowBounds }),
    });
    // A crashed or killed renderer must not leave the vault open behind it.
    mainWindow.webContents.on('render-process-gone', lockVault('window-gone'));
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}
