// After a report is written: the bundle verified as a third party would verify it, and its folder opened
// through the host (the system's file manager).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Response } from '../../../../shared/api/contract';
import { call } from '../../api';
import { useErrorMessage } from '../../state/error-message';

export function ReportCheck({ caseId, dir }: { caseId: string; dir: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [verify, setVerify] = useState<Response<'report.verify'> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setVerify(null);
    call('report.verify', { caseId }).then(
      (v) => live && setVerify(v),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [caseId, dir, errorMessage]);

  async function openFolder() {
    setError(null);
    try {
      await call('report.openFolder', { caseId });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

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
