// Where reports are written, and a button that lets the examiner choose another folder with the host's
// dialog (the core keeps the choice; the page never sends a path).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useErrorMessage } from '../../state/error-message';

export function ReportFolder({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [dir, setDir] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('report.folder', {}).then(
      (r) => live && setDir(r.dir),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [errorMessage]);

  async function choose() {
    setError(null);
    try {
      const r = await call('report.chooseFolder', {});
      if (r.dir !== null) setDir(r.dir);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <div className="report-folder">
      <span>{t('reports.outputFolder')}</span>
      <span className="mono selectable report-output-dir">{dir ?? ''}</span>
      <button type="button" onClick={() => void choose()} disabled={disabled}>
        {t('reports.chooseFolder')}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
