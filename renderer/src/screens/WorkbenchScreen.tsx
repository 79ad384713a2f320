// The unlocked workbench: top bar, case rail, the selected case, status bar. Everything here is state of
// an unlocked vault; the whole tree unmounts on lock, so nothing outlives the session.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseInfo, VaultStatus } from '../../../shared/api/contract';
import { call } from '../api';
import { CaseDialog } from '../components/CaseDialog';
import { CaseRail } from '../components/CaseRail';
import { EmptyState } from '../components/EmptyState';
import { ErrorBanner } from '../components/ErrorBanner';
import { ExaminerDialog } from '../components/ExaminerDialog';
import { StatusBar } from '../components/StatusBar';
import { TopBar } from '../components/TopBar';
import { useCases } from '../state/cases';
import { useErrorMessage } from '../state/error-message';
import { CaseArea } from './CaseArea';
import { VaultSettingsDialog, type VaultSettingsTab } from '../features/vault/VaultSettingsDialog';
import { ReceiveHandoverDialog } from '../features/handover/ReceiveHandoverDialog';

function FolderIcon() {
  return (
    <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M3 6.5A1.5 1.5 0 0 1 4.5 5H9l2 2h8.5A1.5 1.5 0 0 1 21 8.5v9a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17.5z" />
      <path d="M12 10.5v5M9.5 13h5" />
    </svg>
  );
}

type OpenDialog = { kind: 'create' } | { kind: 'rename'; target: CaseInfo } | { kind: 'examiner' } | { kind: 'vaultSettings'; tab?: VaultSettingsTab } | { kind: 'receive' } | null;

interface WorkbenchScreenProps {
  status: VaultStatus;
  onStatus(s: VaultStatus): void;
  onLock(): void;
}

export function WorkbenchScreen({ status, onStatus, onLock }: WorkbenchScreenProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const cases = useCases();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [autoLockBusy, setAutoLockBusy] = useState(false);

  const setAutoLock = useCallback(
    async (minutes: number) => {
      setAutoLockBusy(true);
      try {
        onStatus(await call('vault.setAutoLock', { minutes }));
      } catch (e) {
        setFailure(errorMessage(e));
      } finally {
        setAutoLockBusy(false);
      }
    },
    [errorMessage, onStatus],
  );

  // Global shortcuts. Ctrl+Shift keeps them clear of text editing; ignored while a dialog is open.
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (dialog) return;
      if (e.ctrlKey && e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        onLock();
      } else if (e.ctrlKey && e.shiftKey && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        setDialog({ kind: 'create' });
      } else if (e.key === 'F2' && cases.selected && !(e.target instanceof HTMLInputElement)) {
        e.preventDefault();
        setDialog({ kind: 'rename', target: cases.selected });
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog, onLock, cases.selected]);

  const loadError = cases.loadError ? errorMessage(cases.loadError) : null;

  return (
    <div className="shell">
      <TopBar onLock={onLock} onVaultSettings={() => setDialog({ kind: 'vaultSettings' })} onReceiveCase={() => setDialog({ kind: 'receive' })} />
      <div className="shell-body">
        <CaseRail
          cases={cases.cases}
          selectedId={cases.selectedId}
          onSelect={cases.select}
          onNew={() => setDialog({ kind: 'create' })}
          onRename={(c) => setDialog({ kind: 'rename', target: c })}
        />
        <main className="shell-main">
          {(failure ?? loadError) && <ErrorBanner message={(failure ?? loadError) as string} onDismiss={() => setFailure(null)} />}
          {cases.selected ? (
            <CaseArea key={cases.selected.id} c={cases.selected} onRename={() => cases.selected && setDialog({ kind: 'rename', target: cases.selected })} />
          ) : cases.cases?.length === 0 ? (
            <EmptyState
              icon={<FolderIcon />}
              title={t('caseView.noCasesTitle')}
              body={t('caseView.noCasesBody')}
              action={
                <button type="button" className="button-primary" onClick={() => setDialog({ kind: 'create' })}>
                  {t('rail.newCase')}
                </button>
              }
            />
          ) : (
            cases.cases && <EmptyState title={t('caseView.none')} />
          )}
        </main>
      </div>
      <StatusBar status={status} onShowExaminer={() => setDialog({ kind: 'examiner' })} onAutoLock={(m) => void setAutoLock(m)} autoLockBusy={autoLockBusy} />
      {(dialog?.kind === 'create' || dialog?.kind === 'rename') && (
        <CaseDialog mode={dialog} onClose={() => setDialog(null)} onCreate={cases.create} onRename={cases.rename} />
      )}
      {dialog?.kind === 'vaultSettings' && <VaultSettingsDialog initial={dialog.tab} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'receive' && (
        <ReceiveHandoverDialog
          onClose={() => setDialog(null)}
          onTrustKeys={() => setDialog({ kind: 'vaultSettings', tab: 'keys' })}
          onReceived={(id) => {
            void cases.reload().then(() => cases.select(id));
          }}
        />
      )}
      {dialog?.kind === 'examiner' && status.examiner && <ExaminerDialog examiner={status.examiner} vaultPath={status.path} onClose={() => setDialog(null)} />}
    </div>
  );
}
