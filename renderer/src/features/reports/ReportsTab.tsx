// The Reports tab: choose a template and a language, generate the PDF and signed bundle, and see where
// it was written with its hashes. Generation reads the latest analysis and the custody log.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Response } from '../../../../shared/api/contract';
import { call } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { HashCopy } from '../evidence/HashCopy';
import { ReportFieldsForm } from './ReportFieldsForm';
import { ReportItemsForm } from './ReportItemsForm';
import { ReportCheck } from './ReportCheck';
import { ReportPreview } from './ReportPreview';
import { ReportFolder } from './ReportFolder';
import { useAnalysis } from '../../state/analysis';
import { useErrorMessage } from '../../state/error-message';
import { useEvidenceList } from '../../state/evidence-list';
import { useLanguage } from '../../state/language';
import type { Language } from '../../../../shared/i18n';

const TEMPLATES = ['regulator', 'parliament', 'cert-in'] as const;
type Template = (typeof TEMPLATES)[number];

export function ReportsTab({ caseId, icon }: { caseId: string; icon: React.ReactNode }) {
  const { t } = useTranslation();
  const [uiLang] = useLanguage();
  const errorMessage = useErrorMessage();
  const id = useId();
  const evidence = useEvidenceList(caseId);
  const analysis = useAnalysis(caseId);
  const [template, setTemplate] = useState<Template>('regulator');
  const [lang, setLang] = useState<Language>(uiLang);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Response<'report.generate'> | null>(null);

  if (!evidence.items) return null;
  if (evidence.items.length === 0) return <EmptyState icon={icon} title={t('caseView.empty.reportsTitle')} body={t('reports.intro')} next={t('reports.noEvidence')} />;

  async function generate() {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await call('report.generate', { caseId, template, lang }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="reports-tab">
      <p className="reports-intro">{t('reports.intro')}</p>
      {analysis.loaded && !analysis.analysis && <p className="notice">{t('reports.noAnalysis')}</p>}
      <ReportFieldsForm caseId={caseId} />
      <ReportItemsForm caseId={caseId} evidence={evidence.items} />
      <form
        className="report-form"
        onSubmit={(e) => {
          e.preventDefault();
          void generate();
        }}
      >
        <fieldset disabled={busy}>
          <legend>{t('reports.template')}</legend>
          <div className="template-options">
            {TEMPLATES.map((tp) => (
              <label key={tp} className={tp === template ? 'template-option is-chosen' : 'template-option'}>
                <input type="radio" name="template" value={tp} checked={tp === template} onChange={() => setTemplate(tp)} />
                <span className="template-name">{t(`reports.templates.${tp}`)}</span>
                <span className="template-hint">{t(`reports.templates.${tp}Hint`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <ReportFolder disabled={busy} />
        <div className="report-actions">
          <label htmlFor={`${id}-lang`}>{t('reports.language')}</label>
          <select id={`${id}-lang`} name="report-language" value={lang} onChange={(e) => setLang(e.target.value === 'hi' ? 'hi' : 'en')} disabled={busy}>
            <option value="en">{t('language.en')}</option>
            <option value="hi">{t('language.hi')}</option>
          </select>
          <button type="submit" className="button-primary" disabled={busy}>
            {t('reports.generate')}
          </button>
        </div>
      </form>
      {busy && (
        <p className="notice notice-info" role="status">
          {t('reports.generating')}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <section className="side-card report-result" aria-label={t('reports.resultTitle')}>
          <h3 className="section-title">✓ {t('reports.resultTitle')}</h3>
          <dl className="detail-grid">
            <dt>{t('reports.folder')}</dt>
            <dd className="mono selectable report-dir">{result.dir}</dd>
            <dt>{t('reports.pdfSha256')}</dt>
            <dd>
              <HashCopy value={result.pdfSha256} label={t('reports.pdfSha256')} />
            </dd>
            <dt>{t('reports.manifestSha256')}</dt>
            <dd>
              <HashCopy value={result.manifestSha256} label={t('reports.manifestSha256')} />
            </dd>
            <dt>{t('reports.files')}</dt>
            <dd>
              <ul className="plain-list mono report-files">
                {result.files.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </dd>
          </dl>
          <p className="muted small">{t('reports.logged')}</p>
          <p className="muted small">{t('reports.previewNote')}</p>
          <ReportCheck caseId={caseId} dir={result.dir} />
        </section>
      )}
      {result && <ReportPreview caseId={caseId} dir={result.dir} />}
    </div>
  );
}
