// The Custody tab: the filtered timeline on the left; Verify, the log's fingerprint and Add note on
// the right; and the plain statement that times come from this computer's unverified clock.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatNumber } from '../../lib/format';
import { useCustodyLog } from '../../state/custody';
import { useErrorMessage } from '../../state/error-message';
import { useEvidenceList } from '../../state/evidence-list';
import { useLanguage } from '../../state/language';
import { CustodyFilters, NO_FILTER, type CustodyFilter } from './CustodyFilters';
import { useActionLabel } from './ActionBadge';
import { CustodyTimeline } from './CustodyTimeline';
import { MerkleSummary } from './MerkleSummary';
import { NoteForm } from './NoteForm';
import { VerifyPanel } from './VerifyPanel';
import { CustodyExport } from './CustodyExport';
import { istDay } from '../../lib/ist-day';
import type { CustodyEntryView } from '../../../../shared/api/contract';

const distinct = (xs: string[]) => [...new Set(xs)].sort((a, b) => a.localeCompare(b));

function matches(e: CustodyEntryView, f: CustodyFilter, actionLabel: (a: string) => string): boolean {
  if ((f.action && e.action !== f.action) || (f.examiner && e.examiner !== f.examiner) || (f.evidence && e.evidenceId !== f.evidence)) return false;
  const day = f.from || f.to ? istDay(e.at) : '';
  if ((f.from && day < f.from) || (f.to && day > f.to)) return false;
  const words = f.text.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = `${e.summary}\n${e.summaryHi}\n${e.action}\n${actionLabel(e.action)}\n${e.examiner}\n${e.evidenceId ?? ''}`.toLocaleLowerCase();
  return words.every((w) => hay.includes(w));
}

export function CustodyTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const { log, error, reload } = useCustodyLog(caseId);
  const evidence = useEvidenceList(caseId);
  const [filter, setFilter] = useState<CustodyFilter>(NO_FILTER);

  const evidenceOptions = useMemo(() => (evidence.items ?? []).map((e) => ({ id: e.id, name: e.name })), [evidence.items]);
  const evidenceNames = useMemo(() => new Map(evidenceOptions.map((e) => [e.id, e.name])), [evidenceOptions]);
  const entries = useMemo(() => [...(log?.entries ?? [])].sort((a, b) => b.seq - a.seq), [log]);
  const actionLabel = useActionLabel();
  const shown = entries.filter((e) => matches(e, filter, actionLabel));

  return (
    <div className="custody-tab">
      <div className="custody-main-col">
        <header className="custody-head">
          <h3 className="section-title">
            {t('custody.timeline')}
            {log && <span className="muted"> · {t('custody.entries', { count: log.entries.length, formatted: formatNumber(log.entries.length, lang) })}</span>}
          </h3>
          <CustodyFilters value={filter} onChange={setFilter} actions={distinct(entries.map((e) => e.action))} examiners={distinct(entries.map((e) => e.examiner))} evidence={evidenceOptions} />
        </header>
        <p className="clock-note">{t('custody.clockNote')}</p>
        {log && shown.length !== entries.length && (
          <p className="muted custody-shown" role="status">
            {t('custodyFind.shown', { shown: formatNumber(shown.length, lang), total: formatNumber(entries.length, lang) })}
          </p>
        )}
        {error ? <ErrorBanner message={errorMessage(error)} onDismiss={() => void reload()} /> : null}
        {log && <CustodyTimeline key={Object.values(filter).join('|')} entries={shown} evidenceNames={evidenceNames} />}
      </div>
      <aside className="custody-side">
        <VerifyPanel caseId={caseId} evidenceNames={evidenceNames} onVerified={() => void reload()} />
        <CustodyExport caseId={caseId} onExported={() => void reload()} />
        {log && <MerkleSummary log={log} />}
        <NoteForm caseId={caseId} evidence={evidenceOptions} onAdded={() => void reload()} />
      </aside>
    </div>
  );
}
