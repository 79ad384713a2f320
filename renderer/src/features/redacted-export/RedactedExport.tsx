// An item's records exported redacted (in a dialog opened from the records' header): choose CSV (one table) or JSON (every table), pick a
// folder with the host's dialog (the page never names a path), follow the export's progress (cancellable),
// then see the file's name, size and SHA-256 and open its folder. The core logs the export with its hash.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceInfo, ExportStatus } from '../../../../shared/api/contract';
import { call, subscribeEvents } from '../../api';
import { formatBytes, formatNumber } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useLanguage } from '../../state/language';

interface Props {
  caseId: string;
  item: EvidenceInfo;
  initialTable?: string | null;
  /** The export this panel follows; kept by the opener, so closing and reopening shows the last one again. */
  jobId: string | null;
  onJobId(jobId: string | null): void;
}

export function RedactedExport({ caseId, item, initialTable, jobId, onJobId }: Props) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const [format, setFormat] = useState<'csv' | 'json'>('csv');
  const [table, setTable] = useState(initialTable ?? item.tables[0]?.name ?? '');
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const [starting, setStarting] = useState(false);
  const [pickerCancelled, setPickerCancelled] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Progress and the end arrive as job events; each one is followed by a read of the export's own status.
  useEffect(() => {
    if (!jobId) return;
    let live = true;
    const read = () =>
      call('evidence.exportStatus', { jobId }).then(
        (s) => live && setStatus(s),
        (e: unknown) => live && setError(errorMessage(e)),
      );
    const stop = subscribeEvents((event) => {
      if (event.type === 'job' && event.job.id === jobId) void read();
    });
    void read();
    return () => {
      live = false;
      stop();
    };
  }, [jobId, errorMessage]);

  if (item.tables.length === 0) return null;
  const running = starting || status?.state === 'running';

  async function start() {
    setStarting(true);
    setError(null);
    setPickerCancelled(false);
    setStatus(null);
    onJobId(null);
    try {
      const r = await call('evidence.exportRedacted', { caseId, evidenceId: item.id, format, ...(format === 'csv' && table ? { table } : {}) });
      if (r.jobId === null) setPickerCancelled(true);
      else onJobId(r.jobId);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setStarting(false);
    }
  }

  const n = (x: number) => formatNumber(x, lang);
  return (
    <section className="redacted-export" aria-label={t('redactedExport.title')}>
      <p className="muted small">{t('redactedExport.intro')}</p>
      <div className="redacted-export-controls">
        <label>
          {t('redactedExport.format')}
          <select value={format} onChange={(e) => setFormat(e.target.value === 'json' ? 'json' : 'csv')} disabled={running}>
            <option value="csv">{t('redactedExport.csv')}</option>
            <option value="json">{t('redactedExport.json')}</option>
          </select>
        </label>
        {format === 'csv' && item.tables.length > 1 && (
          <label>
            {t('redactedExport.table')}
            <select value={table} onChange={(e) => setTable(e.target.value)} disabled={running}>
              {item.tables.map((tb) => (
                <option key={tb.name} value={tb.name}>
                  {tb.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="button-primary" onClick={() => void start()} disabled={running}>
          {t('redactedExport.run')}
        </button>
      </div>
      {pickerCancelled && (
        <p className="muted small" role="status">
          {t('redactedExport.pickerCancelled')}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {status?.state === 'running' && (
        <div className="redacted-export-progress" role="status">
          <progress max={Math.max(status.total, 1)} value={status.rows} aria-label={t('redactedExport.progressLabel')} />
          <span>{t('redactedExport.progress', { file: status.file, done: n(status.rows), total: n(status.total) })}</span>
          <button type="button" className="button-tiny" onClick={() => void call('jobs.cancel', { jobId: status.jobId }).catch((e: unknown) => setError(errorMessage(e)))}>
            {t('redactedExport.cancel')}
          </button>
        </div>
      )}
      {status?.state === 'cancelled' && (
        <p className="muted small" role="status">
          {t('redactedExport.cancelled')}
        </p>
      )}
      {status?.state === 'failed' && (
        <p className="form-error" role="alert">
          {t('redactedExport.failed', { message: status.error ?? '' })}
        </p>
      )}
      {status?.state === 'done' && status.sha256 && (
        <div className="redacted-export-result" role="region" aria-label={t('redactedExport.written')}>
          <strong>{t('redactedExport.written')}</strong>
          <dl className="detail-grid">
            <dt>{t('redactedExport.file')}</dt>
            <dd className="mono selectable redacted-export-file">
              {status.file} <span className="muted">({t('redactedExport.done', { records: n(status.rows), size: formatBytes(status.bytes ?? 0, lang) })})</span>
            </dd>
            <dt>{t('redactedExport.folder')}</dt>
            <dd className="mono selectable redacted-export-dir">{status.dir}</dd>
            <dt>{t('redactedExport.sha256')}</dt>
            <dd className="mono selectable redacted-export-sha256">{status.sha256}</dd>
          </dl>
          <button type="button" onClick={() => void call('evidence.openExportFolder', { jobId: status.jobId }).catch((e: unknown) => setError(errorMessage(e)))}>
            {t('redactedExport.openFolder')}
          </button>
        </div>
      )}
    </section>
  );
}
