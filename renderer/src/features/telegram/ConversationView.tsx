// A Telegram chat export as a conversation (issue #16): messages in export order in a virtualised list
// (heights measured, since messages differ in length), fetched a page at a time from the core. A very long
// chat is shown in segments, because a browser cannot scroll one element tens of millions of pixels tall.
// A reply's quote jumps to the message it answers; a reveal (text or sender) asks for a reason and goes
// through evidence.reveal, which writes it to the custody log.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { EvidenceInfo } from '../../../../shared/api/contract';
import { formatNumber } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useLanguage } from '../../state/language';
import { useReveal } from '../../state/reveal';
import { RevealDialog } from '../evidence/RevealDialog';
import { MessageItem, type Shown } from './MessageItem';
import { useMessagePages } from './message-pages';
import './conversation.css';

/** Messages per scrolling segment. */
export const SEGMENT_MESSAGES = 20_000;
const ESTIMATE_PX = 76;
const REVEAL_SECONDS_HINT = 20;
const TABLE = 'messages';

export function ConversationView({ caseId, item }: { caseId: string; item: EvidenceInfo }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const [base, setBase] = useState(0);
  const pages = useMessagePages(caseId, item.id);
  const reveal = useReveal(caseId, item.id, TABLE);
  const columns = item.tables.find((x) => x.name === TABLE)?.columns.map((c) => c.name) ?? [];
  const [asking, setAsking] = useState<{ row: number; column: string } | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const pendingJump = useRef<number | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const total = pages.total ?? 0;
  const count = Math.max(0, Math.min(SEGMENT_MESSAGES, total - base));

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATE_PX,
    overscan: 8,
    getItemKey: (i) => base + i,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { want } = pages;
  useEffect(() => {
    want(base + first, base + last);
  }, [want, base, first, last]);

  function jump(row: number) {
    setFocused(row);
    const segment = Math.floor(row / SEGMENT_MESSAGES) * SEGMENT_MESSAGES;
    if (segment !== base) {
      pendingJump.current = row - segment;
      setBase(segment);
    } else virtualizer.scrollToIndex(row - base, { align: 'center' });
  }
  useEffect(() => {
    if (pendingJump.current === null) return;
    virtualizer.scrollToIndex(pendingJump.current, { align: 'center' });
    pendingJump.current = null;
  }, [base, virtualizer]);

  const shownFor = (row: number): Shown | null => {
    const r = reveal.revealed;
    if (!r || r.row !== row) return null;
    const name = columns[r.column];
    const column = name === 'text' ? 'text' : name === 'from' || name === 'actor' ? 'sender' : null;
    return column ? { column, value: r.value, secondsLeft: r.secondsLeft } : null;
  };
  const name = pages.chatName ?? item.name;
  const segments = Math.ceil(total / SEGMENT_MESSAGES);

  return (
    <section className="records-view conversation-view" aria-label={t('telegram.title', { name: item.name })}>
      <header className="records-head">
        <h3 className="records-title">
          {t('telegram.chat', { name })}
          {pages.total !== null && <span className="records-count"> · {t('telegram.count', { count: total, formatted: formatNumber(total, lang) })}</span>}
        </h3>
        {segments > 1 && (
          <span className="conversation-segment">
            <button type="button" className="button-tiny" disabled={base === 0} onClick={() => setBase(base - SEGMENT_MESSAGES)}>
              {t('telegram.earlier')}
            </button>
            <span>{t('telegram.segment', { from: formatNumber(base + 1, lang), to: formatNumber(base + count, lang), total: formatNumber(total, lang) })}</span>
            <button type="button" className="button-tiny" disabled={base + SEGMENT_MESSAGES >= total} onClick={() => setBase(base + SEGMENT_MESSAGES)}>
              {t('telegram.later')}
            </button>
          </span>
        )}
        <p className="records-note" title={t('telegram.note')}>
          <span className="records-note-text">{t('telegram.note')}</span>
        </p>
      </header>
      {pages.error ? (
        <p className="form-error" role="alert">
          {errorMessage(pages.error)}
        </p>
      ) : pages.total === null ? (
        <p className="muted">{t('telegram.loading')}</p>
      ) : total === 0 ? (
        <p className="muted records-empty">{t('telegram.empty')}</p>
      ) : (
        <div className="conversation-scroller" ref={scroller} role="feed" aria-label={t('telegram.list')} aria-busy={false}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((v) => {
              const row = base + v.index;
              const m = pages.message(row);
              return (
                <div key={v.key} data-index={v.index} ref={virtualizer.measureElement} className="conversation-row" style={{ transform: `translateY(${v.start}px)` }}>
                  {m ? (
                    <MessageItem
                      m={m}
                      focused={focused === row}
                      shown={shownFor(row)}
                      onJump={jump}
                      onReveal={(c) => setAsking({ row, column: c === 'text' ? 'text' : (m.fromColumn ?? 'from') })}
                      onHide={reveal.hide}
                    />
                  ) : (
                    <p className="message message-loading muted">{t('telegram.loading')}</p>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
      {asking && (
        <RevealDialog
          row={asking.row}
          column={asking.column}
          seconds={REVEAL_SECONDS_HINT}
          onReveal={(reason) => reveal.reveal(asking.row, columns.indexOf(asking.column), reason)}
          onClose={() => setAsking(null)}
        />
      )}
    </section>
  );
}
