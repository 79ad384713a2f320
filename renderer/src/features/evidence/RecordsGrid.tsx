// The redacted rows of one table, virtualised: only the rows on screen exist in the DOM and only their
// pages are fetched. Browsers cap an element's height (~33 million px), so tables longer than one
// segment are shown a segment (10 lakh rows) at a time, with a picker; search results jump across
// segments. Cell text is rendered by React as text: hostile content stays inert.
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { ColumnInfo } from '../../../../shared/api/contract';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../state/language';
import type { Revealed } from '../../state/reveal';
import type { RowPages } from '../../state/row-pages';
import { PiiBadge } from './PiiBadge';

export const ROW_HEIGHT = 26;
export const SEGMENT_ROWS = 1_000_000;

export interface CellRef {
  row: number;
  column: number;
}

interface RecordsGridProps {
  pages: RowPages;
  total: number;
  columns: ColumnInfo[];
  selected: CellRef | null;
  onSelect(cell: CellRef): void;
  onReveal(cell: CellRef): void;
  revealed: Revealed | null;
  onHide(): void;
  /** Scroll so this row is in view (a new object each time, so the same row can be asked for twice). */
  jump: { row: number } | null;
}

export function RecordsGrid({ pages, total, columns, selected, onSelect, onReveal, revealed, onHide, jump }: RecordsGridProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const scroller = useRef<HTMLDivElement>(null);
  const header = useRef<HTMLDivElement>(null);
  const [base, setBase] = useState(0);
  const count = Math.max(0, Math.min(SEGMENT_ROWS, total - base));
  const pendingJump = useRef<number | null>(null);

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  const { want } = pages;
  useEffect(() => {
    want(base + first, base + last);
  }, [want, base, first, last]);

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

  /** Arrow keys, Page Up/Down and Home/End move the selected cell; Enter (or the menu key) asks to reveal it. */
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, items.length - 4);
    const cur = selected ?? { row: base + first, column: 0 };
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
    let next: CellRef | null = null;
    const move = moves[e.key];
    if (move) next = { row: cur.row + move[0], column: cur.column + move[1] };
    else if (e.key === 'Home') next = { row: e.ctrlKey ? 0 : cur.row, column: 0 };
    else if (e.key === 'End') next = { row: e.ctrlKey ? total - 1 : cur.row, column: columns.length - 1 };
    if (!next) return;
    e.preventDefault();
    const row = Math.max(base, Math.min(base + count - 1, next.row));
    const column = Math.max(0, Math.min(columns.length - 1, next.column));
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
      <div className="grid" role="grid" aria-rowcount={total + 1} aria-colcount={columns.length + 1}>
        <div className="grid-header" ref={header} role="rowgroup">
          <div className="grid-row grid-head-row" role="row" aria-rowindex={1}>
            <div className="grid-cell grid-rownum" role="columnheader">
              {t('records.row')}
            </div>
            {columns.map((c) => (
              <div key={c.name} className="grid-cell grid-colhead" role="columnheader" title={c.name}>
                <span className="grid-colname">{c.name}</span>
                {c.piiType && <PiiBadge piiType={c.piiType} confidence={c.confidence} />}
              </div>
            ))}
          </div>
        </div>
        <div
          className="grid-scroller"
          ref={scroller}
          role="rowgroup"
          tabIndex={0}
          onKeyDown={onKeyDown}
          onScroll={(e) => {
            if (header.current) header.current.scrollLeft = e.currentTarget.scrollLeft;
          }}
        >
          {/* Height and row offsets are set through the CSSOM (React style props), which the CSP allows. */}
          <div className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((v) => {
              const rowNo = base + v.index;
              const row = pages.row(rowNo);
              return (
                <div key={v.key} className={['grid-row', rowNo % 2 ? 'grid-row-odd' : '', jump?.row === rowNo ? 'is-jumped' : ''].join(' ').trim()} role="row" aria-rowindex={rowNo + 2} data-row={rowNo} style={{ transform: `translateY(${v.start}px)` }}>
                  <div className="grid-cell grid-rownum" role="rowheader">
                    {formatNumber(rowNo + 1, lang)}
                  </div>
                  {columns.map((c, ci) => {
                    const cell = { row: rowNo, column: ci };
                    const isSel = selected?.row === rowNo && selected.column === ci;
                    const shown = revealed && revealed.row === rowNo && revealed.column === ci ? revealed : null;
                    if (!row)
                      return (
                        <div key={c.name} className="grid-cell grid-loading" role="gridcell" aria-busy="true">
                          ···
                        </div>
                      );
                    const value = row[ci] ?? '';
                    return (
                      <div
                        key={c.name}
                        role="gridcell"
                        aria-selected={isSel}
                        className={['grid-cell', isSel ? 'is-selected' : '', shown ? 'is-revealed' : '', c.piiType ? 'is-pii' : ''].join(' ').trim()}
                        title={shown ? undefined : value}
                        onClick={() => onSelect(cell)}
                        onContextMenu={(e) => contextMenu(e, cell)}
                      >
                        {shown ? (
                          // Drawn over the neighbouring cells, so the whole value is readable in a narrow column.
                          <span className="reveal-chip">
                            <span className="revealed-value">{shown.value ?? t('records.emptyValue')}</span>
                            <span className="reveal-timer" aria-live="polite">
                              {t('records.revealedFor', { seconds: shown.secondsLeft })}
                            </span>
                            <button type="button" className="cell-button" onClick={onHide}>
                              {t('records.hideNow')}
                            </button>
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
  );
}
