// The selected record, field by field: every column (hidden ones too), its detected type and its value
// redacted exactly as the grid shows it. A field's Reveal… opens the same reasoned, logged reveal as the grid.
import { useTranslation } from 'react-i18next';
import type { ColumnInfo } from '../../../../shared/api/contract';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../state/language';
import type { Revealed } from '../../state/reveal';
import { PiiBadge } from './PiiBadge';
import { RevealedValue } from './RevealedValue';

interface RecordDetailsProps {
  columns: ColumnInfo[];
  hidden: readonly string[];
  /** The selected record's number (0-based), and its redacted cells; undefined when none is selected. */
  record: number | undefined;
  row: (string | null)[] | undefined;
  revealed: Revealed | null;
  onReveal(column: number): void;
  onHide(): void;
  onClose(): void;
}

export function RecordDetails({ columns, hidden, record, row, revealed, onReveal, onHide, onClose }: RecordDetailsProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const title = record === undefined ? t('workspace.details') : t('workspace.detailsTitle', { row: formatNumber(record + 1, lang) });
  return (
    <aside className="record-details" aria-label={t('workspace.details')}>
      <header className="record-details-head">
        <h4>{title}</h4>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('workspace.closeDetails')} title={t('workspace.closeDetails')}>
          ×
        </button>
      </header>
      {record === undefined || !row ? (
        <p className="muted record-details-empty">{t('workspace.detailsEmpty')}</p>
      ) : (
        <dl className="record-fields">
          {columns.map((c, i) => {
            const value = row[i] ?? '';
            const open = revealed && revealed.row === record && revealed.column === i ? revealed : null;
            return (
              <div key={c.name} className="record-field" data-column={c.name}>
                <dt>
                  <span className="record-field-name">{c.name}</span>
                  {c.piiType && <PiiBadge piiType={c.piiType} confidence={c.confidence} />}
                  {hidden.includes(c.name) && <span className="muted small"> · {t('workspace.hiddenColumn')}</span>}
                </dt>
                <dd className={c.piiType ? 'is-pii' : undefined}>
                  {open ? (
                    <RevealedValue revealed={open} onHide={onHide} />
                  ) : (
                    <>
                      <span className="record-value">{value === '' ? t('records.emptyValue') : value}</span>
                      {value !== '' && (
                        <button type="button" className="cell-button" title={t('records.revealHint')} onClick={() => onReveal(i)}>
                          {t('records.reveal')}
                        </button>
                      )}
                    </>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </aside>
  );
}
