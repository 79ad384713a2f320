import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, sanitizeSettings, usableBounds } from '../../electron/main/settings-model';

const abs = path.resolve('/var/sakshya/vault');

describe('settings', () => {
  it('falls back to defaults for a missing or corrupt file', () => {
    expect(sanitizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces each invalid one with its default', () => {
    const s = sanitizeSettings({
      language: 'hi',
      autoLockMinutes: 99999,
      lastVaultPath: 'relative/path',
      windowBounds: { x: 10, y: 20, width: 1200, height: 800 },
    });
    expect(s.language).toBe('hi');
    expect(s.autoLockMinutes).toBe(DEFAULT_SETTINGS.autoLockMinutes);
    expect(s.lastVaultPath).toBeNull();
    expect(s.windowBounds).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
    expect(sanitizeSettings({ lastVaultPath: abs }).lastVaultPath).toBe(abs);
    expect(sanitizeSettings({ language: 'fr' }).language).toBe('en');
  });

  it('drops fields it does not know, so nothing else can be smuggled into settings', () => {
    expect(Object.keys(sanitizeSettings({ passphrase: 'x', language: 'en' })).sort()).toEqual(
      ['autoLockMinutes', 'language', 'lastVaultPath', 'windowBounds'].sort(),
    );
  });

  it('reopens the window where it was only if that place is still on a screen', () => {
    const saved = { x: 100, y: 100, width: 1200, height: 800, maximized: false };
    expect(usableBounds(saved, [{ x: 0, y: 0, width: 1920, height: 1080 }])).toEqual(saved);
    expect(usableBounds({ ...saved, x: 3000 }, [{ x: 0, y: 0, width: 1920, height: 1080 }])).toBeNull();
    expect(usableBounds(null, [{ x: 0, y: 0, width: 1920, height: 1080 }])).toBeNull();
  });
});
