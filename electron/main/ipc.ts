// The one IPC entry point: `sakshya:invoke` → the shared dispatcher, which refuses any sender that is
// not the main window's top frame showing an app://sakshya/ page, validates the request and returns
// wire-safe data.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { createDispatcher } from '../node/api/dispatcher';
import type { Workbench } from '../node/core/workbench';
import { INVOKE_CHANNEL } from './ipc-channel';
import { isTrustedSender, senderFromFrame } from './sender-check';

export function registerIpc(workbench: Workbench, mainWindow: () => BrowserWindow | null): void {
  const dispatch = createDispatcher(workbench.handlers(), {
    isTrustedSender,
    // The renderer polls vault.status; a poll is not the examiner's activity and must not defer auto-lock.
    onCall: (method) => {
      if (method !== 'vault.status') workbench.touch();
    },
    // Method name and error class only: payloads may hold passphrases or personal data.
    onInternalError: (method, error) => {
      process.stderr.write(`sakshya: internal error in ${String(method).slice(0, 60)} (${(error as Error)?.name ?? 'Error'})\n`);
    },
  });

  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, payload: unknown) => {
    const win = mainWindow();
    const live = win && !win.isDestroyed() ? win.webContents : null;
    return dispatch(senderOf(event, live), typeof method === 'string' ? method : '', payload);
  });
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
