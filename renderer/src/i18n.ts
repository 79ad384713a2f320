// i18next over the shared catalogues. Resources are bundled (the app is offline), so initialisation is
// synchronous and the first render already has strings.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues, isLanguage, type Language } from '../../shared/i18n';

// The chosen language is a display preference, not case data, so localStorage is an acceptable place.
const STORAGE_KEY = 'sakshya.language';

export function savedLanguage(): Language {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(v)) return v;
  } catch {
    // Storage can be disabled (e.g. an opaque origin); English is the fallback.
  }
  return 'en';
}

export function saveLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not persisting a display preference is harmless.
  }
}

export function initI18n(): typeof i18next {
  const lng = savedLanguage();
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: catalogues.en }, hi: { translation: catalogues.hi } },
    lng,
    fallbackLng: 'en',
    initAsync: false,
    // React escapes text itself; double escaping would show "&amp;" in labels.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}
