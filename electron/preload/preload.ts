// The window's preload (sandboxed, bundled to CommonJS): exposes one frozen `window.workbench` built
// from the shared contract, with `events.subscribe` for what the core pushes. No raw ipcRenderer, no
// channel names, no Node reach the page.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { METHOD_NAMES } from '../../shared/api/methods';
import { buildBridge } from './bridge';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './channel';

contextBridge.exposeInMainWorld(
  'workbench',
  buildBridge(
    METHOD_NAMES,
    (method, request) => ipcRenderer.invoke(INVOKE_CHANNEL, method, request),
    (file) => webUtils.getPathForFile(file),
    // The payload only: the IPC event object (it reaches ipcRenderer) never goes to the page.
    (deliver) => ipcRenderer.on(EVENT_CHANNEL, (_event, payload: unknown) => deliver(payload)),
  ),
);
