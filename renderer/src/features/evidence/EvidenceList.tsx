// The case's evidence as a dense table: archive children indented under their parent, exact sizes in
// Indian grouping, SHA-256 shortened with Copy, a status badge, and details that expand in place.
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceInfo } from '../../../../shared/api/contract';
import { formatBytes, formatNumber } from '../../lib/format';
import { nestEvidence } from '../../state/evidence-list';
import { useLanguage } from '../../state/language';
import { EvidenceDetails } from './EvidenceDetails';
import { HashCopy } from './HashCopy';
import { StatusBadge } from './StatusBadge';
import { useCoreText } from '../../lib/core-text';
import { en } from '../../../../shared/i18n';

interface EvidenceListProps {
  items: EvidenceInfo[];
  selectedId: string | null;
  onSelect(id: string): void;
}

export function EvidenceList({ items, selectedId, onSelect }: EvidenceListProps) {
  const { t } = useTranslation();
  const said = useCoreText();
  const [lang] = useLanguage();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <div className="evidence-list-wrap">
      <table className="data-table evidence-list">
        <thead>
          <tr>
            <th scope="col">{t('evidence.col.name')}</th>
            <th scope="col">{t('evidence.col.format')}</th>
            <th scope="col" className="num">
              {t('evidence.col.size')}
            </th>
            <th scope="col" className="num">
              {t('evidence.col.records')}
            </th>
            <th scope="col">{t('evidence.col.sha256')}</th>
            <th scope="col">{t('evidence.col.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('evidence.details')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {nestEvidence(items).map(({ item, depth }) => {
            const open = expanded.has(item.id);
            const selected = item.id === selectedId;
            return (
              <Fragment key={item.id}>
                <tr className={selected ? 'is-selected' : undefined} aria-current={selected || undefined} data-evidence-id={item.id} onClick={() => onSelect(item.id)}>
                  <td className={`evidence-name depth-${Math.min(depth, 3)}`}>
                    {depth > 0 && (
                      <span className="tree-mark" aria-hidden="true">
                        └
                      </span>
                    )}
                    <button type="button" className="link-button" onClick={() => onSelect(item.id)} title={t('evidence.open')}>
                      {item.name}
                    </button>
                    {item.tables.length > 1 && <span className="muted small"> · {t('evidence.detail.tables')}: {formatNumber(item.tables.length, lang)}</span>}
                  </td>
                  <td className="mono">{item.format in en.formatName ? t(`formatName.${item.format as keyof typeof en.formatName}`) : item.format}</td>
                  <td className="num" title={t('evidence.bytesExact', { formatted: formatNumber(item.bytes, lang) })}>
                    <span>{formatBytes(item.bytes, lang)}</span>
                    <span className="subline">{t('evidence.bytesExact', { formatted: formatNumber(item.bytes, lang) })}</span>
                  </td>
                  <td className="num">{formatNumber(item.records, lang)}</td>
                  <td>
                    <HashCopy value={item.sha256} label={item.name} />
                  </td>
                  <td>
                    <StatusBadge status={item.status} />
                    {item.reason && (
                      <span className="subline status-reason" title={said(item.reason, item.reasonText)}>
                        {said(item.reason, item.reasonText)}
                      </span>
                    )}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button-tiny"
                      aria-expanded={open}
                      onClick={(e) => {
                        e.stopPropagation();
                        toggle(item.id);
                      }}
                    >
                      {open ? t('evidence.hideDetails') : t('evidence.details')}
                      {item.warnings.length + item.problems.length > 0 && <span className="issue-count">{formatNumber(item.warnings.length + item.problems.length, lang)}</span>}
                    </button>
                  </td>
                </tr>
                {open && (
                  <tr className="details-row">
                    <td colSpan={7}>
                      <EvidenceDetails item={item} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
