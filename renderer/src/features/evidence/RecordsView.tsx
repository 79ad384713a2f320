// One evidence item's records: table picker (for multi-table items), search, the virtualised grid of
// redacted rows, and reveal-with-a-reason for a single cell.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceInfo } from '../../../../shared/api/contract';
import { formatNumber } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useLanguage } from '../../state/language';
import { useReveal } from '../../state/reveal';
import { useRowPages } from '../../state/row-pages';
import { RecordsGrid, type CellRef } from './RecordsGrid';
import { RevealDialog } from './RevealDialog';
import { SearchPanel } from './SearchPanel';
import { BookmarkForm } from './BookmarkForm';

/** What the core tells us to expect before the first reveal reply says otherwise. */
const REVEAL_SECONDS_HINT = 20;

/** `open`: show this record first (from a case-wide search hit or a bookmark). */
export function RecordsView({ caseId, item, open }: { caseId: string; item: EvidenceInfo; open?: { table: string | null; row: number } }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const [table, setTable] = useState<string | undefined>(open?.table ?? item.tables[0]?.name);
  const pages = useRowPages(caseId, item.id, table);
  const reveal = useReveal(caseId, item.id, pages.table);
  const [selected, setSelected] = useState<CellRef | null>(open ? { row: open.row, column: 0 } : null);
  const [asking, setAsking] = useState<CellRef | null>(null);
  const [jump, setJump] = useState<{ row: number } | null>(open ? { row: open.row } : null);
  const total = pages.total;

  return (
    <section className="records-view" aria-label={t('records.title', { name: item.name })}>
      <header className="records-head">
        <h3 className="records-title">
          {t('records.title', { name: item.name })}
          {total !== null && <span className="records-count"> · {t('records.total', { formatted: formatNumber(total, lang) })}</span>}
        </h3>
        {item.tables.length > 1 && (
          <label className="table-picker">
            <span>{t('records.table')}</span>
            <select
              value={table}
              onChange={(e) => {
                setTable(e.target.value);
                setSelected(null);
              }}
            >
              {item.tables.map((tb) => (
                <option key={tb.name} value={tb.name}>
                  {tb.name} ({formatNumber(tb.records, lang)})
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      <p className="records-note">{t('records.redactedNote')}</p>
      {pages.error ? (
        <p className="form-error" role="alert">
          {errorMessage(pages.error)}
        </p>
      ) : total === null ? (
        <p className="muted">{t('records.loading')}</p>
      ) : total === 0 || pages.columns.length === 0 ? (
        <p className="muted records-empty">{t('records.noRecords')}</p>
      ) : (
        <>
          <SearchPanel key={`${item.id}/${pages.table ?? ''}`} caseId={caseId} evidenceId={item.id} table={pages.table} onGoTo={(row) => setJump({ row })} />
          <BookmarkForm key={`bm-${item.id}/${pages.table ?? ''}/${selected?.row ?? ''}`} caseId={caseId} evidenceId={item.id} table={pages.table} row={selected?.row ?? null} />
          <RecordsGrid
            pages={pages}
            total={total}
            columns={pages.columns}
            selected={selected}
            onSelect={setSelected}
            onReveal={setAsking}
            revealed={reveal.revealed}
            onHide={reveal.hide}
            jump={jump}
          />
        </>
      )}
      {asking && (
        <RevealDialog
          row={asking.row}
          column={pages.columns[asking.column]?.name ?? ''}
          seconds={REVEAL_SECONDS_HINT}
          onReveal={(reason) => reveal.reveal(asking.row, asking.column, reason)}
          onClose={() => setAsking(null)}
        />
      )}
    </section>
  );
}
