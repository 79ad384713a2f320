// The examiner's identity and the full signing-key fingerprint, for reading aloud during verification.
import { useTranslation } from 'react-i18next';
import type { Examiner } from '../../../shared/api/contract';
import { Dialog } from './Dialog';
import { Fingerprint } from './Fingerprint';

export function ExaminerDialog({ examiner, vaultPath, onClose }: { examiner: Examiner; vaultPath: string; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('examinerDialog.title')}
      onClose={onClose}
      wide
      footer={
        <button type="button" className="button-primary" onClick={onClose} data-autofocus>
          {t('common.close')}
        </button>
      }
    >
      <p className="dialog-note">{t('examinerDialog.intro')}</p>
      <dl className="detail-list">
        <dt>{t('vault.name')}</dt>
        <dd>{examiner.name}</dd>
        <dt>{t('vault.designation')}</dt>
        <dd>{examiner.designation || '—'}</dd>
        <dt>{t('vault.organisation')}</dt>
        <dd>{examiner.organisation || '—'}</dd>
        <dt>{t('examinerDialog.fingerprint')}</dt>
        <dd>
          <Fingerprint value={examiner.keyFingerprint} />
        </dd>
        <dt>{t('vault.folder')}</dt>
        <dd className="mono">{vaultPath}</dd>
      </dl>
    </Dialog>
  );
}
