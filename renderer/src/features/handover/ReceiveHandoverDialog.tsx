// Receive a case another examiner sealed for this vault. The host's file dialog chooses the package; the
// core first reads only its header (who it claims to come from, whom it is for) so the examiner sees the
// sender's fingerprint and whether it is trusted; receiving checks everything again and is refused, with
// nothing imported, for an untrusted sender or a package altered in transit.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverPeek, Response } from '../../../../shared/api/contract';
import { ApiError, call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { Fingerprint } from '../../components/Fingerprint';
import { formatBytes, formatIst, formatNumber } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useLanguage } from '../../state/language';

export function ReceiveHandoverDialog({ onClose, onReceived, onTrustKeys }: { onClose(): void; onReceived(caseId: string): void; onTrustKeys?(): void }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const [peek, setPeek] = useState<HandoverPeek | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; detail?: string } | null>(null);
  const [received, setReceived] = useState<Response<'handover.receive'> | null>(null);

  async function choose() {
    setError(null);
    setReceived(null);
    try {
      const r = await call('handover.open', {});
      if (r) setPeek(r);
    } catch (e) {
      setError({ text: errorMessage(e) });
    }
  }

  async function receive() {
    if (!peek) return;
    setBusy(true);
    setError(null);
    try {
      const r = await call('handover.receive', { token: peek.token });
      setReceived(r);
      setPeek(null);
      onReceived(r.caseId);
    } catch (e) {
      // The core's refusal says exactly which check failed, in English: shown as the detail beneath a
      // sentence in the examiner's language.
      const detail = e instanceof ApiError ? e.message : undefined;
      if (e instanceof ApiError && e.code === 'VERIFY_FAILED') setError({ text: t('handover.refused'), detail });
      else if (e instanceof ApiError && e.code === 'CONFLICT') setError({ text: t('handover.nothingNew'), detail });
      else if (e instanceof ApiError && e.code === 'NOT_FOUND') setError({ text: t('handover.pickAgain') });
      else setError({ text: errorMessage(e) });
      setPeek(null);
    } finally {
      setBusy(false);
    }
  }

  const p = peek?.package ?? null;
  return (
    <Dialog
      title={t('handover.receiveTitle')}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="button" className="button-secondary" onClick={() => void choose()} disabled={busy}>
            {peek || received || error ? t('handover.chooseAnother') : t('handover.chooseFile')}
          </button>
          {peek && (
            <button type="button" className="button-primary" onClick={() => void receive()} disabled={busy || peek.problem !== null}>
              {busy ? t('handover.receiving') : t('handover.receiveButton')}
            </button>
          )}
        </>
      }
    >
      <div className="handover" data-testid="handover-receive">
        <p className="dialog-note">{t('handover.receiveIntro')}</p>
        {peek && (
          <dl className="detail-list" data-testid="package-claims">
            <dt>{t('handover.fileLabel')}</dt>
            <dd className="mono">
              {peek.file} · {formatBytes(peek.bytes, lang)}
            </dd>
            {p && (
              <>
                <dt>{t('handover.sender')}</dt>
                <dd>{p.senderName || '—'}</dd>
                <dt>{t('handover.senderFingerprint')}</dt>
                <dd>
                  <Fingerprint value={p.senderFingerprint} />
                </dd>
                <dt>{t('handover.trust')}</dt>
                <dd className={p.trusted ? 'trust-yes' : 'trust-no'} data-testid="sender-trust">
                  {p.trusted ? t('handover.trustedYes') : t('handover.trustedNo')}
                </dd>
                <dt>{t('handover.sealedAt')}</dt>
                <dd>{formatIst(p.createdAt, lang)}</dd>
                <dt>{t('handover.caseId')}</dt>
                <dd className="mono">{p.caseId}</dd>
              </>
            )}
          </dl>
        )}
        {peek?.problem && (
          <p className="form-error" role="alert" data-testid="package-problem">
            {t(`handover.problems.${peek.problem}`)}
          </p>
        )}
        {peek?.problem === 'untrusted' && onTrustKeys && (
          <div className="form-actions">
            <button type="button" className="button-secondary" onClick={onTrustKeys}>
              {t('handover.openKeys')}
            </button>
          </div>
        )}
        {p?.caseHere && !peek?.problem && <p className="notice">{t('handover.caseHere')}</p>}
        {busy && (
          <div className="vault-settings-progress" role="status">
            <progress className="job-bar" aria-label={t('handover.receiving')} />
            <span>{t('handover.receiving')}</span>
          </div>
        )}
        {error && (
          <div className="form-error" role="alert" data-testid="receive-error">
            <p>{error.text}</p>
            {error.detail && (
              <details>
                <summary>{t('handover.detail')}</summary>
                <p lang="en">{error.detail}</p>
              </details>
            )}
          </div>
        )}
        {received && (
          <p className="notice notice-info" role="status" data-testid="handover-received">
            {t('handover.received', { title: received.title, evidence: formatNumber(received.evidence, lang), entries: formatNumber(received.entries, lang) })}
          </p>
        )}
      </div>
    </Dialog>
  );
}
