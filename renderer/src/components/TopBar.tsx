// The top bar: product name, language switch and the Lock button.
import { useTranslation } from 'react-i18next';
import { BrandMark } from './BrandMark';
import { LanguageSwitch } from './LanguageSwitch';

export function TopBar({ onLock, onVaultSettings, onReceiveCase }: { onLock(): void; onVaultSettings?(): void; onReceiveCase?(): void }) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <div className="brand">
        <BrandMark size={22} />
        <span className="brand-name">Sakshya</span>
        <span className="brand-native" lang="hi">
          साक्ष्य
        </span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <div className="topbar-actions">
        <LanguageSwitch />
        {onReceiveCase && (
          <button type="button" className="button-lock" onClick={onReceiveCase} title={t('handover.receiveHint')}>
            {t('handover.receive')}
          </button>
        )}
        {onVaultSettings && (
          <button type="button" className="button-lock" onClick={onVaultSettings} title={t('vaultSettings.openHint')}>
            {t('vaultSettings.open')}
          </button>
        )}
        <button type="button" className="button-lock" onClick={onLock} title={t('shell.lockHint')}>
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
            <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
          {t('shell.lock')}
        </button>
      </div>
    </header>
  );
}
