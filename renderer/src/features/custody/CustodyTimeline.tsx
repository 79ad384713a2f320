// Custody entries, newest first: number, time in IST with seconds, action, examiner, summary, and the
// evidence item it concerns. Long logs render in slices.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustodyEntryView } from '../../../../shared/api/contract';
import { formatIst, formatNumber, shortHash } from '../../lib/format';
import { useLanguage } from '../../state/language';
import { ActionBadge } from './ActionBadge';

const SLICE = 200;

export function CustodyTimeline({ entries, evidenceNames }: { entries: CustodyEntryView[]; evidenceNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const [shown, setShown] = useState(SLICE);
  if (entries.length === 0) return <p className="muted custody-none">{t('custody.noMatch')}</p>;
  const rest = entries.length - shown;
  return (
    <>
      <ol className="custody-timeline">
        {entries.slice(0, shown).map((e) => (
          <li key={e.seq} className="custody-entry" data-seq={e.seq} data-action={e.action}>
            <span className="custody-seq" title={`${t('custody.entryHash')}: ${e.entryHash}`}>
              {formatNumber(e.seq, lang)}
            </span>
            <div className="custody-main">
              <div className="custody-line">
                <ActionBadge action={e.action} />
                <time dateTime={e.at} className="custody-time">
                  {formatIst(e.at, lang, { seconds: true })}
                </time>
                <span className="custody-examiner">{e.examiner}</span>
                {e.evidenceId && <span className="custody-evidence mono">{evidenceNames.get(e.evidenceId) ?? e.evidenceId}</span>}
              </div>
              <p className="custody-summary">{lang === 'hi' ? e.summaryHi : e.summary}</p>
            </div>
            <code className="custody-hash" title={e.entryHash}>
              {shortHash(e.entryHash, 8, 4)}
            </code>
          </li>
        ))}
      </ol>
      {rest > 0 && (
        <button type="button" className="button-secondary custody-more" onClick={() => setShown((s) => s + SLICE)}>
          {t('custody.showMore', { formatted: formatNumber(Math.min(rest, SLICE), lang) })}
        </button>
      )}
    </>
  );
}
