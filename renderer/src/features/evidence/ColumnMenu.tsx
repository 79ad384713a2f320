// Shows or hides the grid's columns (kept per item and table for the session). A native disclosure, so it
// opens with Enter or Space and every checkbox is reachable by Tab. Hiding a column never hides its value
// from the record details pane.
import { useTranslation } from 'react-i18next';
import type { ColumnInfo } from '../../../../shared/api/contract';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../state/language';

interface ColumnMenuProps {
  columns: ColumnInfo[];
  hidden: readonly string[];
  onChange(hidden: string[]): void;
}

export function ColumnMenu({ columns, hidden, onChange }: ColumnMenuProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const label = hidden.length > 0 ? t('workspace.columnsHidden', { hidden: formatNumber(hidden.length, lang) }) : t('workspace.columns');
  return (
    <details className="column-menu">
      <summary className="button-tiny">{label}</summary>
      <div className="column-menu-list" role="group" aria-label={t('workspace.columns')}>
        {columns.map((c) => (
          <label key={c.name} className="column-menu-item">
            <input
              type="checkbox"
              checked={!hidden.includes(c.name)}
              onChange={(e) => onChange(e.target.checked ? hidden.filter((h) => h !== c.name) : [...hidden, c.name])}
            />
            <span>{c.name}</span>
          </label>
        ))}
        {hidden.length > 0 && (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            {t('workspace.showAll')}
          </button>
        )}
      </div>
    </details>
  );
}
