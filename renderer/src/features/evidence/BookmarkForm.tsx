// Tag or note the selected record (written to the custody log as signed tag and note entries that name the
// item, table and record; they then appear under Bookmarks).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { formatNumber } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useLanguage } from '../../state/language';

interface BookmarkFormProps {
  caseId: string;
  evidenceId: string;
  table: string | null;
  /** 0-based selected record, or null when none is selected. */
  row: number | null;
}

export function BookmarkForm({ caseId, evidenceId, table, row }: BookmarkFormProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [tag, setTag] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  // Nothing selected: no line of its own, so the grid keeps the room (the Bookmarks tab says how to add one).
  if (row === null) return null;

  async function add(e: React.FormEvent) {
    e.preventDefault();
    if (row === null || busy) return;
    const tg = tag.trim();
    const nt = note.trim();
    if (!tg && !nt) {
      setMessage({ ok: false, text: t('bookmarks.required') });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      await call('bookmarks.add', { caseId, evidenceId, ...(table ? { table } : {}), row, ...(tg ? { tag: tg } : {}), ...(nt ? { note: nt } : {}) });
      setTag('');
      setNote('');
      setMessage({ ok: true, text: t('bookmarks.added') });
    } catch (err) {
      setMessage({ ok: false, text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <div className="bookmark-bar">
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setOpen(true);
            setMessage(null);
          }}
        >
          {t('bookmarks.addButton')}
        </button>
        {message && (
          <span className={message.ok ? 'muted' : 'form-error'} role="status">
            {message.text}
          </span>
        )}
      </div>
    );
  }

  return (
    <form className="bookmark-form" aria-label={t('bookmarks.addTitle', { row: formatNumber(row + 1, lang) })} onSubmit={(e) => void add(e)}>
      <strong>{t('bookmarks.addTitle', { row: formatNumber(row + 1, lang) })}</strong>
      <label htmlFor={`${id}-tag`}>{t('bookmarks.tagLabel')}</label>
      <input id={`${id}-tag`} name="bookmark-tag" value={tag} maxLength={100} placeholder={t('bookmarks.tagPlaceholder')} onChange={(e) => setTag(e.target.value)} autoFocus />
      <label htmlFor={`${id}-note`}>{t('bookmarks.noteLabel')}</label>
      <input id={`${id}-note`} name="bookmark-note" value={note} maxLength={5000} placeholder={t('bookmarks.notePlaceholder')} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? t('bookmarks.adding') : t('bookmarks.add')}
      </button>
      <button type="button" className="button-quiet" onClick={() => setOpen(false)}>
        {t('common.close')}
      </button>
      {message && (
        <span className={message.ok ? 'muted' : 'form-error'} role="status">
          {message.text}
        </span>
      )}
    </form>
  );
}
