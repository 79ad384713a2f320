// The window's preload (sandboxed, bundled to CommonJS): exposes one frozen `window.workbench` built
// from the shared contract. No raw ipcRenderer, no channel names, no Node reach the page.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { METHOD_NAMES } from '../../shared/api/methods';
import { buildBridge } from './bridge';
import { INVOKE_CHANNEL } from './channel';

contextBridge.exposeInMainWorld(
  'workbench',
  buildBridge(
    METHOD_NAMES,
    (method, request) => ipcRenderer.invoke(INVOKE_CHANNEL, method, request),
    (file) => webUtils.getPathForFile(file),
  ),
);
