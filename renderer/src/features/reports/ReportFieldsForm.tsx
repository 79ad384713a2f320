// The report fields of a case, grouped by the annex that prints them: the examiner's findings, the BSA
// hash certificate's device and place, the CERT-In and DPDP fields. Values arrive masked from the core;
// only fields the examiner edits are sent back, so a masked value is never saved over the original.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_FIELD_GROUPS, REPORT_FIELD_MAX, REPORT_TIME_FIELDS, type ReportFieldName, type ReportFields } from '../../../../shared/report/fields';
import { call } from '../../api';
import { useErrorMessage } from '../../state/error-message';

const GROUPS = Object.keys(REPORT_FIELD_GROUPS) as (keyof typeof REPORT_FIELD_GROUPS)[];

export function ReportFieldsForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const errorMessage = useErrorMessage();
  const [saved, setSaved] = useState<ReportFields | null>(null);
  const [edits, setEdits] = useState<ReportFields>({});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('report.fields', { caseId }).then(
      (f) => live && setSaved(f),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [caseId, errorMessage]);

  if (!saved) return error ? <p className="form-error" role="alert">{error}</p> : null;

  const valueOf = (f: ReportFieldName): string => edits[f] ?? saved[f] ?? '';

  async function save() {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const res = await call('report.setFields', { caseId, fields: edits });
      setSaved(res.fields);
      setEdits({});
      setStatus(res.changed.length > 0 ? t('reports.fields.saved', { count: res.changed.length }) : t('reports.fields.unchanged'));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="report-fields"
      aria-label={t('reports.fields.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 className="section-title">{t('reports.fields.title')}</h3>
      <p className="muted small">{t('reports.fields.hint')}</p>
      {GROUPS.map((g) => (
        <fieldset key={g} disabled={busy} className={`report-field-group report-field-group-${g}`}>
          <legend>{t(`reports.fields.groups.${g}`)}</legend>
          {REPORT_FIELD_GROUPS[g].map((f: ReportFieldName) => {
            const fid = `${id}-${f}`;
            const long = f === 'statement' || f === 'description';
            const common = {
              id: fid,
              name: f,
              value: valueOf(f),
              maxLength: REPORT_FIELD_MAX[f],
              onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
                const v = e.target.value;
                setEdits((x) => ({ ...x, [f]: v }));
                setStatus(null);
              },
            };
            return (
              <div key={f} className={long ? 'report-field report-field-long' : 'report-field'}>
                <label htmlFor={fid}>{t(`reports.fields.labels.${f}`)}</label>
                {long ? <textarea rows={f === 'statement' ? 4 : 2} {...common} /> : <input type="text" {...common} aria-describedby={REPORT_TIME_FIELDS.includes(f) ? `${id}-time` : undefined} />}
              </div>
            );
          })}
          {g === 'certIn' && (
            <p id={`${id}-time`} className="muted small">
              {t('reports.fields.timeHint')}
            </p>
          )}
        </fieldset>
      ))}
      <div className="report-actions">
        <button type="submit" className="button-primary" disabled={busy || Object.keys(edits).length === 0}>
          {t('reports.fields.save')}
        </button>
        {status && (
          <span className="notice notice-info" role="status">
            {status}
          </span>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
