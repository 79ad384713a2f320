// Adds a signed note to the custody log, about the whole case or one evidence item.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { formatNumber } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useLanguage } from '../../state/language';

export function NoteForm({ caseId, evidence, onAdded }: { caseId: string; evidence: { id: string; name: string }[]; onAdded(): void }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const id = useId();
  const [text, setText] = useState('');
  const [about, setAbout] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!text.trim()) return setMessage({ ok: false, text: t('custody.noteRequired') });
    setBusy(true);
    setMessage(null);
    try {
      const entry = await call('notes.add', { caseId, text: text.trim(), ...(about ? { evidenceId: about } : {}) });
      setText('');
      setMessage({ ok: true, text: t('custody.noteAdded', { seq: formatNumber(entry.seq, lang) }) });
      onAdded();
    } catch (err) {
      setMessage({ ok: false, text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="side-card note-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('custody.noteTitle')}>
      <h3 className="section-title">{t('custody.noteTitle')}</h3>
      <label htmlFor={`${id}-text`}>{t('custody.noteText')}</label>
      <textarea id={`${id}-text`} name="note-text" rows={3} maxLength={5000} value={text} placeholder={t('custody.notePlaceholder')} onChange={(e) => setText(e.target.value)} />
      <label htmlFor={`${id}-about`}>{t('custody.noteAbout')}</label>
      <select id={`${id}-about`} name="note-about" value={about} onChange={(e) => setAbout(e.target.value)}>
        <option value="">{t('custody.caseWide')}</option>
        {evidence.map((ev) => (
          <option key={ev.id} value={ev.id}>
            {ev.name}
          </option>
        ))}
      </select>
      <p className="muted small">{t('custody.noteHint')}</p>
      <div>
        <button type="submit" className="button-secondary" disabled={busy}>
          {busy ? t('custody.noteAdding') : t('custody.noteAdd')}
        </button>
      </div>
      {message && (
        <p className={message.ok ? 'note-ok' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
