// One case: its header and the Evidence / Analysis / Custody / Reports tabs. Each tab explains itself
// when it has nothing to show yet, and carries only controls that work.
import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import type { CaseInfo } from '../../../shared/api/contract';
import { CaseHeader } from '../components/CaseHeader';
import { Tabs } from '../components/Tabs';
import { AnalysisTab } from '../features/analysis/AnalysisTab';
import { CustodyTab } from '../features/custody/CustodyTab';
import { ReportsTab } from '../features/reports/ReportsTab';
import { EvidenceTab } from '../features/evidence/EvidenceTab';
import { useImportJob } from '../state/import-job';
import { SearchTab } from '../features/search/SearchTab';
import { BookmarksTab } from '../features/bookmarks/BookmarksTab';
import { useCaseSearch } from '../state/case-search';
import { useRecordLink } from '../state/record-link';
import { workspace } from '../state/workspace';
import { SendHandoverDialog } from '../features/handover/SendHandoverDialog';

const ICONS = {
  evidence: (
    <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M6 3h8l4 4v14H6z" />
      <path d="M14 3v4h4M9 12h6M9 16h6" />
    </svg>
  ),
  analysis: (
    <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M4 20V4M4 20h16" />
      <path d="M8 16v-4M12 16V8M16 16v-6" />
    </svg>
  ),
  custody: (
    <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.5">
      <rect x="3" y="9" width="7" height="6" rx="3" />
      <rect x="14" y="9" width="7" height="6" rx="3" />
      <path d="M8 12h8" />
    </svg>
  ),
  reports: (
    <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M5 3h14v18H5z" />
      <path d="M9 7h6M9 11h6M9 15h3" />
      <circle cx="16" cy="17" r="2" />
    </svg>
  ),
};

/** Mounted once per case (the workbench keys it by case id). The import job lives here, not in the
 * Evidence tab, so it keeps being followed (and shown in the status bar) while other tabs are open. */
export function CaseArea({ c, onRename }: { c: CaseInfo; onRename(): void }) {
  const { t } = useTranslation();
  const [importsEnded, setImportsEnded] = useState(0);
  const job = useImportJob(c.id, () => setImportsEnded((n) => n + 1));
  // The search lives here, not in its tab, so its results are still there after opening a hit.
  const search = useCaseSearch(c.id);
  const [tab, setTab] = useState(() => workspace.tab(c.id) ?? 'evidence');
  const chooseTab = (id: string) => {
    setTab(id);
    workspace.setTab(c.id, id);
  };
  const link = useRecordLink(c.id);
  const [handover, setHandover] = useState(false);
  useEffect(() => {
    if (link) chooseTab('evidence');
  }, [link]);
  const tabs = (['evidence', 'search', 'bookmarks', 'analysis', 'custody', 'reports'] as const).map((id) => ({
    id,
    label: id === 'search' ? t('caseSearch.tab') : id === 'bookmarks' ? t('bookmarks.tab') : t(`caseView.tabs.${id}`),
    panel:
      id === 'search' ? (
        <SearchTab caseId={c.id} search={search} />
      ) : id === 'bookmarks' ? (
        <BookmarksTab caseId={c.id} />
      ) : id === 'evidence' ? (
        <EvidenceTab caseId={c.id} icon={ICONS.evidence} job={job} importsEnded={importsEnded} />
      ) : id === 'custody' ? (
        <CustodyTab caseId={c.id} />
      ) : id === 'analysis' ? (
        <AnalysisTab caseId={c.id} icon={ICONS.analysis} />
      ) : (
        <ReportsTab caseId={c.id} icon={ICONS.reports} />
      ),
  }));
  return (
    <section className="case-area" aria-label={c.title}>
      <CaseHeader c={c} onRename={onRename} onHandover={() => setHandover(true)} />
      {handover && <SendHandoverDialog caseId={c.id} caseTitle={c.title} onClose={() => setHandover(false)} />}
      {/* Keyed by case; each case opens on the tab last used in it (Evidence at first). */}
      <Tabs key={c.id} tabs={tabs} label={c.title} active={tab} onChange={chooseTab} />
    </section>
  );
}
