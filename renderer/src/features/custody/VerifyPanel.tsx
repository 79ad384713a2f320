// Runs custody.verify (hash chain, signed checkpoints, every evidence file re-hashed) and states the
// outcome: what was checked when it passes, which entry or item broke when it fails.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifyResult } from '../../../../shared/api/contract';
import { call } from '../../api';
import { formatBytesExact, formatIst, formatNumber } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useLanguage } from '../../state/language';
import { useCoreText } from '../../lib/core-text';

export function VerifyPanel({ caseId, evidenceNames, onVerified }: { caseId: string; evidenceNames: ReadonlyMap<string, string>; onVerified(): void }) {
  const { t } = useTranslation();
  const said = useCoreText();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const [result, setResult] = useState<{ r: VerifyResult; at: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function verify() {
    setBusy(true);
    setError(null);
    try {
      setResult({ r: await call('custody.verify', { caseId }), at: new Date().toISOString() });
      onVerified();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const n = (x: number) => formatNumber(x, lang);
  const problem = result?.r.problem;
  return (
    <section className="side-card verify-card" aria-label={t('custody.verify')}>
      <button type="button" className="button-primary" onClick={() => void verify()} disabled={busy} title={t('custody.verifyHint')}>
        {t('custody.verify')}
      </button>
      {busy && (
        <p className="muted" role="status">
          {t('custody.verifying')}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {result && !busy && (
        <div className={result.r.ok ? 'verify-result verify-pass' : 'verify-result verify-fail'} role="status">
          <strong>{result.r.ok ? `✓ ${t('custody.verifyPass')}` : `✗ ${t('custody.verifyFail')}`}</strong>
          {result.r.ok ? (
            <p>
              {t('custody.verifyPassBody', {
                count: result.r.evidence,
                entries: n(result.r.entries),
                checkpoints: n(result.r.checkpoints),
                evidence: n(result.r.evidence),
                bytes: formatBytesExact(result.r.bytes, lang),
              })}
            </p>
          ) : (
            <>
              <p>
                {problem?.kind === 'entry'
                  ? t('custody.verifyFailEntry', { seq: problem.seq === undefined ? '?' : n(problem.seq) })
                  : problem?.kind === 'evidence'
                    ? t('custody.verifyFailEvidence', { evidenceId: problem.evidenceId ? (evidenceNames.get(problem.evidenceId) ?? problem.evidenceId) : (problem.file ?? '?') })
                    : t('custody.verifyFailCheckpoint')}
              </p>
              {problem?.message && <p className="verify-detail mono">{said(problem.message, problem.text)}</p>}
              <p>{t('custody.verifyKeep')}</p>
            </>
          )}
          <p className="muted small">{t('custody.verifiedAt', { time: formatIst(result.at, lang, { seconds: true }) })}</p>
        </div>
      )}
    </section>
  );
}
