// Where reports are written, and a button that lets the examiner choose another folder with the host's
// dialog (the core keeps the choice; the page never sends a path).
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useLoadedCall } from '../../state/loaded-call';

export function ReportFolder({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const { value: folder, setValue, error, act } = useLoadedCall('report.folder', {});
  const dir = folder?.dir ?? null;
  const choose = () =>
    act(async () => {
      const r = await call('report.chooseFolder', {});
      if (r.dir !== null) setValue({ dir: r.dir });
    });

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
