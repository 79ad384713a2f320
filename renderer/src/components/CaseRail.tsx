// The left rail: every case in the vault, newest first. Up/Down move through the list, F2 renames.
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseInfo } from '../../../shared/api/contract';
import { formatNumber } from '../lib/format';
import { useLanguage } from '../state/language';

interface CaseRailProps {
  cases: CaseInfo[] | null;
  selectedId: string | null;
  onSelect(id: string): void;
  onNew(): void;
  onRename(c: CaseInfo): void;
}

export function CaseRail({ cases, selectedId, onSelect, onNew, onRename }: CaseRailProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const list = useRef<HTMLUListElement>(null);

  function onKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    if (!cases || cases.length === 0) return;
    const i = cases.findIndex((c) => c.id === selectedId);
    let next: CaseInfo | undefined;
    if (e.key === 'ArrowDown') next = cases[Math.min(i + 1, cases.length - 1)];
    else if (e.key === 'ArrowUp') next = cases[Math.max(i - 1, 0)];
    else if (e.key === 'Home') next = cases[0];
    else if (e.key === 'End') next = cases[cases.length - 1];
    else if (e.key === 'F2' && cases[i]) {
      e.preventDefault();
      onRename(cases[i]);
      return;
    }
    if (!next) return;
    e.preventDefault();
    onSelect(next.id);
    list.current?.querySelector<HTMLButtonElement>(`[data-case-id="${next.id}"]`)?.focus();
  }

  return (
    <nav className="rail" aria-label={t('rail.title')}>
      <div className="rail-header">
        <h2>{t('rail.title')}</h2>
        {cases && <span className="rail-count">{t('rail.count', { count: cases.length, formatted: formatNumber(cases.length, lang) })}</span>}
      </div>
      <button type="button" className="button-primary rail-new" onClick={onNew} title={t('rail.newCaseHint')}>
        <span aria-hidden="true">+</span> {t('rail.newCase')}
      </button>
      {cases && cases.length === 0 && <p className="rail-empty">{t('rail.empty')}</p>}
      <ul className="rail-list" ref={list} onKeyDown={onKeyDown}>
        {cases?.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              data-case-id={c.id}
              className="rail-item"
              aria-current={c.id === selectedId ? 'true' : undefined}
              tabIndex={c.id === selectedId || (!selectedId && c === cases[0]) ? 0 : -1}
              onClick={() => onSelect(c.id)}
            >
              <span className="rail-item-title">{c.title}</span>
              <span className="rail-item-ref">{c.ref || t('rail.noRef')}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
