// Settings storage: electron-store (a JSON file in userData, written atomically). Only the
// non-sensitive fields of settings-model.ts; every read goes through sanitizeSettings, so a hand-edited
// or corrupt file cannot inject odd values.
import Store from 'electron-store';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from './settings-model';

export interface SettingsStore {
  read(): Settings;
  update(patch: Partial<Settings>): void;
}

export function openSettings(): SettingsStore {
  const store = new Store<Settings>({
    name: 'settings',
    defaults: DEFAULT_SETTINGS,
    clearInvalidConfig: true,
    // Settings hold nothing secret; keep the file readable by its owner only anyway.
    configFileMode: 0o600,
  });
  return {
    read: () => sanitizeSettings(store.store),
    update: (patch) => {
      const next = sanitizeSettings({ ...sanitizeSettings(store.store), ...patch });
      store.set(next);
    },
  };
}
