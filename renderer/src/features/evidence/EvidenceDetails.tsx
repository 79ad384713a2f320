// Everything recorded about one item: all three hashes, its exact size, acquisition, encoding, the status reason, its
// tables, and each warning and problem with its line or byte position.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceInfo } from '../../../../shared/api/contract';
import { formatBytesExact, formatIst, formatNumber } from '../../lib/format';
import { useLanguage } from '../../state/language';
import { useCoreText } from '../../lib/core-text';

export function EvidenceDetails({ item }: { item: EvidenceInfo }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const said = useCoreText();
  const n = (x: number) => formatNumber(x, lang);
  const where = (w: { line?: number; offset?: number }) =>
    w.line !== undefined ? t('evidence.detail.line', { line: n(w.line) }) : w.offset !== undefined ? t('evidence.detail.offset', { offset: n(w.offset) }) : null;
  return (
    <div className="evidence-details">
      <dl className="detail-grid">
        {item.reason && (
          <>
            <dt>{t('evidence.detail.reason')}</dt>
            <dd>{said(item.reason, item.reasonText)}</dd>
          </>
        )}
        <dt>{t('evidence.detail.sha256')}</dt>
        <dd className="mono selectable">{item.sha256}</dd>
        <dt>{t('evidence.detail.sha1')}</dt>
        <dd className="mono selectable">{item.sha1}</dd>
        <dt>{t('evidence.detail.md5')}</dt>
        <dd className="mono selectable">{item.md5}</dd>
        <dt>{t('evidence.detail.size')}</dt>
        <dd>{formatBytesExact(item.bytes, lang)}</dd>
        <dt>{t('evidence.detail.acquired')}</dt>
        <dd>
          <time dateTime={item.acquiredAt}>{formatIst(item.acquiredAt, lang)}</time> {t('evidence.detail.acquiredBy', { name: item.acquiredBy })}
        </dd>
        <dt>{t('workspace.sourcePath')}</dt>
        <dd className="mono selectable source-path">{item.sourcePath}</dd>
        {(['modified', 'changed', 'created'] as const).map((k) =>
          item.fileTimes[k] ? (
            <Fragment key={k}>
              <dt>{t(k === 'modified' ? 'workspace.fileModified' : k === 'changed' ? 'workspace.fileChanged' : 'workspace.fileCreated')}</dt>
              <dd className={`file-time-${k}`}>
                <time dateTime={item.fileTimes[k]}>{formatIst(item.fileTimes[k]!, lang, { seconds: true })}</time> <span className="muted small">({t('workspace.fileTimesNote')})</span>
              </dd>
            </Fragment>
          ) : null,
        )}
        <dt>{t('evidence.detail.encoding')}</dt>
        <dd>{item.encoding ?? t('evidence.detail.none')}</dd>
        <dt>{t('evidence.detail.malformed')}</dt>
        <dd>{n(item.malformed)}</dd>
        {item.tables.length > 0 && (
          <>
            <dt>{t('evidence.detail.tables')}</dt>
            <dd>
              <ul className="plain-list">
                {item.tables.map((tb) => (
                  <li key={tb.name}>
                    <span className="mono">{tb.name}</span> <span className="muted">· {t('records.total', { formatted: n(tb.records) })}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {item.warnings.length > 0 && (
        <div className="detail-issues">
          <h4>{t('evidence.detail.warnings')}</h4>
          <ul>
            {item.warnings.map((w, i) => (
              <li key={i}>
                {said(w.message, w.text)}
                {where(w) && <span className="muted"> ({where(w)})</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {item.problems.length > 0 && (
        <div className="detail-issues detail-problems">
          <h4>{t('evidence.detail.problems')}</h4>
          <ul>
            {item.problems.map((p, i) => (
              <li key={i}>
                {p.table && <span className="mono">{p.table}: </span>}
                {said(p.reason, p.text)}
                {where(p) && <span className="muted"> ({where(p)})</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
