// WAI-ARIA tabs: one tab stop for the list, arrow keys / Home / End move between tabs.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec {
  id: string;
  label: string;
  panel: ReactNode;
}

/** Uncontrolled by default, starting at `initial`; give `active` (and follow `onChange`) to choose the tab
 * from outside. */
export function Tabs({ tabs, label, initial, active: chosen, onChange }: { tabs: TabSpec[]; label: string; initial?: string; active?: string; onChange?: (id: string) => void }) {
  const base = useId();
  const [own, setOwn] = useState(initial && tabs.some((tab) => tab.id === initial) ? initial : (tabs[0]?.id ?? ''));
  const active = chosen ?? own;
  const setActive = (id: string) => {
    setOwn(id);
    onChange?.(id);
  };
  const buttons = useRef<Map<string, HTMLButtonElement>>(new Map());

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const i = tabs.findIndex((tab) => tab.id === active);
    const target =
      e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(i - 1 + tabs.length) % tabs.length] : e.key === 'Home' ? tabs[0] : e.key === 'End' ? tabs[tabs.length - 1] : undefined;
    if (!target) return;
    e.preventDefault();
    setActive(target.id);
    buttons.current.get(target.id)?.focus();
  }

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tablist" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) buttons.current.set(tab.id, el);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-controls={`${base}-panel-${tab.id}`}
            aria-selected={tab.id === active}
            tabIndex={tab.id === active ? 0 : -1}
            onClick={() => setActive(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={tab.id !== active}
          tabIndex={0}
          className="tabpanel"
        >
          {tab.id === active && tab.panel}
        </div>
      ))}
    </div>
  );
}
