// Narrow the custody log by action, examiner and evidence item.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useActionLabel } from './ActionBadge';

export interface CustodyFilter {
  action: string;
  examiner: string;
  evidence: string;
  /** Words to find in the summary (either language), action or examiner. */
  text: string;
  /** IST days, YYYY-MM-DD, inclusive; '' = open. */
  from: string;
  to: string;
}

export const NO_FILTER: CustodyFilter = { action: '', examiner: '', evidence: '', text: '', from: '', to: '' };

interface CustodyFiltersProps {
  value: CustodyFilter;
  onChange(f: CustodyFilter): void;
  actions: string[];
  examiners: string[];
  evidence: { id: string; name: string }[];
}

export function CustodyFilters({ value, onChange, actions, examiners, evidence }: CustodyFiltersProps) {
  const { t } = useTranslation();
  const label = useActionLabel();
  const id = useId();
  return (
    <div className="custody-filters">
      <span className="filter filter-text">
        <label htmlFor={`${id}-text`}>{t('custodyFind.searchLabel')}</label>
        <input id={`${id}-text`} type="search" name="filter-text" value={value.text} maxLength={200} placeholder={t('custodyFind.searchPlaceholder')} onChange={(e) => onChange({ ...value, text: e.target.value })} />
      </span>
      <span className="filter">
        <label htmlFor={`${id}-from`}>{t('custodyFind.from')}</label>
        <input id={`${id}-from`} type="date" name="filter-from" value={value.from} max={value.to || undefined} onChange={(e) => onChange({ ...value, from: e.target.value })} />
      </span>
      <span className="filter">
        <label htmlFor={`${id}-to`}>{t('custodyFind.to')}</label>
        <input id={`${id}-to`} type="date" name="filter-to" value={value.to} min={value.from || undefined} onChange={(e) => onChange({ ...value, to: e.target.value })} />
      </span>
      <span className="filter-break" aria-hidden="true" />
      <span className="filter">
        <label htmlFor={`${id}-action`}>{t('custody.filterAction')}</label>
        <select id={`${id}-action`} name="filter-action" value={value.action} onChange={(e) => onChange({ ...value, action: e.target.value })}>
          <option value="">{t('custody.all')}</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {label(a)}
            </option>
          ))}
        </select>
      </span>
      <span className="filter">
        <label htmlFor={`${id}-examiner`}>{t('custody.filterExaminer')}</label>
        <select id={`${id}-examiner`} name="filter-examiner" value={value.examiner} onChange={(e) => onChange({ ...value, examiner: e.target.value })}>
          <option value="">{t('custody.all')}</option>
          {examiners.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </select>
      </span>
      <span className="filter">
        <label htmlFor={`${id}-evidence`}>{t('custody.filterEvidence')}</label>
        <select id={`${id}-evidence`} name="filter-evidence" value={value.evidence} onChange={(e) => onChange({ ...value, evidence: e.target.value })}>
          <option value="">{t('custody.all')}</option>
          {evidence.map((ev) => (
            <option key={ev.id} value={ev.id}>
              {ev.name}
            </option>
          ))}
        </select>
      </span>
      {(value.text || value.from || value.to || value.action || value.examiner || value.evidence) && (
        <button type="button" className="button-quiet" onClick={() => onChange(NO_FILTER)}>
          {t('custodyFind.clear')}
        </button>
      )}
    </div>
  );
}
