// The app's settings: non-sensitive only (window bounds, language, last vault folder, auto-lock). No
// passphrases, keys, case names or evidence paths ever go here. Pure, so the sanitising is tested
// without Electron; settings.ts stores it with electron-store.
import path from 'node:path';
import { z } from 'zod';

export const LANGUAGES = ['en', 'hi'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Settings {
  windowBounds: WindowBounds | null;
  language: Language;
  /** Absolute path of the vault folder used last, or null for the default under userData. */
  lastVaultPath: string | null;
  autoLockMinutes: number;
}

export const DEFAULT_SETTINGS: Settings = {
  windowBounds: null,
  language: 'en',
  lastVaultPath: null,
  autoLockMinutes: 10,
};

const int = z.number().int().min(-100_000).max(100_000);
const Bounds = z.object({
  x: int,
  y: int,
  width: z.number().int().min(400).max(100_000),
  height: z.number().int().min(300).max(100_000),
  maximized: z.boolean().default(false),
});
const fields = {
  windowBounds: Bounds.nullable(),
  language: z.enum(LANGUAGES),
  lastVaultPath: z
    .string()
    .min(1)
    .max(4096)
    .refine((p) => path.isAbsolute(p) && !p.includes('\0'))
    .nullable(),
  autoLockMinutes: z.number().int().min(0).max(24 * 60),
};

/** Reads settings from whatever is on disk: each invalid or missing field falls back to its default. */
export function sanitizeSettings(raw: unknown): Settings {
  const obj = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const pick = <K extends keyof Settings>(key: K): Settings[K] => {
    const r = fields[key].safeParse(obj[key]);
    return r.success ? (r.data as Settings[K]) : DEFAULT_SETTINGS[key];
  };
  return {
    windowBounds: pick('windowBounds'),
    language: pick('language'),
    lastVaultPath: pick('lastVaultPath'),
    autoLockMinutes: pick('autoLockMinutes'),
  };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Saved bounds, if they still overlap a display's work area by a usable amount (a monitor may have
 * been unplugged since); otherwise null and the window opens centred at its default size.
 */
export function usableBounds(saved: WindowBounds | null, workAreas: readonly Rect[]): WindowBounds | null {
  if (!saved) return null;
  const visible = workAreas.some((a) => {
    const w = Math.min(saved.x + saved.width, a.x + a.width) - Math.max(saved.x, a.x);
    const h = Math.min(saved.y + saved.height, a.y + a.height) - Math.max(saved.y, a.y);
    return w >= 200 && h >= 100;
  });
  return visible ? saved : null;
}
