// Hand a case over to another examiner: choose a trusted examiner (or paste their key and compare its
// fingerprint), then the host's folder dialog chooses where the sealed package goes. The core names the
// file and logs the hand-over in the case's custody log.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Response, TrustedExaminer } from '../../../../shared/api/contract';
import { call, isApiError } from '../../api';
import { Dialog } from '../../components/Dialog';
import { Fingerprint } from '../../components/Fingerprint';
import { formatBytes } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useLanguage } from '../../state/language';
import { groupedFingerprint } from '../vault/fingerprint-groups';

const PASTE = '__paste__';

export function SendHandoverDialog({ caseId, caseTitle, onClose }: { caseId: string; caseTitle: string; onClose(): void }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const [trusted, setTrusted] = useState<TrustedExaminer[] | null>(null);
  const [choice, setChoice] = useState('');
  const [pasted, setPasted] = useState('');
  const [pastedFp, setPastedFp] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<NonNullable<Response<'handover.send'>> | null>(null);

  useEffect(() => {
    call('examiner.trusted', {}).then(
      (list) => {
        setTrusted(list);
        setChoice(list[0]?.keyFingerprint ?? PASTE);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [errorMessage]);

  const chosen = trusted?.find((x) => x.keyFingerprint === choice) ?? null;
  const fingerprint = chosen ? groupedFingerprint(chosen.keyFingerprint) : pastedFp;

  async function inspect() {
    setError(null);
    if (!pasted.trim()) return setError(t('handover.noRecipient'));
    try {
      const r = await call('examiner.inspectKey', { publicKey: pasted });
      if (r.own) {
        setPastedFp(null);
        return setError(t('handover.ownKey'));
      }
      setPastedFp(r.fingerprint);
    } catch (e) {
      setPastedFp(null);
      setError(isApiError(e, 'INVALID_INPUT') || isApiError(e, 'BAD_REQUEST') ? t('vaultSettings.keys.badKey') : errorMessage(e));
    }
  }

  async function send() {
    setError(null);
    if (!chosen && !pastedFp) return setError(t('handover.noRecipient'));
    setBusy(true);
    try {
      const r = await call('handover.send', { caseId, to: chosen ? { trusted: chosen.keyFingerprint } : { key: pasted } });
      if (r) setSent(r);
    } catch (e) {
      setError(isApiError(e, 'INVALID_INPUT') && !chosen ? t('vaultSettings.keys.badKey') : isApiError(e, 'IO_ERROR') ? t('handover.writeFailed') : errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={t('handover.sendTitle')}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('common.close')}
          </button>
          {!sent && (
            <button type="button" className="button-primary" onClick={() => void send()} disabled={busy || !fingerprint}>
              {busy ? t('handover.sealing') : t('handover.choose')}
            </button>
          )}
        </>
      }
    >
      <div className="handover" data-testid="handover-send">
        <p className="case-title-inline">{caseTitle}</p>
        <p className="dialog-note">{t('handover.sendIntro')}</p>
        {trusted && !sent && (
          <>
            <div className="field">
              <label htmlFor="handover-recipient">{t('handover.recipient')}</label>
              <select
                id="handover-recipient"
                value={choice}
                disabled={busy}
                onChange={(e) => {
                  setChoice(e.target.value);
                  setError(null);
                }}
              >
                {trusted.map((x) => (
                  <option key={x.keyFingerprint} value={x.keyFingerprint}>
                    {x.name || x.keyFingerprint}
                  </option>
                ))}
                <option value={PASTE}>{t('handover.pasteOption')}</option>
              </select>
            </div>
            {choice === PASTE && (
              <div className="field">
                <label htmlFor="handover-key">{t('handover.paste')}</label>
                <textarea
                  id="handover-key"
                  className="mono"
                  rows={2}
                  value={pasted}
                  spellCheck={false}
                  disabled={busy}
                  onChange={(e) => {
                    setPasted(e.target.value);
                    setPastedFp(null);
                  }}
                />
                {!pastedFp && (
                  <div className="form-actions">
                    <button type="button" className="button-secondary" onClick={() => void inspect()}>
                      {t('handover.checkRecipient')}
                    </button>
                  </div>
                )}
              </div>
            )}
            {fingerprint && (
              <div className="trust-compare" data-testid="recipient-fingerprint">
                <p>{t('handover.recipientFingerprint')}</p>
                <Fingerprint value={fingerprint} />
                <p className="muted">{t('handover.compare')}</p>
              </div>
            )}
          </>
        )}
        {busy && (
          <div className="vault-settings-progress" role="status">
            <progress className="job-bar" aria-label={t('handover.sealing')} />
            <span>{t('handover.sealing')}</span>
          </div>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {sent && (
          <div data-testid="handover-sent">
            <p className="notice notice-info" role="status">
              {t('handover.sent')}
            </p>
            <dl className="detail-list">
              <dt>{t('handover.file')}</dt>
              <dd className="mono">{sent.file}</dd>
              <dt>{t('handover.folder')}</dt>
              <dd className="mono">{sent.dir}</dd>
              <dt>{t('handover.size')}</dt>
              <dd>{formatBytes(sent.bytes, lang)}</dd>
              <dt>{t('handover.sha256')}</dt>
              <dd className="mono">{sent.sha256}</dd>
              <dt>{t('handover.recipientFingerprint')}</dt>
              <dd>
                <Fingerprint value={sent.recipientFingerprint} />
              </dd>
            </dl>
          </div>
        )}
      </div>
    </Dialog>
  );
}
