// The examiner's own public key (to send to another examiner, fingerprint to read out), the examiners this
// vault trusts, and trusting a new key: paste it, see its fingerprint to compare with its owner, then trust.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Response, TrustedExaminer } from '../../../../shared/api/contract';
import { call, isApiError } from '../../api';
import { Field } from '../../components/Field';
import { Fingerprint } from '../../components/Fingerprint';
import { formatIst } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useLanguage } from '../../state/language';
import { groupedFingerprint } from './fingerprint-groups';

type Inspected = Response<'examiner.inspectKey'>;

export function ExaminerKeysPanel() {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const [own, setOwn] = useState<Response<'examiner.publicKey'> | null>(null);
  const [trusted, setTrusted] = useState<TrustedExaminer[] | null>(null);
  const [copied, setCopied] = useState(false);
  const [pasted, setPasted] = useState('');
  const [name, setName] = useState('');
  const [inspected, setInspected] = useState<Inspected | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [key, list] = await Promise.all([call('examiner.publicKey', {}), call('examiner.trusted', {})]);
      setOwn(key);
      setTrusted(list);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [errorMessage]);
  useEffect(() => {
    void load();
  }, [load]);

  async function copyKey() {
    if (!own) return;
    try {
      await navigator.clipboard.writeText(own.text);
      setCopied(true);
    } catch {
      // No clipboard permission: select the text so Ctrl+C copies it.
      document.querySelector<HTMLTextAreaElement>('#own-public-key')?.select();
    }
  }

  async function inspect() {
    setDone(null);
    setError(null);
    if (!pasted.trim()) {
      setError(t('vaultSettings.keys.pasteRequired'));
      return;
    }
    setBusy(true);
    try {
      const r = await call('examiner.inspectKey', { publicKey: pasted });
      setInspected(r);
      if (!name.trim() && r.name) setName(r.name);
    } catch (e) {
      setInspected(null);
      setError(isApiError(e, 'INVALID_INPUT') || isApiError(e, 'BAD_REQUEST') ? t('vaultSettings.keys.badKey') : errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function trust() {
    if (!inspected) return;
    setBusy(true);
    setError(null);
    try {
      const r = await call('examiner.trust', { publicKey: pasted, ...(name.trim() ? { name: name.trim() } : {}) });
      setDone(r.added ? t('vaultSettings.keys.trusted', { name: r.name || r.keyFingerprint }) : t('vaultSettings.keys.alreadyTrusted'));
      setPasted('');
      setName('');
      setInspected(null);
      setTrusted(await call('examiner.trusted', {}));
    } catch (e) {
      setError(isApiError(e, 'INVALID_INPUT') ? t('vaultSettings.keys.badKey') : errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="vault-settings-panel vault-keys-grid" data-testid="keys-panel">
      <div className="vault-keys-column">
        <section className="vault-keys-section" aria-labelledby="own-key-title">
          <h3 id="own-key-title">{t('vaultSettings.keys.ownTitle')}</h3>
          <p className="dialog-note">{t('vaultSettings.keys.ownIntro')}</p>
          {own && (
            <dl className="detail-list">
              <dt>{t('vaultSettings.keys.fingerprint')}</dt>
              <dd data-testid="own-fingerprint">
                <Fingerprint value={own.fingerprint} />
              </dd>
              <dt>
                <label htmlFor="own-public-key">{t('vaultSettings.keys.keyText')}</label>
              </dt>
              <dd className="vault-key-text">
                <textarea id="own-public-key" className="mono" readOnly rows={3} value={own.text.trim()} spellCheck={false} />
                <button type="button" className="button-secondary" onClick={() => void copyKey()}>
                  {t('vaultSettings.keys.copy')}
                </button>
                {copied && <span className="muted" role="status">{t('vaultSettings.keys.copied')}</span>}
              </dd>
            </dl>
          )}
        </section>
        <section className="vault-keys-section" aria-labelledby="trusted-title">
          <h3 id="trusted-title">{t('vaultSettings.keys.trustedTitle')}</h3>
          {trusted && trusted.length === 0 && <p className="muted">{t('vaultSettings.keys.none')}</p>}
          {trusted && trusted.length > 0 && (
            <>
              <p className="dialog-note">{t('vaultSettings.keys.trustedIntro')}</p>
              <table className="data-table trusted-table" data-testid="trusted-list">
                <thead>
                  <tr>
                    <th scope="col">{t('vaultSettings.keys.name')}</th>
                    <th scope="col">{t('vaultSettings.keys.fingerprint')}</th>
                    <th scope="col">{t('vaultSettings.keys.added')}</th>
                  </tr>
                </thead>
                <tbody>
                  {trusted.map((x) => (
                    <tr key={x.keyFingerprint}>
                      <td>{x.name || '—'}</td>
                      <td className="mono trusted-fp">{groupedFingerprint(x.keyFingerprint)}</td>
                      <td>{formatIst(x.addedAt, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
      </div>
      <section className="vault-keys-section vault-keys-trust" aria-labelledby="trust-title">
        <h3 id="trust-title">{t('vaultSettings.keys.addTitle')}</h3>
        <div className="field">
          <label htmlFor="trust-public-key">{t('vaultSettings.keys.paste')}</label>
          <textarea
            id="trust-public-key"
            className="mono"
            rows={3}
            value={pasted}
            spellCheck={false}
            disabled={busy}
            onChange={(e) => {
              setPasted(e.target.value);
              setInspected(null);
              setDone(null);
            }}
          />
        </div>
        <Field label={t('vaultSettings.keys.label')} optionalLabel={t('common.optional')} name="trust-name" value={name} maxLength={200} disabled={busy} onChange={(e) => setName(e.target.value)} />
        {inspected && (
          <div className="trust-compare" data-testid="trust-compare">
            <p>{t('vaultSettings.keys.compare')}</p>
            <Fingerprint value={inspected.fingerprint} />
            {inspected.name && <p className="muted">{t('vaultSettings.keys.keyName', { name: inspected.name })}</p>}
            {inspected.own && <p className="form-error">{t('vaultSettings.keys.own')}</p>}
            {inspected.trusted && <p className="muted">{t('vaultSettings.keys.alreadyTrusted')}</p>}
          </div>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {done && (
          <p className="notice notice-info" role="status" data-testid="trust-done">
            {done}
          </p>
        )}
        <div className="form-actions">
          {!inspected ? (
            <button type="button" className="button-secondary" onClick={() => void inspect()} disabled={busy}>
              {busy ? t('vaultSettings.keys.checking') : t('vaultSettings.keys.check')}
            </button>
          ) : (
            <button type="button" className="button-primary" onClick={() => void trust()} disabled={busy || inspected.own || inspected.trusted}>
              {busy ? t('vaultSettings.keys.trusting') : t('vaultSettings.keys.trust')}
            </button>
          )}
        </div>
      </section>
    </div>
  );
}
