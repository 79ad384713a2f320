// What the case's reports cover: which evidence items (default: every parsed item) and which tagged or noted
// records print, redacted, as the annex of records of interest. Saved in the case by the core (a custody
// entry of item IDs and counts); the renderer only sends IDs and record positions.
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bookmark, EvidenceInfo, ReportItems } from '../../../../shared/api/contract';
import { chosenItemIds, recordKey, type ReportRecordRef } from '../../../../shared/report/items';
import { call } from '../../api';
import { formatNumber } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useLanguage } from '../../state/language';

interface MarkedRecord {
  ref: ReportRecordRef;
  name: string;
  tags: string[];
  notes: number;
}

const STATUSES = ['parsed', 'malformed', 'unparsed', 'duplicate', 'failed', 'cancelled'] as const;

export function ReportItemsForm({ caseId, evidence }: { caseId: string; evidence: EvidenceInfo[] }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const id = useId();
  const errorMessage = useErrorMessage();
  const [saved, setSaved] = useState<ReportItems | null>(null);
  const [marks, setMarks] = useState<Bookmark[]>([]);
  // null: every parsed item; otherwise the IDs ticked.
  const [items, setItems] = useState<string[] | null>(null);
  const [records, setRecords] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  // Kept as figures, not a sentence, so it reads in the language now chosen (Hindi after a switch too).
  const [status, setStatus] = useState<{ items: number; total: number; records: number } | 'unchanged' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const adopt = useCallback((r: ReportItems) => {
    setSaved(r);
    setItems(r.evidenceIds);
    setRecords(new Set(r.records.map(recordKey)));
  }, []);

  useEffect(() => {
    let live = true;
    Promise.all([call('report.items', { caseId }), call('bookmarks.list', { caseId })]).then(
      ([r, b]) => {
        if (!live) return;
        adopt(r);
        setMarks(b);
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [caseId, adopt, errorMessage]);

  const covered = useMemo(() => new Set(chosenItemIds({ evidenceIds: items, records: [] }, evidence)), [items, evidence]);

  // One entry per record, oldest bookmark first, with its tags and how many notes it has.
  const marked = useMemo(() => {
    const by = new Map<string, MarkedRecord>();
    for (const b of [...marks].reverse()) {
      const ref = { evidenceId: b.evidenceId, table: b.table, row: b.row };
      const key = recordKey(ref);
      const r = by.get(key) ?? { ref, name: b.evidenceName, tags: [], notes: 0 };
      if (b.kind === 'tag') r.tags.push(b.text);
      else r.notes++;
      by.set(key, r);
    }
    return [...by.values()];
  }, [marks]);

  if (!saved) return error ? <p className="form-error" role="alert">{error}</p> : null;

  const dirty =
    JSON.stringify(items === null ? null : [...items].sort()) !== JSON.stringify(saved.evidenceIds === null ? null : [...saved.evidenceIds].sort()) ||
    JSON.stringify([...records].sort()) !== JSON.stringify(saved.records.map(recordKey).sort());
  const shown = marked.filter((m) => covered.has(m.ref.evidenceId));

  function toggleItem(itemId: string, on: boolean) {
    const now = new Set(covered);
    if (on) now.add(itemId);
    else now.delete(itemId);
    setItems(evidence.filter((e) => now.has(e.id)).map((e) => e.id));
    setStatus(null);
  }

  function toggleRecord(key: string, on: boolean) {
    setRecords((r) => {
      const next = new Set(r);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
    setStatus(null);
  }

  async function save() {
    if (items !== null && items.length === 0) {
      setError(t('reportItems.noneChosen'));
      return;
    }
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const chosen = shown.filter((m) => records.has(recordKey(m.ref))).map((m) => m.ref);
      const res = await call('report.setItems', { caseId, evidenceIds: items, records: chosen });
      adopt(res);
      setStatus(res.changed ? { items: res.covered.length, total: evidence.length, records: res.records.length } : 'unchanged');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="report-items"
      aria-label={t('reportItems.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 className="section-title">{t('reportItems.title')}</h3>
      <p className="muted small">{t('reportItems.hint')}</p>
      <fieldset disabled={busy} className="report-items-group report-items-evidence">
        <legend>{t('reportItems.items')}</legend>
        <p className="muted small">{t('reportItems.itemsHint')}</p>
        <label className="report-item-option">
          <input type="checkbox" name="all-parsed" checked={items === null} onChange={(e) => (setItems(e.target.checked ? null : [...covered]), setStatus(null))} />
          <span>{t('reportItems.allParsed')}</span>
        </label>
        <ul className="plain-list report-item-list">
          {evidence.map((e) => (
            <li key={e.id}>
              <label className="report-item-option">
                <input type="checkbox" name={`item-${e.id}`} checked={covered.has(e.id)} onChange={(x) => toggleItem(e.id, x.target.checked)} />
                <span className="report-item-name">{e.name}</span>
                <span className="muted small">
                  {' '}
                  · {(STATUSES as readonly string[]).includes(e.status) ? t(`reportItems.status.${e.status as (typeof STATUSES)[number]}`) : e.status} · <span className="mono">{e.id}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <p className="muted small" id={`${id}-count`}>
          {items === null ? t('reportItems.allParsedNote') : t('reportItems.chosenNote', { count: covered.size, total: formatNumber(evidence.length, lang) })}
        </p>
      </fieldset>
      <fieldset disabled={busy} className="report-items-group report-items-records">
        <legend>{t('reportItems.records')}</legend>
        <p className="muted small">{t('reportItems.recordsHint')}</p>
        {shown.length === 0 ? (
          <p className="muted small report-items-none">{t('reportItems.noRecords')}</p>
        ) : (
          <ul className="plain-list report-item-list">
            {shown.map((m) => {
              const key = recordKey(m.ref);
              const row = formatNumber(m.ref.row + 1, lang);
              return (
                <li key={key}>
                  <label className="report-item-option">
                    <input type="checkbox" name="record" value={key} checked={records.has(key)} onChange={(x) => toggleRecord(key, x.target.checked)} />
                    <span className="report-item-name">{m.ref.table ? t('reportItems.where', { item: m.name, table: m.ref.table, row }) : t('reportItems.whereNoTable', { item: m.name, row })}</span>
                    {m.tags.map((tag, i) => (
                      <span key={i} className="badge badge-info">
                        {tag}
                      </span>
                    ))}
                    {m.notes > 0 && <span className="muted small">{t('reportItems.notes', { count: m.notes })}</span>}
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      <div className="report-actions">
        <button type="submit" className="button-primary" disabled={busy || !dirty}>
          {t('reportItems.save')}
        </button>
        {status && (
          <span className="notice notice-info" role="status">
            {status === 'unchanged'
              ? t('reportItems.unchanged')
              : t('reportItems.saved', { items: formatNumber(status.items, lang), total: formatNumber(status.total, lang), records: formatNumber(status.records, lang) })}
          </span>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
