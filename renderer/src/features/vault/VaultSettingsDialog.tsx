// Vault settings, opened from the top bar: change the passphrase, re-key the vault, and the examiner keys
// (this vault's own, the trusted ones, trusting another). Every change is logged by the core.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { Tabs } from '../../components/Tabs';
import { ExaminerKeysPanel } from './ExaminerKeysPanel';
import { PassphrasePanel } from './PassphrasePanel';
import { RekeyPanel } from './RekeyPanel';

export type VaultSettingsTab = 'passphrase' | 'rekey' | 'keys';

export function VaultSettingsDialog({ onClose, initial = 'passphrase' }: { onClose(): void; initial?: VaultSettingsTab }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string>(initial);
  const tabs = [
    { id: 'passphrase', label: t('vaultSettings.tabs.passphrase'), panel: <PassphrasePanel /> },
    { id: 'rekey', label: t('vaultSettings.tabs.rekey'), panel: <RekeyPanel /> },
    { id: 'keys', label: t('vaultSettings.tabs.keys'), panel: <ExaminerKeysPanel /> },
  ];
  return (
    <Dialog
      title={t('vaultSettings.title')}
      onClose={onClose}
      wide
      footer={
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <div className="vault-settings" data-testid="vault-settings">
        <Tabs tabs={tabs} label={t('vaultSettings.title')} active={tab} onChange={setTab} />
      </div>
    </Dialog>
  );
}
