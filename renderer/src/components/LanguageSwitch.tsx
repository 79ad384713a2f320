// English / हिन्दी toggle. Each option is labelled in its own language so either reader can find it.
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/i18n';
import { useLanguage } from '../state/language';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const [lang, setLang] = useLanguage();
  return (
    <div className="segmented" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)}>
          {t(`language.${l}`)}
        </button>
      ))}
    </div>
  );
}
