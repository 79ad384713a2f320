// The one IPC entry point: `sakshya:invoke` → the shared dispatcher, which refuses any sender that is
// not the main window's top frame showing an app://sakshya/ page, validates the request and returns
// wire-safe data. The other way, `sakshya:event` carries the core's events (checked against the contract)
// to that window only while it shows an app:// page.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { countsAsActivity } from '../../shared/api/methods';
import { createDispatcher } from '../node/api/dispatcher';
import { streamEvents } from '../node/api/event-stream';
import type { Workbench } from '../node/core/workbench';
import { isAppUrl } from './app-origin';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channel';
import { isTrustedSender, senderFromFrame } from './sender-check';

export function registerIpc(workbench: Workbench, mainWindow: () => BrowserWindow | null): void {
  const dispatch = createDispatcher(workbench.handlers(), {
    isTrustedSender,
    // A status query (the window re-checking on focus) is not the examiner's activity and must not defer auto-lock.
    onCall: (method) => {
      if (countsAsActivity(method)) workbench.touch();
    },
    onInternalError: logInternalError,
  });

  streamEvents(
    workbench.events,
    (event) => {
      const win = mainWindow();
      if (!win || win.isDestroyed()) return;
      const contents = win.webContents;
      if (contents.isDestroyed() || !isAppUrl(contents.getURL())) return;
      contents.send(EVENT_CHANNEL, event);
    },
    { onInternalError: logInternalError },
  );

  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, payload: unknown) => {
    const win = mainWindow();
    const live = win && !win.isDestroyed() ? win.webContents : null;
    return dispatch(senderOf(event, live), typeof method === 'string' ? method : '', payload);
  });
}

// Method name and error class only: payloads may hold passphrases or personal data.
function logInternalError(method: string, error: unknown): void {
  process.stderr.write(`sakshya: internal error in ${String(method).slice(0, 60)} (${(error as Error)?.name ?? 'Error'})\n`);
}

function senderOf(event: IpcMainInvokeEvent, live: WebContents | null) {
  try {
    const frame = event.senderFrame;
    return senderFromFrame({
      frameGone: frame === null,
      senderWebContentsId: event.sender.id,
      mainWebContentsId: live ? live.id : null,
      isTopLevel: frame !== null && frame.parent === null,
      senderFrameTreeNodeId: frame?.frameTreeNodeId ?? -1,
      mainFrameTreeNodeId: live ? live.mainFrame.frameTreeNodeId : null,
      url: frame?.url ?? '',
    });
  } catch {
    // A frame disposed mid-call throws on property access: treat it as gone, hence untrusted.
    return senderFromFrame({
      frameGone: true,
      senderWebContentsId: -1,
      mainWebContentsId: null,
      isTopLevel: false,
      senderFrameTreeNodeId: -1,
      mainFrameTreeNodeId: null,
      url: '',
    });
  }
}
