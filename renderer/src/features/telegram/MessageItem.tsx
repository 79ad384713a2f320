// One message of the conversation: sender, time in IST, bot, forward, the message it answers (a button that
// jumps there), media names, and the text. Every value arrives redacted from the core and is rendered as
// text (React escapes it), so markup or formulas in a message are shown, never run.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationMessage } from '../../../../shared/api/contract';
import { telegramEn as en } from '../../../../shared/i18n/telegram-en';
import { formatIst, formatNumber } from '../../lib/format';
import { useLanguage } from '../../state/language';

/** Service actions with words in the catalogue; any other is shown as the export's code. */
const ACTION_WORDS = en.telegram.action;
const MEDIA_KINDS = new Set(['photo', 'file', 'contact', 'video_file', 'video_message', 'voice_message', 'audio_file', 'animation', 'sticker']);

export interface Shown {
  /** Raw value of one field of this message while a reveal lasts. */
  column: 'text' | 'sender';
  value: string | null;
  secondsLeft: number;
}

interface MessageItemProps {
  m: ConversationMessage;
  focused: boolean;
  shown: Shown | null;
  onJump(row: number): void;
  onReveal(column: 'text' | 'sender'): void;
  onHide(): void;
}

export function MessageItem({ m, focused, shown, onJump, onReveal, onHide }: MessageItemProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const n = formatNumber(m.row + 1, lang);
  const time = m.at ? formatIst(m.at, lang) : m.localDate ? t('telegram.unzoned', { date: m.localDate }) : t('telegram.noTime');
  const sender = shown?.column === 'sender' ? (shown.value ?? '') : (m.from ?? t('telegram.unknownSender'));
  const text = shown?.column === 'text' ? (shown.value ?? '') : m.text;
  const self = useRef<HTMLElement>(null);
  // A jump lands here: keyboard focus follows, so Tab continues from the answered message.
  useEffect(() => {
    if (focused) self.current?.focus({ preventScroll: true });
  }, [focused]);
  const className = ['message', m.kind === 'service' ? 'message-service' : '', focused ? 'message-focused' : '', shown ? 'message-revealed' : ''].filter(Boolean).join(' ');

  return (
    <>
    {m.chatStart && m.chat !== null && (
      <h4 className="message-chat">{t('telegram.chat', { name: m.chat })}</h4>
    )}
    <article ref={self} className={className} aria-label={t('telegram.message', { n })} data-row={m.row} tabIndex={-1}>
      <header className="message-head">
        <span className="message-number" title={t('telegram.message', { n })}>
          #{n}
        </span>
        <span className={shown?.column === 'sender' ? 'message-sender revealed-value' : 'message-sender'}>{sender}</span>
        {m.viaBot && <span className="message-via">{t('telegram.via', { bot: m.viaBot })}</span>}
        {m.kind === 'service' && <span className="message-kind">{t('telegram.service')}</span>}
        <span className="message-actions">
          {shown ? (
            <>
              <span className="message-revealed-note" role="status">
                {t('telegram.revealed', { seconds: formatNumber(shown.secondsLeft, lang) })}
              </span>
              <button type="button" className="button-tiny" onClick={onHide}>
                {t('telegram.hide')}
              </button>
            </>
          ) : (
            <>
              {m.text !== '' && (
                <button type="button" className="button-tiny" onClick={() => onReveal('text')}>
                  {t('telegram.revealText')}
                </button>
              )}
              {m.from !== null && (
                <button type="button" className="button-tiny" onClick={() => onReveal('sender')}>
                  {t('telegram.revealSender')}
                </button>
              )}
            </>
          )}
        </span>
        <time className="message-time" {...(m.at ? { dateTime: m.at } : {})}>
          {time}
        </time>
      </header>
      {m.forwardedFrom && <p className="message-forwarded">{t('telegram.forwarded', { name: m.forwardedFrom })}</p>}
      {m.replyTo &&
        (m.replyTo.row !== null ? (
          <button type="button" className="message-quote" onClick={() => onJump(m.replyTo!.row!)} title={t('telegram.replyJump', { n: formatNumber(m.replyTo.row + 1, lang) })}>
            <span className="message-quote-who">{t('telegram.replyTo', { who: m.replyTo.from ?? t('telegram.unknownSender') })}</span>
            <span className="message-quote-text">{m.replyTo.text || t('telegram.emptyText')}</span>
          </button>
        ) : (
          <p className="message-quote message-quote-missing">{t('telegram.replyMissing', { id: m.replyTo.id })}</p>
        ))}
      {m.media.length > 0 && (
        <ul className="message-media">
          {m.media.map((x) => (
            <li key={x.column}>
              <span className="message-media-kind">{x.kind && MEDIA_KINDS.has(x.kind) ? t(`telegram.media.${x.kind}` as 'telegram.media.photo') : t('telegram.media.other', { kind: x.kind ?? '' })}</span>
              <span className="message-media-name">{x.name}</span>
            </li>
          ))}
        </ul>
      )}
      {m.kind === 'service' && m.action && (
        <p className="message-action" title={m.action}>
          {Object.hasOwn(ACTION_WORDS, m.action) ? t(`telegram.action.${m.action as keyof typeof ACTION_WORDS}`) : m.action}
        </p>
      )}
      {(text !== '' || m.kind === 'message') && <p className={shown?.column === 'text' ? 'message-text revealed-value' : 'message-text'}>{text || <span className="muted">{t('telegram.emptyText')}</span>}</p>}
    </article>
    </>
  );
}
