// Chooses the screen from the vault state the core reports: create, unlock, or the workbench.
import { useTranslation } from 'react-i18next';
import { useVaultSession } from './state/session';
import { screenFor } from './state/session-store';
import { CreateVaultScreen } from './screens/CreateVaultScreen';
import { UnlockScreen } from './screens/UnlockScreen';
import { WorkbenchScreen } from './screens/WorkbenchScreen';
import { useErrorMessage } from './state/error-message';

export function App() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const session = useVaultSession();
  const { status } = session;

  const screen = screenFor(session);
  if (screen === 'starting' || !status) {
    return (
      <div className="splash" aria-busy={!session.fatal}>
        {session.fatal ? (
          <p className="form-error" role="alert">
            {errorMessage(session.fatal)}
          </p>
        ) : (
          <p className="muted">{t('app.name')}…</p>
        )}
      </div>
    );
  }
  switch (screen) {
    case 'create':
      return <CreateVaultScreen vaultPath={status.path} onCreated={session.accept} />;
    case 'unlock':
      return <UnlockScreen vaultPath={status.path} lockedBehindUs={session.lockedBehindUs} lockReason={session.lockReason} onUnlocked={session.accept} />;
    case 'workbench':
      return <WorkbenchScreen key={session.generation} status={status} onStatus={session.accept} onLock={() => void session.lock()} />;
  }
}
