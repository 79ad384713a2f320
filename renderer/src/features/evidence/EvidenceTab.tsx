// The Evidence tab: import (picker or drop), the running job, the case's evidence list, and the
// records of the selected item (for a screenshot or a scanned PDF, its redacted image first).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceInfo } from '../../../../shared/api/contract';
import { call } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatNumber } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useEvidenceList } from '../../state/evidence-list';
import type { ImportJobState } from '../../state/import-job';
import { useLanguage } from '../../state/language';
import { DropZone } from './DropZone';
import { EvidenceList } from './EvidenceList';
import { ImageView } from './ImageView';
import { ImportBar } from './ImportBar';
import { JobPanel } from './JobPanel';
import { RecordsView } from './RecordsView';
import { isTelegramChat, TelegramEvidenceView } from '../telegram/TelegramEvidenceView';
import { useRecordLink } from '../../state/record-link';
import { EvidenceSplit } from './EvidenceSplit';
import { workspace } from '../../state/workspace';
import { useCoreText } from '../../lib/core-text';

interface EvidenceTabProps {
  caseId: string;
  icon: React.ReactNode;
  job: ImportJobState;
  /** Increases each time an import job ends, so the list is reloaded. */
  importsEnded: number;
}

export function EvidenceTab({ caseId, icon, job, importsEnded }: EvidenceTabProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const list = useEvidenceList(caseId);
  const { reload } = list;
  useEffect(() => {
    if (importsEnded > 0) void reload();
  }, [importsEnded, reload]);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // The item last open in this case (kept across a lock).
  const [selectedId, setSelectedIdState] = useState<string | null>(() => workspace.item(caseId));
  const setSelectedId = (id: string | null) => {
    workspace.setItem(caseId, id);
    setSelectedIdState(id);
  };
  const busy = job.job?.state === 'running';
  // A search hit or a bookmark asked for a record: select its item (the records view scrolls to it).
  const link = useRecordLink(caseId);
  useEffect(() => {
    if (link) setSelectedId(link.evidenceId);
  }, [link]);

  async function importPaths(paths: string[]) {
    setProblem(null);
    if (paths.length === 0) return;
    await job.start(paths, reason);
    setReason('');
  }

  async function pick() {
    setProblem(null);
    try {
      const { paths } = await call('evidence.pickFiles', {});
      await importPaths(paths);
    } catch (e) {
      setProblem(t('evidence.pickerFailed', { message: errorMessage(e) }));
    }
  }

  const items = list.items;
  const selected = items?.find((i) => i.id === selectedId) ?? null;
  const opening = link && selected && link.evidenceId === selected.id ? link : null;
  const failure = problem ?? (job.error ? errorMessage(job.error) : null) ?? (list.error ? errorMessage(list.error) : null);

  return (
    <DropZone disabled={busy} onPaths={(p) => void importPaths(p)} onProblem={setProblem}>
      <div className="evidence-tab">
        <div className="evidence-toolbar">
          <ImportBar reason={reason} onReason={setReason} onImport={() => void pick()} busy={busy} />
          {items && items.length > 0 && <span className="muted toolbar-count">{t('evidence.count', { count: items.length, formatted: formatNumber(items.length, lang) })}</span>}
        </div>
        {failure && (
          <ErrorBanner
            message={failure}
            onDismiss={() => {
              setProblem(null);
              job.dismiss();
            }}
          />
        )}
        {job.job && <JobPanel job={job.job} cancelling={job.cancelling} onCancel={() => void job.cancel()} onDismiss={job.dismiss} />}
        {items && items.length === 0 && !busy && <EmptyState icon={icon} title={t('evidence.emptyTitle')} body={t('evidence.emptyBody')} next={t('evidence.emptyNext')} />}
        {items && items.length > 0 && (
          <EvidenceSplit items={items.length} list={<EvidenceList items={items} selectedId={selectedId} onSelect={setSelectedId} />}>
            {selected && hasRedactedImage(selected) && <ImageView key={`image-${selected.id}`} caseId={caseId} item={selected} />}
            {!selected && <p className="muted select-hint">{t('evidence.selectHint')}</p>}
            {/* An item stored but not parsed has no table to page through: say so instead of asking the core
                for rows it cannot have (which read as "that item no longer exists"). */}
            {selected && (selected.tables.length > 0 ? (isTelegramChat(selected) ? <TelegramEvidenceView key={`${selected.id}#${opening?.nonce ?? 0}`} caseId={caseId} item={selected} {...(opening ? { open: { table: opening.table, row: opening.row } } : {})} /> : <RecordsView key={`${selected.id}#${opening?.nonce ?? 0}`} caseId={caseId} item={selected} {...(opening ? { open: { table: opening.table, row: opening.row } } : {})} />) : !hasRedactedImage(selected) && <StoredOnly item={selected} />)}
          </EvidenceSplit>
        )}
      </div>
    </DropZone>
  );
}

function StoredOnly({ item }: { item: EvidenceInfo }) {
  const { t } = useTranslation();
  const said = useCoreText();
  return (
    <section className="records-view" aria-label={t('records.title', { name: item.name })}>
      <h3 className="records-title">{t('records.title', { name: item.name })}</h3>
      <p className="muted records-empty" role="note">
        {t('records.storedOnly', { status: t(`evidence.status.${item.status}`) })}
        {item.reason ? ` ${t('records.storedReason', { reason: said(item.reason, item.reasonText) })}` : ''}
      </p>
    </section>
  );
}

/** Screenshots read by OCR have a redacted copy to show (a failed or duplicate import has no OCR result), and
 * so do scanned PDFs, page by page. */
function hasRedactedImage(item: EvidenceInfo): boolean {
  if (item.format === 'pdf') return (item.pageImages ?? 0) > 0;
  return item.format === 'image' && (item.status === 'parsed' || item.status === 'malformed');
}
