// The running (or just finished) import: a real progress bar over bytes, with records, rate, time left
// and file i of n; Cancel while it runs; the outcome in a sentence when it ends.
import { useTranslation } from 'react-i18next';
import type { JobInfo } from '../../../../shared/api/contract';
import { formatBytes, formatDuration, formatNumber } from '../../lib/format';
import { useLanguage } from '../../state/language';
import { useCoreText } from '../../lib/core-text';

interface JobPanelProps {
  job: JobInfo;
  cancelling: boolean;
  onCancel(): void;
  onDismiss(): void;
}

export function JobPanel({ job, cancelling, onCancel, onDismiss }: JobPanelProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const said = useCoreText();
  const p = job.progress;

  if (job.state !== 'running') {
    // A file whose bytes are already in the case is not stored twice; say so by name rather than
    // count it as added (the custody log records it too).
    const dups = job.results.filter((r) => r.status === 'duplicate');
    // A file that could not be read (gone, no permission) was not added: name it with the reason instead.
    const failed = job.results.filter((r) => r.status === 'failed');
    const added = job.results.filter((r) => r.status !== 'cancelled' && r.status !== 'duplicate' && r.status !== 'failed').length;
    const dupText = dups.length > 0 ? ` ${t('job.duplicates', { count: dups.length, names: dups.map((r) => r.name).join(', ') })}` : '';
    const failedText =
      failed.length > 0
        ? ` ${t('importOutcome.failed', { count: failed.length, list: failed.map((r) => (r.reason ? t('importOutcome.item', { name: r.name, reason: said(r.reason, r.reasonText) }) : r.name)).join('; ') })}`
        : '';
    const text =
      job.state === 'cancelled'
        ? t('job.cancelled')
        : job.state === 'failed'
          ? t('job.failed', { message: job.error ?? '' })
          : `${t('job.done', { count: added })}${dupText}${failedText}`;
    return (
      <div className={`job-panel job-${job.state}`} role="status">
        <span>{text}</span>
        <button type="button" className="button-quiet" onClick={onDismiss}>
          {t('common.close')}
        </button>
      </div>
    );
  }

  const pct = p.bytesTotal > 0 ? Math.min(100, (p.bytesDone / p.bytesTotal) * 100) : 0;
  return (
    <section className="job-panel job-running" aria-label={t('job.title')}>
      <div className="job-head">
        <strong>{t('job.title')}</strong>
        <span className="job-file mono" title={p.file}>
          {p.file || t('job.starting')}
        </span>
        {p.fileCount > 0 && <span className="muted">{t('job.fileOf', { index: formatNumber(p.fileIndex + 1, lang), of: formatNumber(p.fileCount, lang) })}</span>}
        <span className="job-spacer" />
        <button type="button" className="button-secondary" onClick={onCancel} disabled={cancelling}>
          {cancelling ? t('job.cancelling') : t('job.cancel')}
        </button>
      </div>
      <progress className="job-bar" max={100} value={pct} aria-label={t('job.title')} aria-valuetext={`${Math.floor(pct)}%`} />
      <div className="job-stats">
        <span className="job-pct">{Math.floor(pct)}%</span>
        <span>{t('job.bytes', { done: formatBytes(p.bytesDone, lang), total: formatBytes(p.bytesTotal, lang) })}</span>
        {p.records > 0 && <span>{t('job.records', { formatted: formatNumber(p.records, lang) })}</span>}
        <span>{t('job.rate', { rate: formatBytes(p.bytesPerSecond, lang) })}</span>
        <span>{p.etaSeconds === null ? t('job.etaUnknown') : t('job.eta', { time: formatDuration(p.etaSeconds, lang) })}</span>
      </div>
    </section>
  );
}
