// The case-wide search: one query over every table of every item, run in the core as a job with progress
// and Cancel; results grouped by item, table and column, each hit redacted with its match marked, and
// filters by personal-data type, item and column. A hit opens its record in the Evidence tab.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSearchGroup } from '../../../../shared/api/contract';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatNumber } from '../../lib/format';
import type { CaseSearchState, SearchFilters } from '../../state/case-search';
import { useErrorMessage } from '../../state/error-message';
import { useLanguage } from '../../state/language';
import { openRecord } from '../../state/record-link';
import { useTypeName } from '../evidence/PiiBadge';
import { SearchHit } from './SearchHit';

const distinct = (xs: string[]) => [...new Set(xs)].sort((a, b) => a.localeCompare(b));

function passes(g: CaseSearchGroup, f: SearchFilters): boolean {
  return (!f.type || (g.piiType ?? 'NONE') === f.type) && (!f.item || g.evidenceId === f.item) && (!f.column || g.column === f.column);
}

export function SearchTab({ caseId, search }: { caseId: string; search: CaseSearchState }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const typeName = useTypeName();
  const id = useId();
  const { result, filters } = search;
  const running = result?.state === 'running';
  const n = (x: number) => formatNumber(x, lang);

  const groups = useMemo(() => result?.groups ?? [], [result]);
  const items = useMemo(() => [...new Map(groups.map((g) => [g.evidenceId, g.evidenceName])).entries()], [groups]);
  const types = useMemo(() => distinct(groups.map((g) => g.piiType ?? 'NONE')), [groups]);
  const columns = useMemo(() => distinct(groups.map((g) => g.column)), [groups]);
  const shown = groups.filter((g) => passes(g, filters));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const q = search.query.trim();
    if (!q || running) return;
    search.setFilters({ type: '', item: '', column: '' });
    void search.start(q);
  }

  const select = (key: keyof SearchFilters, label: string, options: [string, string][]) => (
    <span className="filter">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} name={`search-filter-${key}`} value={filters[key]} onChange={(e) => search.setFilters({ ...filters, [key]: e.target.value })}>
        <option value="">{t('caseSearch.all')}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </span>
  );

  return (
    <section className="case-search" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="section-title">
        {t('caseSearch.title')}
      </h3>
      <p className="muted case-search-intro">{t('caseSearch.intro')}</p>
      <form className="search-form case-search-form" role="search" onSubmit={submit}>
        <label htmlFor={`${id}-q`} className="visually-hidden">
          {t('caseSearch.label')}
        </label>
        <input id={`${id}-q`} type="search" name="case-search" value={search.query} maxLength={200} placeholder={t('caseSearch.placeholder')} onChange={(e) => search.setQuery(e.target.value)} />
        <button type="submit" className="button-primary" disabled={running || !search.query.trim()}>
          {running ? t('caseSearch.searching') : t('caseSearch.search')}
        </button>
      </form>
      {search.error ? <ErrorBanner message={errorMessage(search.error)} onDismiss={search.clear} /> : null}
      {result && running && (
        <div className="job-panel job-running case-search-progress" role="status">
          <div className="job-head">
            <span>{t('caseSearch.progress', { scanned: n(result.scanned), total: n(result.recordsTotal), tables: n(result.tablesDone), tablesTotal: n(result.tables) })}</span>
            <span className="job-spacer" />
            <button type="button" className="button-secondary" onClick={() => void search.cancel()} disabled={search.cancelling}>
              {search.cancelling ? t('caseSearch.cancelling') : t('caseSearch.cancel')}
            </button>
          </div>
          <progress className="job-bar" max={Math.max(1, result.recordsTotal)} value={result.scanned} aria-label={t('caseSearch.title')} />
        </div>
      )}
      {result?.state === 'cancelled' && (
        <p className="notice" role="status">
          {t('caseSearch.cancelled')}
        </p>
      )}
      {result?.state === 'failed' && (
        <p className="form-error" role="alert">
          {t('caseSearch.failed', { message: result.error ?? '' })}
        </p>
      )}
      {result && !running && result.recordsTotal === 0 && <p className="muted">{t('caseSearch.noEvidence')}</p>}
      {result && !running && result.recordsTotal > 0 && groups.length === 0 && <p className="muted">{t('caseSearch.noResults')}</p>}
      {result && groups.length > 0 && (
        <>
          <p className="search-summary" aria-live="polite">
            {t('caseSearch.summary', { count: result.matches, formatted: n(result.matches), records: n(result.records), items: n(items.length), scanned: n(result.scanned) })}
          </p>
          <div className="custody-filters case-search-filters" role="group" aria-label={t('caseSearch.filters')}>
            {select('type', t('caseSearch.filterType'), types.map((ty) => [ty, ty === 'NONE' ? t('caseSearch.noType') : typeName(ty)]))}
            {select('item', t('caseSearch.filterItem'), items)}
            {select('column', t('caseSearch.filterColumn'), columns.map((c) => [c, c]))}
            {shown.length !== groups.length && <span className="muted">{t('caseSearch.shown', { shown: n(shown.length), total: n(groups.length) })}</span>}
          </div>
          <div className="case-search-groups">
            {shown.map((g) => (
              <section key={`${g.evidenceId}/${g.table}/${g.column}`} className="search-group" aria-label={`${g.evidenceName} · ${g.table} · ${g.column}`}>
                <header className="search-group-head">
                  <span className="search-group-item mono">{g.evidenceName}</span>
                  <span className="muted">{g.table}</span>
                  <span className="search-group-column">{g.column}</span>
                  {g.piiType && <span className="pii-badge">{typeName(g.piiType)}</span>}
                  <span className="search-group-count">{t('caseSearch.groupMatches', { count: g.matches, formatted: n(g.matches) })}</span>
                </header>
                <table className="search-hits">
                  <thead>
                    <tr>
                      <th scope="col">{t('caseSearch.record')}</th>
                      <th scope="col">{t('caseSearch.cell')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.hits.map((h) => (
                      <tr key={h.row}>
                        <td>
                          <button
                            type="button"
                            className="search-hit-open"
                            aria-label={t('caseSearch.openRecord', { row: n(h.row + 1), item: g.evidenceName })}
                            onClick={() => openRecord({ caseId, evidenceId: g.evidenceId, table: g.table, row: h.row })}
                          >
                            {n(h.row + 1)}
                          </button>
                        </td>
                        <td className="search-hit-cell">
                          <SearchHit cell={h.cell} mark={h.mark} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {g.matches > g.hits.length && <p className="muted search-group-more">{t('caseSearch.moreInGroup', { formatted: n(g.matches - g.hits.length) })}</p>}
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
