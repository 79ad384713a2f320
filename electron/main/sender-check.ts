// Decides whether an IPC call comes from our window's top frame showing our own page (the sender
// checks of GitHub Desktop and VS Code). Pure: the Electron glue extracts the facts, this judges them.
import type { Sender } from '../node/api/dispatcher';
import { isAppUrl } from './app-origin';

/** What the IPC glue reads off `event.sender` / `event.senderFrame` and the main window. */
export interface FrameFacts {
  /** `event.senderFrame` was null (frame navigated away or destroyed before the call arrived). */
  frameGone: boolean;
  senderWebContentsId: number;
  /** Id of the main window's webContents, or null when there is no live main window. */
  mainWebContentsId: number | null;
  /** The sending frame has no parent (it is not an iframe). */
  isTopLevel: boolean;
  senderFrameTreeNodeId: number;
  mainFrameTreeNodeId: number | null;
  url: string;
}

/** Turns frame facts into the dispatcher's `Sender`: "topFrame" means the main window's own top frame. */
export function senderFromFrame(f: FrameFacts): Sender {
  const topFrame =
    !f.frameGone &&
    f.mainWebContentsId !== null &&
    f.senderWebContentsId === f.mainWebContentsId &&
    f.isTopLevel &&
    f.mainFrameTreeNodeId !== null &&
    f.senderFrameTreeNodeId === f.mainFrameTreeNodeId;
  return { url: f.frameGone ? '' : f.url, topFrame };
}

/** The dispatcher's `isTrustedSender`: the main window's top frame, showing an app://sakshya/ page. */
export function isTrustedSender(s: Sender): boolean {
  return s.topFrame === true && isAppUrl(s.url);
}
