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

type OpenDialog = { kind: 'create' } | { kind: 'rename'; target: CaseInfo } | { kind: 'examiner' } | null;

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
      <TopBar onLock={onLock} />
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
            <CaseArea c={cases.selected} onRename={() => cases.selected && setDialog({ kind: 'rename', target: cases.selected })} />
          ) : (
            cases.cases && <EmptyState title={t('caseView.none')} body={t('rail.empty')} />
          )}
        </main>
      </div>
      <StatusBar status={status} onShowExaminer={() => setDialog({ kind: 'examiner' })} onAutoLock={(m) => void setAutoLock(m)} autoLockBusy={autoLockBusy} />
      {(dialog?.kind === 'create' || dialog?.kind === 'rename') && (
        <CaseDialog mode={dialog} onClose={() => setDialog(null)} onCreate={cases.create} onRename={cases.rename} />
      )}
      {dialog?.kind === 'examiner' && status.examiner && <ExaminerDialog examiner={status.examiner} vaultPath={status.path} onClose={() => setDialog(null)} />}
    </div>
  );
}
