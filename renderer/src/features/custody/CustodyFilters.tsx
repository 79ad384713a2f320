// Narrow the custody log by action, examiner and evidence item.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useActionLabel } from './ActionBadge';

export interface CustodyFilter {
  action: string;
  examiner: string;
  evidence: string;
}

export const NO_FILTER: CustodyFilter = { action: '', examiner: '', evidence: '' };

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
    </div>
  );
}
