// Export the case's custody record as CASE/UCO JSON-LD: the core writes it to the exports folder beside
// the vault (never inside it), logs the export with the file's SHA-256, and tells us where it went.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { shortHash } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';

export function CustodyExport({ caseId, onExported }: { caseId: string; onExported(): void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function run() {
    setBusy(true);
    setMessage(null);
    try {
      const r = await call('custody.export', { caseId });
      setMessage({ ok: true, text: t('custodyFind.exported', { path: r.path, sha: shortHash(r.sha256, 12, 4) }) });
      onExported();
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="custody-export verify-card">
      <button type="button" className="button-secondary" onClick={() => void run()} disabled={busy} title={t('custodyFind.exportHint')}>
        {busy ? t('custodyFind.exporting') : t('custodyFind.export')}
      </button>
      <p className="muted">{t('custodyFind.exportHint')}</p>
      {message && (
        <p className={message.ok ? 'custody-export-done' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
