// The bottom status bar: lock state, examiner, key fingerprint, jobs, auto-lock and the vault folder.
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../shared/api/contract';
import { shortFingerprint } from '../lib/format';
import { useRunningJob } from '../state/job-store';
import { AutoLockSelect } from './AutoLockSelect';

interface StatusBarProps {
  status: VaultStatus;
  onShowExaminer(): void;
  onAutoLock(minutes: number): void;
  autoLockBusy: boolean;
}

export function StatusBar({ status, onShowExaminer, onAutoLock, autoLockBusy }: StatusBarProps) {
  const { t } = useTranslation();
  const ex = status.examiner;
  const job = useRunningJob();
  const percent = job && job.progress.bytesTotal > 0 ? Math.floor((job.progress.bytesDone / job.progress.bytesTotal) * 100) : 0;
  return (
    <footer className="statusbar" aria-label="Status">
      <span className="status-lock" data-state={status.state}>
        <span className="status-dot" aria-hidden="true" />
        {t('shell.unlocked')}
      </span>
      {ex && (
        <>
          <span className="status-item">
            <span className="status-label">{t('shell.examiner')}</span>
            <span className="status-value">{[ex.name, ex.designation, ex.organisation].filter(Boolean).join(' · ')}</span>
          </span>
          <button type="button" className="status-item status-button" onClick={onShowExaminer} title={t('shell.keyDetails')}>
            <span className="status-label">{t('shell.key')}</span>
            <span className="status-value mono" data-testid="fingerprint">
              {shortFingerprint(ex.keyFingerprint)}
            </span>
          </button>
        </>
      )}
      {job ? (
        <span className="status-item status-jobs status-job-running" role="status">
          <progress className="status-job-bar" max={100} value={percent} aria-hidden="true" />
          {t('shell.jobRunning', { file: job.progress.file || '…', percent })}
        </span>
      ) : (
        <span className="status-item status-jobs">{t('shell.noJobs')}</span>
      )}
      <span className="status-spacer" />
      <AutoLockSelect minutes={status.autoLockMinutes} onChange={onAutoLock} disabled={autoLockBusy} />
      <span className="status-item status-path" title={status.path}>
        <span className="status-label">{t('vault.folder')}</span>
        <span className="status-value mono">{status.path}</span>
      </span>
    </footer>
  );
}
