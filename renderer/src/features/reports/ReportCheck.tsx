// After a report is written: the bundle verified as a third party would verify it, and its folder opened
// through the host (the system's file manager).
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useLoadedCall } from '../../state/loaded-call';

export function ReportCheck({ caseId, dir }: { caseId: string; dir: string }) {
  const { t } = useTranslation();
  // Verified again whenever a report is written (its folder changes).
  const { value: verify, error, act } = useLoadedCall('report.verify', { caseId }, dir);
  const openFolder = () => act(async () => void (await call('report.openFolder', { caseId })));

  return (
    <div className="report-check">
      {verify === null && !error && <p className="muted small">{t('reports.verifying')}</p>}
      {verify?.ok && (
        <p className="notice notice-ok report-verified" role="status">
          ✓ {t('reports.verified', { count: verify.files, key: verify.keyFingerprint ?? '' })}
        </p>
      )}
      {verify && !verify.ok && (
        <p className="form-error report-verify-failed" role="alert">
          {t('reports.verifyFailed', { file: verify.file ?? '', problem: verify.problem ?? '' })}
        </p>
      )}
      <button type="button" onClick={() => void openFolder()}>
        {t('reports.openFolder')}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
