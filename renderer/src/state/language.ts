// The display language, switchable at runtime. i18next re-renders every `useTranslation` consumer.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../../shared/i18n';
import { saveLanguage } from '../i18n';

export function useLanguage(): [Language, (lang: Language) => void] {
  const { i18n } = useTranslation();
  const current: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const set = useCallback(
    (lang: Language) => {
      void i18n.changeLanguage(lang);
      saveLanguage(lang);
      // Screen readers and font selection (the :lang() rules in the CSS) follow the document language.
      document.documentElement.lang = lang;
    },
    [i18n],
  );
  return [current, set];
}
