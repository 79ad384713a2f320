// The redacted rows of one table, virtualised: only the rows on screen exist in the DOM and only their
// pages are fetched. One scroll area holds the header (sticky at the top) and the rows; the record-number
// column is sticky at the left, so it stays while the columns scroll sideways. Columns can be sorted (by the
// core), resized (drag or keyboard) and hidden. Browsers cap an element's height (~33 million px), so tables
// longer than one segment are shown a segment (10 lakh rows) at a time, with a picker; search results jump
// across segments. Cell text is rendered by React as text: hostile content stays inert.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { ColumnInfo } from '../../../../shared/api/contract';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../state/language';
import type { Revealed } from '../../state/reveal';
import type { RowPages } from '../../state/row-pages';
import type { GridSort, TableView } from '../../state/workspace';
import { PiiBadge } from './PiiBadge';
import { RevealedValue } from './RevealedValue';

export const ROW_HEIGHT = 22;
/** The header row's height: the virtualiser counts it so that a row scrolled to is never under it. */
export const HEAD_HEIGHT = 26;
export const SEGMENT_ROWS = 1_000_000;
/** Starting widths: a column with a type badge needs room for it beside its name. */
export const DEFAULT_WIDTH = 140;
export const DEFAULT_TYPED_WIDTH = 176;
export const MIN_WIDTH = 56;
export const MAX_WIDTH = 800;
const WIDTH_STEP = 16;

/** A cell by grid position (a record number unless the table is sorted) and column index. */
export interface CellRef {
  row: number;
  column: number;
}

interface RecordsGridProps {
  pages: RowPages;
  total: number;
  columns: ColumnInfo[];
  /** Widths by column name (missing: DEFAULT_WIDTH) and the names of hidden columns. */
  widths: Record<string, number>;
  hidden: readonly string[];
  sort: GridSort | null;
  onSort(column: number): void;
  onWidth(name: string, width: number): void;
  selected: CellRef | null;
  onSelect(cell: CellRef): void;
  onReveal(cell: CellRef): void;
  revealed: Revealed | null;
  onHide(): void;
  /** Scroll so this position is in view (a new object each time, so the same row can be asked for twice). */
  jump: { row: number } | null;
  /** Where the grid was scrolled to last time (restored on mount) and where it is now (kept). */
  view: TableView;
}

