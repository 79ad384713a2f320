// The selected case's identity: title, office reference, creation time in IST, and internal id.
import { useTranslation } from 'react-i18next';
import type { CaseInfo } from '../../../shared/api/contract';
import { formatIst } from '../lib/format';
import { useLanguage } from '../state/language';

export function CaseHeader({ c, onRename, onHandover }: { c: CaseInfo; onRename(): void; onHandover?(): void }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  return (
    <header className="case-header">
      <div className="case-title-row">
        <h1 className="case-title">{c.title}</h1>
        <button type="button" className="button-secondary" onClick={onRename} title={t('caseView.renameHint')}>
          {t('caseView.rename')}
        </button>
        {onHandover && (
          <button type="button" className="button-secondary case-handover" onClick={onHandover} title={t('handover.sendHint')}>
            {t('handover.send')}
          </button>
        )}
      </div>
      <dl className="case-meta">
        <div>
          <dt>{t('caseView.ref')}</dt>
          <dd className={c.ref ? 'mono' : 'muted'}>{c.ref || t('caseView.noRef')}</dd>
        </div>
        <div>
          <dt>{t('caseView.created')}</dt>
          <dd>
            <time dateTime={c.createdAt}>{formatIst(c.createdAt, lang)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('caseView.id')}</dt>
          <dd className="mono">{c.id}</dd>
        </div>
      </dl>
    </header>
  );
}
