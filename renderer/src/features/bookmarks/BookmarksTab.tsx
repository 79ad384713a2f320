// The case's bookmarks: every record the examiner tagged or noted, newest first, one row per record with
// its tags and notes (read from the signed custody log by the core). A record opens in the Evidence tab.
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bookmark } from '../../../../shared/api/contract';
import { call } from '../../api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatIst, formatNumber } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useLanguage } from '../../state/language';
import { openRecord } from '../../state/record-link';

interface RecordMarks {
  key: string;
  first: Bookmark;
  marks: Bookmark[];
}

export function BookmarksTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const id = useId();
  const [list, setList] = useState<Bookmark[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      setList(await call('bookmarks.list', { caseId }));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [caseId]);
  useEffect(() => {
    void load();
  }, [load]);

  const records = useMemo(() => {
    const by = new Map<string, RecordMarks>();
    for (const b of list ?? []) {
      const key = `${b.evidenceId}\u0000${b.table ?? ''}\u0000${b.row}`;
      const r = by.get(key);
      if (r) r.marks.push(b);
      else by.set(key, { key, first: b, marks: [b] });
    }
    return [...by.values()];
  }, [list]);

  return (
    <section className="bookmarks" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="section-title">
        {t('bookmarks.title')}
      </h3>
      <p className="muted">{t('bookmarks.intro')}</p>
      {error ? <ErrorBanner message={errorMessage(error)} onDismiss={() => void load()} /> : null}
      {list && records.length === 0 && <p className="muted bookmarks-empty">{t('bookmarks.empty')}</p>}
      {records.length > 0 && (
        <ol className="bookmark-list">
          {records.map(({ key, first, marks }) => {
            const row = formatNumber(first.row + 1, lang);
            const where = first.table ? t('bookmarks.where', { item: first.evidenceName, table: first.table, row }) : t('bookmarks.whereNoTable', { item: first.evidenceName, row });
            return (
              <li key={key} className="bookmark">
                <button type="button" className="bookmark-open" onClick={() => openRecord({ caseId, evidenceId: first.evidenceId, table: first.table, row: first.row })}>
                  <span className="bookmark-where">{where}</span>
                  <span className="visually-hidden"> — {t('bookmarks.open')}</span>
                </button>
                <ul className="bookmark-marks">
                  {marks.map((b) => (
                    <li key={b.seq} className={`bookmark-mark bookmark-${b.kind}`}>
                      <span className={b.kind === 'tag' ? 'badge badge-info' : 'badge badge-neutral'}>{b.kind === 'tag' ? t('bookmarks.tag') : t('bookmarks.note')}</span>
                      <span className="bookmark-text">{b.text}</span>
                      <span className="muted bookmark-by">{t('bookmarks.by', { examiner: b.examiner, time: formatIst(b.at, lang, { seconds: true }) })}</span>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
