// "Export redacted…" in the records' header: opens the redacted export of the item shown (its current table
// preselected) in a dialog, so it is in reach however the evidence list and the records share the screen.
// Reopening the dialog shows the item's last export of this visit again (name, SHA-256, Open folder).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceInfo } from '../../../../shared/api/contract';
import { Dialog } from '../../components/Dialog';
import { RedactedExport } from './RedactedExport';

export function RedactedExportButton({ caseId, item, table }: { caseId: string; item: EvidenceInfo; table: string | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  if (item.tables.length === 0) return null;
  return (
    <>
      <button type="button" className="button-tiny open-redacted-export" onClick={() => setOpen(true)}>
        {t('redactedExport.start')}
      </button>
      {open && (
        <Dialog
          title={t('redactedExport.title')}
          onClose={() => setOpen(false)}
          wide
          footer={
            <button type="button" onClick={() => setOpen(false)}>
              {t('common.close')}
            </button>
          }
        >
          <RedactedExport caseId={caseId} item={item} initialTable={table} jobId={jobId} onJobId={setJobId} />
        </Dialog>
      )}
    </>
  );
}
