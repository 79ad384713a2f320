// The evidence list above, the selected item's records below, and a handle between them. The list's height
// is a whole number of rows (and its rows snap when it scrolls), so no item is ever shown cut in half; drag
// the handle or use the arrow keys on it to move the split a row at a time. The split is kept for the
// session (state/workspace.ts).
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { workspace } from '../../state/workspace';

/** Heights in the evidence list as styled (workspace.css), until the rendered ones are measured. */
export const LIST_HEAD = 25;
export const LIST_ROW = 27;
/** With no split chosen yet, this many items are shown (the rest scroll); the records get the room. */
const DEFAULT_ROWS = 3;

export function EvidenceSplit({ items, list, children }: { items: number; list: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const [rows, setRowsState] = useState(() => workspace.listRows ?? DEFAULT_ROWS);
  const drag = useRef<{ y: number; rows: number } | null>(null);
  const pane = useRef<HTMLDivElement>(null);
  // The rendered heights (fonts and languages differ), so the pane holds whole rows exactly.
  const [size, setSize] = useState({ head: LIST_HEAD, row: LIST_ROW, frame: 2 });
  useLayoutEffect(() => {
    const el = pane.current;
    const wrap = el?.querySelector<HTMLElement>('.evidence-list-wrap');
    const head = wrap?.querySelector('thead')?.getBoundingClientRect().height;
    const row = wrap?.querySelector('tbody tr:not(.details-row)')?.getBoundingClientRect().height;
    if (!wrap || !head || !row) return;
    const frame = wrap.offsetHeight - wrap.clientHeight;
    if (head !== size.head || row !== size.row || frame !== size.frame) setSize({ head, row, frame });
  });
  const max = Math.max(1, items);
  const shown = Math.max(1, Math.min(max, rows));
  const setRows = (n: number) => {
    const v = Math.max(1, Math.min(max, n));
    workspace.setListRows(v);
    setRowsState(v);
  };
  return (
    <div className="evidence-split">
      <div className="evidence-pane" ref={pane} style={{ height: size.head + shown * size.row + size.frame }}>
        {list}
      </div>
      <div
        className="split-handle"
        role="separator"
        aria-orientation="horizontal"
        aria-label={t('workspace.splitLabel')}
        title={t('workspace.splitHint')}
        aria-valuemin={1}
        aria-valuemax={max}
        aria-valuenow={shown}
        tabIndex={0}
        onPointerDown={(e) => {
          e.preventDefault();
          e.currentTarget.setPointerCapture(e.pointerId);
          drag.current = { y: e.clientY, rows: shown };
        }}
        onPointerMove={(e) => {
          if (drag.current) setRows(drag.current.rows + Math.round((e.clientY - drag.current.y) / size.row));
        }}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
        onKeyDown={(e) => {
          const to = e.key === 'ArrowDown' ? shown + 1 : e.key === 'ArrowUp' ? shown - 1 : e.key === 'Home' ? 1 : e.key === 'End' ? max : null;
          if (to === null) return;
          e.preventDefault();
          setRows(to);
        }}
      >
        <span className="split-grip" aria-hidden="true" />
      </div>
      <div className="records-pane">{children}</div>
    </div>
  );
}
