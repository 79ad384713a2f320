// Search inside one table's raw values (in the core); results come back redacted, with their row
// numbers, and a click jumps the grid to the row.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Response } from '../../../../shared/api/contract';
import { call } from '../../api';
import { formatNumber } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useLanguage } from '../../state/language';

type SearchResult = Response<'evidence.search'>;

interface SearchPanelProps {
  caseId: string;
  evidenceId: string;
  table: string | null;
  onGoTo(row: number): void;
}

const LIMIT = 200;

export function SearchPanel({ caseId, evidenceId, table, onGoTo }: SearchPanelProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const id = useId();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function search(e: React.FormEvent) {
    e.preventDefault();
    const q = query.trim();
    if (!q || busy) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await call('evidence.search', { caseId, evidenceId, ...(table ? { table } : {}), query: q, limit: LIMIT }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  function clear() {
    setQuery('');
    setResult(null);
    setError(null);
  }

  return (
    <div className="search-panel">
      <form className="search-form" role="search" onSubmit={(e) => void search(e)}>
        <label htmlFor={id} className="visually-hidden">
          {t('records.searchLabel')}
        </label>
        <input id={id} type="search" name="records-search" value={query} maxLength={200} placeholder={t('records.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
        <button type="submit" className="button-secondary" disabled={busy || !query.trim()}>
          {busy ? t('records.searching') : t('records.search')}
        </button>
        {(result || error) && (
          <button type="button" className="button-quiet" onClick={clear}>
            {t('records.clearSearch')}
          </button>
        )}
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div className="search-results" aria-live="polite">
          <p className="search-summary">
            {result.rowNumbers.length === 0
              ? t('records.noResults')
              : t('records.results', { count: result.rowNumbers.length, formatted: formatNumber(result.rowNumbers.length, lang), scanned: formatNumber(result.scanned, lang) })}
            {result.truncated && <span className="muted"> {t('records.resultsTruncated', { formatted: formatNumber(result.rowNumbers.length, lang) })}</span>}
          </p>
          {result.rowNumbers.length > 0 && (
            <ol className="search-list">
              {result.rowNumbers.map((rowNo, i) => (
                <li key={rowNo}>
                  <button type="button" className="search-hit" onClick={() => onGoTo(rowNo)} title={t('records.goToRow', { row: formatNumber(rowNo + 1, lang) })}>
                    <span className="search-rowno">{formatNumber(rowNo + 1, lang)}</span>
                    <span className="search-cells">
                      {(result.rows[i] ?? []).map((v, ci) => (
                        <span key={ci} className="search-cell">
                          {v ?? ''}
                        </span>
                      ))}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}
