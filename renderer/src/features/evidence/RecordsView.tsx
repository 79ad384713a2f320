// One evidence item's records: table picker (for multi-table items), search, columns (show/hide), the
// virtualised grid of redacted rows (sortable, resizable), the selected record's fields in a details pane,
// and reveal-with-a-reason for a single cell. Sort, widths, hidden columns, selection and scroll position
// are kept per item and table for the session (state/workspace.ts).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceInfo } from '../../../../shared/api/contract';
import { formatNumber } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useLanguage } from '../../state/language';
import { useReveal } from '../../state/reveal';
import { useRowPages } from '../../state/row-pages';
import { workspace, type GridSort } from '../../state/workspace';
import { ColumnMenu } from './ColumnMenu';
import { RecordDetails } from './RecordDetails';
import { RecordsGrid, type CellRef } from './RecordsGrid';
import { RevealDialog } from './RevealDialog';
import { SearchPanel } from './SearchPanel';
import { BookmarkForm } from './BookmarkForm';
import { RedactedExportButton } from '../redacted-export/RedactedExportButton';

/** What the core tells us to expect before the first reveal reply says otherwise. */
const REVEAL_SECONDS_HINT = 20;

/** `open`: show this record first (from a case-wide search hit or a bookmark). */
export function RecordsView({ caseId, item, open }: { caseId: string; item: EvidenceInfo; open?: { table: string | null; row: number } }) {
  const [table, setTableState] = useState<string | undefined>(() => {
    if (open?.table && item.tables.some((tb) => tb.name === open.table)) return open.table;
    const kept = workspace.table(item.id);
    return kept && item.tables.some((tb) => tb.name === kept) ? kept : item.tables[0]?.name;
  });
  const setTable = (name: string) => {
    workspace.setTable(item.id, name);
    setTableState(name);
  };
  // Each table has its own sort, widths, hidden columns and place: a new table starts a new view.
  return <TableRecords key={table ?? ''} caseId={caseId} item={item} table={table} onTable={setTable} {...(open ? { open } : {})} />;
}

function TableRecords({ caseId, item, table, onTable, open }: { caseId: string; item: EvidenceInfo; table: string | undefined; onTable(name: string): void; open?: { row: number } }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const view = workspace.view(`${item.id}\u0000${table ?? ''}`);
  const [sort, setSortState] = useState<GridSort | null>(open ? null : view.sort);
  const [widths, setWidths] = useState<Record<string, number>>(view.widths);
  const [hidden, setHidden] = useState<string[]>(view.hidden);
  const [selected, setSelectedState] = useState<CellRef | null>(open ? { row: open.row, column: 0 } : view.selected);
  const [details, setDetailsState] = useState(view.details);
  const pages = useRowPages(caseId, item.id, table, sort);
  const reveal = useReveal(caseId, item.id, pages.table);
  const [asking, setAsking] = useState<CellRef | null>(null);
  const [jump, setJump] = useState<{ row: number } | null>(open ? { row: open.row } : null);
  const total = pages.total;

  const setSelected = (c: CellRef | null) => {
    view.selected = c;
    setSelectedState(c);
  };
  const setSort = (s: GridSort | null) => {
    view.sort = s;
    view.scrollTop = 0;
    setSortState(s);
    setSelected(null);
  };
  const setDetails = (open: boolean) => {
    view.details = open;
    setDetailsState(open);
  };
  /** Ascending, then descending, then back to record order. */
  function cycleSort(column: number) {
    if (!sort || sort.column !== column) setSort({ column, direction: 'asc' });
    else if (sort.direction === 'asc') setSort({ column, direction: 'desc' });
    else setSort(null);
  }

  function setWidth(name: string, w: number) {
    const next = { ...widths, [name]: w };
    view.widths = next;
    setWidths(next);
  }

  function setHiddenColumns(names: string[]) {
    view.hidden = names;
    setHidden(names);
  }

  /** A search result names a record: in record order that is its position, so a sort is cleared first. */
  function goTo(record: number) {
    if (sort) setSort(null);
    setJump({ row: record });
  }

  const sortedColumn = sort ? pages.columns[sort.column]?.name : undefined;
  const record = (pos: number) => pages.recordAt(pos);
  const selectedRecord = selected ? record(selected.row) : undefined;
  const noteText =
    sort && sortedColumn && pages.sorted
      ? t('workspace.sortNote', {
          name: sortedColumn,
          direction: t(sort.direction === 'asc' ? 'workspace.ascending' : 'workspace.descending'),
          compared: t(pages.sorted.compared === 'number' ? 'workspace.comparedNumber' : 'workspace.comparedText'),
        })
      : t('records.redactedNote');

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
            <select value={table} onChange={(e) => onTable(e.target.value)}>
              {item.tables.map((tb) => (
                <option key={tb.name} value={tb.name}>
                  {tb.name} ({formatNumber(tb.records, lang)})
                </option>
              ))}
            </select>
          </label>
        )}
        {total !== null && total > 0 && pages.columns.length > 0 && (
          <>
            <SearchPanel key={`${item.id}/${pages.table ?? ''}`} caseId={caseId} evidenceId={item.id} table={pages.table} onGoTo={goTo} />
            <ColumnMenu columns={pages.columns} hidden={hidden} onChange={setHiddenColumns} />
            <RedactedExportButton caseId={caseId} item={item} table={pages.table ?? null} />
            {!details && (
              <button type="button" className="button-tiny open-details" onClick={() => setDetails(true)}>
                {t('workspace.openDetails')}
              </button>
            )}
          </>
        )}
        <p className="records-note" title={noteText}>
          <span className="records-note-text">{noteText}</span>
          {sort && (
            <button type="button" className="link-button clear-sort" onClick={() => setSort(null)}>
              {t('workspace.clearSort')}
            </button>
          )}
        </p>
      </header>
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
          <BookmarkForm key={`bm-${item.id}/${pages.table ?? ''}/${selectedRecord ?? ''}`} caseId={caseId} evidenceId={item.id} table={pages.table} row={selectedRecord ?? null} />
        <div className={details && selected ? 'records-body with-details' : 'records-body'}>
          <RecordsGrid
            key={sort ? `${sort.column}${sort.direction}` : ''}
            pages={pages}
            total={total}
            columns={pages.columns}
            widths={widths}
            hidden={hidden}
            sort={sort}
            onSort={cycleSort}
            onWidth={setWidth}
            selected={selected}
            onSelect={setSelected}
            onReveal={setAsking}
            revealed={reveal.revealed}
            onHide={reveal.hide}
            jump={jump}
            view={view}
          />
          {/* Shown beside the grid once a record is selected; until then the grid has the whole width. */}
          {details && selected && (
            <RecordDetails
              columns={pages.columns}
              hidden={hidden}
              record={selectedRecord}
              row={selected ? pages.row(selected.row) : undefined}
              revealed={reveal.revealed}
              onReveal={(column) => selected && setAsking({ row: selected.row, column })}
              onHide={reveal.hide}
              onClose={() => setDetails(false)}
            />
          )}
        </div>
        </>
      )}
      {asking && record(asking.row) !== undefined && (
        <RevealDialog
          row={record(asking.row)!}
          column={pages.columns[asking.column]?.name ?? ''}
          seconds={REVEAL_SECONDS_HINT}
          onReveal={(reason) => reveal.reveal(record(asking.row)!, asking.column, reason)}
          onClose={() => setAsking(null)}
        />
      )}
    </section>
  );
}
