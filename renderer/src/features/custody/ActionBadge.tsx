// A custody action as a short, translated badge; the tone groups actions by what they mean for the
// evidence (acquired, looked at, revealed, failed, checked).
import { useTranslation } from 'react-i18next';
import { catalogues } from '../../../../shared/i18n';

type Tone = 'ok' | 'warn' | 'danger' | 'neutral' | 'info';

const TONE: Record<string, Tone> = {
  'evidence.acquired': 'info',
  'evidence.parsed': 'info',
  'value.revealed': 'warn',
  'import.failed': 'danger',
  'import.cancelled': 'neutral',
  'verify.run': 'ok',
  'report.generated': 'ok',
};

const KNOWN = new Set(Object.keys(catalogues.en.custody.action));

/** 'value.revealed' → 'value_revealed': i18next reads dots in keys as nesting. */
export function actionKey(action: string): keyof typeof catalogues.en.custody.action | null {
  const key = action.replace(/\./g, '_');
  return KNOWN.has(key) ? (key as keyof typeof catalogues.en.custody.action) : null;
}

export function useActionLabel(): (action: string) => string {
  const { t } = useTranslation();
  return (action) => {
    const key = actionKey(action);
    return key ? t(`custody.action.${key}`) : action;
  };
}

export function ActionBadge({ action }: { action: string }) {
  const label = useActionLabel();
  return (
    <span className={`badge badge-${TONE[action] ?? 'neutral'} action-badge`}>
      {label(action)}
    </span>
  );
}