export function RecordsGrid(props: RecordsGridProps) {
  const { pages, total, columns, widths, hidden, sort, onSort, onWidth, selected, onSelect, onReveal, revealed, onHide, jump, view } = props;
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const scroller = useRef<HTMLDivElement>(null);
  const [base, setBase] = useState(() => Math.floor(view.scrollTop / ROW_HEIGHT / SEGMENT_ROWS) * SEGMENT_ROWS);
  const count = Math.max(0, Math.min(SEGMENT_ROWS, total - base));
  const pendingJump = useRef<number | null>(null);
  const shown = columns.map((c, i) => ({ c, i })).filter(({ c }) => !hidden.includes(c.name));
  const typed = new Set(columns.filter((c) => c.piiType).map((c) => c.name));
  const width = (name: string) => widths[name] ?? (typed.has(name) ? DEFAULT_TYPED_WIDTH : DEFAULT_WIDTH);

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  const { want } = pages;
  useEffect(() => {
    want(base + first, base + last);
  }, [want, base, first, last]);

  // Back where the examiner was (after a lock, or on returning to this item).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    el.scrollTop = view.scrollTop;
    el.scrollLeft = view.scrollLeft;
    // Only on mount: later scrolling is the examiner's.
  }, []);

  useEffect(() => {
    if (!jump) return;
    const segment = Math.floor(jump.row / SEGMENT_ROWS) * SEGMENT_ROWS;
    if (segment !== base) {
      pendingJump.current = jump.row - segment;
      setBase(segment);
    } else virtualizer.scrollToIndex(jump.row - base, { align: 'center' });
    // Only a new jump request should scroll, not a change of segment made by the picker.
  }, [jump]);

  useEffect(() => {
    if (pendingJump.current === null) return;
    virtualizer.scrollToIndex(pendingJump.current, { align: 'center' });
    pendingJump.current = null;
  }, [base, virtualizer]);

  const segments = Math.ceil(total / SEGMENT_ROWS);

  /** Arrow keys, Page Up/Down and Home/End move the selected cell (over the shown columns); Enter (or the
   * menu key) asks to reveal it. */
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target !== e.currentTarget) return;
    if (shown.length === 0) return;
    const page = Math.max(1, items.length - 4);
    const cur = selected ?? { row: base + first, column: shown[0]!.i };
    const at = Math.max(0, shown.findIndex((s) => s.i === cur.column));
    const moves: Record<string, [number, number]> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
      PageDown: [page, 0],
      PageUp: [-page, 0],
    };
    if (e.key === 'Enter' || e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
      if (!selected) return;
      e.preventDefault();
      onReveal(selected);
      return;
    }
    let next: { row: number; at: number } | null = null;
    const move = moves[e.key];
    if (move) next = { row: cur.row + move[0], at: at + move[1] };
    else if (e.key === 'Home') next = { row: e.ctrlKey ? 0 : cur.row, at: 0 };
    else if (e.key === 'End') next = { row: e.ctrlKey ? total - 1 : cur.row, at: shown.length - 1 };
    if (!next) return;
    e.preventDefault();
    const row = Math.max(base, Math.min(base + count - 1, next.row));
    const column = shown[Math.max(0, Math.min(shown.length - 1, next.at))]!.i;
    onSelect({ row, column });
    virtualizer.scrollToIndex(row - base, { align: 'auto' });
  }

  function contextMenu(e: MouseEvent, cell: CellRef) {
    e.preventDefault();
    onSelect(cell);
    onReveal(cell);
  }

  return (
    <div className="grid-frame">
      {segments > 1 && (
        <label className="segment-picker">
          <span>{t('records.row')}</span>
          <select value={base} onChange={(e) => setBase(Number(e.target.value))}>
            {Array.from({ length: segments }, (_, i) => i * SEGMENT_ROWS).map((start) => (
              <option key={start} value={start}>
                {formatNumber(start + 1, lang)} – {formatNumber(Math.min(total, start + SEGMENT_ROWS), lang)}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="grid" role="grid" aria-rowcount={total + 1} aria-colcount={shown.length + 1}>
        <div
          className="grid-scroller"
          ref={scroller}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onScroll={(e) => {
            view.scrollTop = e.currentTarget.scrollTop;
            view.scrollLeft = e.currentTarget.scrollLeft;
          }}
        >
          {/* Height and row offsets are set through the CSSOM (React style props), which the CSP allows. */}
          <div className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
            <div className="grid-header" role="rowgroup">
              <div className="grid-row grid-head-row" role="row" aria-rowindex={1}>
                <div className="grid-cell grid-rownum" role="columnheader">
                  {t('records.row')}
                </div>
                {shown.map(({ c, i }) => (
                  <ColumnHead key={c.name} column={c} width={width(c.name)} sort={sort?.column === i ? sort.direction : null} onSort={() => onSort(i)} onWidth={(w) => onWidth(c.name, w)} />
                ))}
              </div>
            </div>
            <div className="grid-rows" role="rowgroup">
              {items.map((v) => {
                const pos = base + v.index;
                const row = pages.row(pos);
                const record = pages.recordAt(pos) ?? pos;
                return (
                  <div
                    key={v.key}
                    className={['grid-row', pos % 2 ? 'grid-row-odd' : '', jump?.row === pos ? 'is-jumped' : '', selected?.row === pos ? 'is-current' : ''].join(' ').trim()}
                    role="row"
                    aria-rowindex={pos + 2}
                    data-row={record}
                    data-pos={pos}
                    style={{ transform: `translateY(${v.start}px)` }}
                  >
                    <div className="grid-cell grid-rownum" role="rowheader">
                      {row ? formatNumber(record + 1, lang) : ''}
                    </div>
                    {shown.map(({ c, i: ci }) => {
                      const cell = { row: pos, column: ci };
                      const style = { width: width(c.name), flexBasis: width(c.name) };
                      const isSel = selected?.row === pos && selected.column === ci;
                      const open = row && revealed && revealed.row === record && revealed.column === ci ? revealed : null;
                      if (!row)
                        return (
                          <div key={c.name} className="grid-cell grid-loading" role="gridcell" aria-busy="true" style={style}>
                            ···
                          </div>
                        );
                      const value = row[ci] ?? '';
                      return (
                        <div
                          key={c.name}
                          role="gridcell"
                          aria-selected={isSel}
                          className={['grid-cell', isSel ? 'is-selected' : '', open ? 'is-revealed' : '', c.piiType ? 'is-pii' : ''].join(' ').trim()}
                          style={style}
                          title={open ? undefined : value}
                          onClick={() => onSelect(cell)}
                          onContextMenu={(e) => contextMenu(e, cell)}
                        >
                          {open ? (
                            // Drawn over the neighbouring cells, so the whole value is readable in a narrow column.
                            <span className="reveal-chip">
                              <RevealedValue revealed={open} onHide={onHide} />
                            </span>
                          ) : (
                            <>
                              <span className="cell-text">{value}</span>
                              {isSel && value !== '' && (
                                <button
                                  type="button"
                                  className="cell-button"
                                  title={t('records.revealHint')}
                                  onClick={(e) => {
                                    e.stopPropagation();
                                    onReveal(cell);
                                  }}
                                >
                                  {t('records.reveal')}
                                </button>
                              )}
                            </>
                          )}
                        </div>
                      );
                    })}
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}

interface ColumnHeadProps {
  column: ColumnInfo;
  width: number;
  sort: 'asc' | 'desc' | null;
  onSort(): void;
  onWidth(width: number): void;
}

/** A column's header: a button that sorts (ascending, descending, record order) and a handle that resizes
 * (drag it, or focus it and use the Left and Right arrow keys). */
function ColumnHead({ column: c, width, sort, onSort, onWidth }: ColumnHeadProps) {
  const { t } = useTranslation();
  const drag = useRef<{ x: number; w: number } | null>(null);
  const clamp = (w: number) => Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.round(w)));
  const style = { width, flexBasis: width };
  return (
    <div className="grid-cell grid-colhead" role="columnheader" aria-sort={sort === 'asc' ? 'ascending' : sort === 'desc' ? 'descending' : 'none'} title={c.name} style={style}>
      <button type="button" className="sort-button" onClick={onSort} aria-label={t('workspace.sortBy', { name: c.name })}>
        <span className="grid-colname">{c.name}</span>
        {c.piiType && <PiiBadge piiType={c.piiType} confidence={c.confidence} />}
        {sort && (
          <span className="sort-mark" aria-hidden="true">
            {sort === 'asc' ? '▲' : '▼'}
          </span>
        )}
      </button>
      <span
        className="col-resizer"
        role="separator"
        aria-orientation="vertical"
        aria-label={t('workspace.resizeColumn', { name: c.name })}
        aria-valuenow={width}
        aria-valuemin={MIN_WIDTH}
        aria-valuemax={MAX_WIDTH}
        tabIndex={0}
        onPointerDown={(e: PointerEvent<HTMLSpanElement>) => {
          e.preventDefault();
          e.currentTarget.setPointerCapture(e.pointerId);
          drag.current = { x: e.clientX, w: width };
        }}
        onPointerMove={(e) => {
          if (drag.current) onWidth(clamp(drag.current.w + e.clientX - drag.current.x));
        }}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
        onKeyDown={(e) => {
          const step = e.key === 'ArrowRight' ? WIDTH_STEP : e.key === 'ArrowLeft' ? -WIDTH_STEP : 0;
          if (!step) return;
          e.preventDefault();
          e.stopPropagation();
          onWidth(clamp(width + step));
        }}
      />
    </div>
  );
}
