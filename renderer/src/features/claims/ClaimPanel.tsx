// An evidence item's claim beside its verdict: what the sample is said to be, each part checked against
// the figures of the analysis (claimed count against found, fields against inferred columns, a population
// against the ages), in the screen's language from the check's data. Recording or editing the claim is a
// form in place; every save is logged by the core, and the check shows at once (no re-run needed).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisView } from '../../../../shared/api/contract';
import { call } from '../../api';
import { formatNumber } from '../../lib/format';
import { formatPercent } from '../../lib/percent';
import { useErrorMessage } from '../../state/error-message';
import { useLanguage } from '../../state/language';
import { claimToForm, formToClaim, type ClaimForm } from './claim-form';

type Item = AnalysisView['evidence'][number];
type Check = NonNullable<Item['claim']>;

const STATUS_BADGE = { consistent: 'badge-ok', inconsistent: 'badge-danger', unknown: 'badge-neutral' } as const;
const statusOf = (s: string): keyof typeof STATUS_BADGE => (s === 'consistent' || s === 'inconsistent' ? s : 'unknown');

function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const s = statusOf(status);
  return <span className={`badge ${STATUS_BADGE[s]} claim-status claim-status-${s}`}>{t(`claims.status.${s}`)}</span>;
}

function FieldBadge({ present, known }: { present: boolean; known: boolean }) {
  const { t } = useTranslation();
  const [cls, key] = present ? (['badge-ok', 'present'] as const) : known ? (['badge-danger', 'absent'] as const) : (['badge-neutral', 'unrecognised'] as const);
  return <span className={`badge ${cls} claim-field-status`}>{t(`claims.fieldStatus.${key}`)}</span>;
}

function ClaimCheckView({ check, fingerprint }: { check: Check; fingerprint: string }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const n = (x: number) => formatNumber(x, lang);
  const rc = check.recordCount;
  const g = check.group;
  const source = check.claimed?.source;
  return (
    <dl className="claim-check">
      {source && (
        <>
          <dt>{t('claims.sourceRow')}</dt>
          <dd className="claim-source">
            <StatusBadge status="unknown" /> {t('claims.sourceText', { source, fingerprint })}
          </dd>
        </>
      )}
      {rc && (
        <>
          <dt>{t('claims.recordsRow')}</dt>
          <dd className="claim-records">
            <StatusBadge status={rc.status} /> {t('claims.recordsText', { claimed: n(rc.claimed), found: n(rc.inSample), percent: formatPercent(rc.inSample / Math.max(rc.claimed, 1), lang) })}
            <span className="muted small claim-explain">{rc.status === 'consistent' ? t('claims.recordsConsistent') : t('claims.recordsInconsistent')}</span>
          </dd>
        </>
      )}
      {check.fields && check.fields.length > 0 && (
        <>
          <dt>{t('claims.fieldsRow')}</dt>
          <dd>
            <ul className="claim-fields">
              {check.fields.map((f, i) => (
                <li key={i} className={f.present ? 'claim-field-present' : 'claim-field-absent'}>
                  <FieldBadge present={f.present} known={f.type !== null} /> <span className="mono">{f.field}</span>{' '}
                  <span className="muted">— {f.present ? t('claims.fieldFound', { columns: f.columns.join(', ') }) : f.type ? t('claims.fieldMissing') : t('claims.fieldUnknown')}</span>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {g && (
        <>
          <dt>{t('claims.groupRow')}</dt>
          <dd className="claim-group">
            <StatusBadge status={g.status} />{' '}
            {g.status === 'unknown'
              ? t('claims.groupTooFew', { withAge: n(g.withAge), label: g.label })
              : t('claims.groupText', { percent: formatPercent(g.share, lang), withAge: n(g.withAge), min: n(g.minAge), max: n(g.maxAge), label: g.label })}
            <span className="muted small claim-explain">{t('claims.groupNote')}</span>
          </dd>
        </>
      )}
    </dl>
  );
}

export function ClaimPanel({ caseId, item, onSaved }: { caseId: string; item: Item; onSaved(): Promise<void> }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const check = item.claim;
  const [form, setForm] = useState<ClaimForm | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<'saved' | 'removed' | null>(null);

  const set = (k: keyof ClaimForm) => (e: React.ChangeEvent<HTMLInputElement>) => setForm((f) => (f ? { ...f, [k]: e.target.value } : f));

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (!form) return;
    const parsed = formToClaim(form);
    if ('error' in parsed) {
      setError(t(`claims.errors.${parsed.error}`));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await call('analysis.setClaim', { caseId, evidenceId: item.evidenceId, claim: parsed.claim });
      await onSaved();
      setForm(null);
      setNotice(Object.keys(parsed.claim).length ? 'saved' : 'removed');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  const field = (k: keyof ClaimForm, label: string, placeholder?: string, narrow = false) => (
    <label className={`claim-input${narrow ? ' claim-input-narrow' : ''}`}>
      <span>{label}</span>
      <input type="text" value={form![k]} onChange={set(k)} placeholder={placeholder} inputMode={narrow ? 'numeric' : undefined} />
    </label>
  );

  return (
    <section className="claim-panel" aria-label={t('claims.title')}>
      <div className="claim-head">
        <h5>{t('claims.title')}</h5>
        {check && <StatusBadge status={check.status} />}
        {!form && (
          <button
            type="button"
            className="button-tiny"
            onClick={() => {
              setForm(claimToForm(check?.claimed));
              setNotice(null);
              setError(null);
            }}
          >
            {check ? t('claims.edit') : t('claims.record')}
          </button>
        )}
      </div>
      {notice && !form && (
        <p className="claim-notice muted small" role="status">
          {t(`claims.${notice}`)}
        </p>
      )}
      {!form && (check ? <ClaimCheckView check={check} fingerprint={item.schemaFingerprint} /> : <p className="muted small">{t('claims.none')} {t('claims.intro')}</p>)}
      {form && (
        <form className="claim-form" aria-label={t('claims.formLabel', { name: item.name })} onSubmit={(e) => void save(e)}>
          <p className="muted small">{t('claims.intro')}</p>
          <div className="claim-form-grid">
            {field('source', t('claims.source'), t('claims.sourcePlaceholder'))}
            {field('recordCount', t('claims.recordCount'), t('claims.recordCountPlaceholder'))}
            {field('fields', t('claims.fields'), t('claims.fieldsPlaceholder'))}
            <div className="claim-group-row">
              {field('groupLabel', t('claims.groupLabel'), t('claims.groupPlaceholder'))}
              {field('minAge', t('claims.minAge'), undefined, true)}
              {field('maxAge', t('claims.maxAge'), undefined, true)}
            </div>
          </div>
          <p className="muted small">{t('claims.clearHint')}</p>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="claim-actions">
            <button type="submit" className="button-primary" disabled={saving}>
              {saving ? t('claims.saving') : t('claims.save')}
            </button>
            <button
              type="button"
              onClick={() => {
                setForm(null);
                setError(null);
              }}
              disabled={saving}
            >
              {t('claims.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
