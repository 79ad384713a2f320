// A dismissible error line for failures that are not tied to one field.
import { useTranslation } from 'react-i18next';

export function ErrorBanner({ message, onDismiss }: { message: string; onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <div className="error-banner" role="alert">
      <span>{message}</span>
      <button type="button" className="button-quiet" onClick={onDismiss}>
        {t('common.close')}
      </button>
    </div>
  );
}
