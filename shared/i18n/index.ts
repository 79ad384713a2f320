// One string catalogue for every user-facing surface (renderer now; CLI and reports later).
import { en } from './en';
import { hi } from './hi';
import type { Catalogue } from './types';

export type { Catalogue } from './types';

export const LANGUAGES = ['en', 'hi'] as const;
export type Language = (typeof LANGUAGES)[number];

export const catalogues: { readonly [L in Language]: Catalogue } = { en, hi };

/** BCP 47 tags for Intl formatting: Indian English and Hindi (both with Indian digit grouping). */
export const LOCALE_TAG: { readonly [L in Language]: string } = { en: 'en-IN', hi: 'hi-IN' };

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

export { en, hi };
