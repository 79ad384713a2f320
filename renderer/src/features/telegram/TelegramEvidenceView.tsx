// A Telegram chat export can be read as the records table or as a conversation; the choice sits beside the
// records and is kept per item for the session. A search hit or bookmark opening a record opens the table,
// where that record is.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceInfo } from '../../../../shared/api/contract';
import { RecordsView } from '../evidence/RecordsView';
import { ConversationView } from './ConversationView';

type Mode = 'table' | 'conversation';
const modes = new Map<string, Mode>();

/** Whether an item gets the choice: a Telegram export with a messages table. */
export function isTelegramChat(item: EvidenceInfo): boolean {
  return item.format === 'telegram' && item.tables.some((x) => x.name === 'messages');
}

export function TelegramEvidenceView({ caseId, item, open }: { caseId: string; item: EvidenceInfo; open?: { table: string | null; row: number } }) {
  const { t } = useTranslation();
  const [mode, setModeState] = useState<Mode>(() => (open ? 'table' : (modes.get(item.id) ?? 'table')));
  const setMode = (m: Mode) => {
    modes.set(item.id, m);
    setModeState(m);
  };
  return (
    <div className="telegram-evidence">
      <div className="view-switch" role="radiogroup" aria-label={t('telegram.viewLabel')}>
        {(['table', 'conversation'] as const).map((m) => (
          <button key={m} type="button" role="radio" aria-checked={mode === m} className={mode === m ? 'view-switch-on' : ''} onClick={() => setMode(m)}>
            {t(m === 'table' ? 'telegram.viewTable' : 'telegram.viewConversation')}
          </button>
        ))}
      </div>
      {mode === 'table' ? <RecordsView caseId={caseId} item={item} {...(open ? { open } : {})} /> : <ConversationView caseId={caseId} item={item} />}
    </div>
  );
}
