// Create a case (title + reference number) or rename one (title only: the reference is the office's
// file number and stays as registered).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseInfo } from '../../../shared/api/contract';
import { useErrorMessage } from '../state/error-message';
import { Dialog } from './Dialog';
import { Field } from './Field';

type Mode = { kind: 'create' } | { kind: 'rename'; target: CaseInfo };

interface CaseDialogProps {
  mode: Mode;
  onClose(): void;
  onCreate(title: string, ref: string): Promise<unknown>;
  onRename(id: string, title: string): Promise<unknown>;
}

export function CaseDialog({ mode, onClose, onCreate, onRename }: CaseDialogProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [title, setTitle] = useState(mode.kind === 'rename' ? mode.target.title : '');
  const [ref, setRef] = useState('');
  const [titleError, setTitleError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (busy) return;
    if (!title.trim()) {
      setTitleError(t('caseDialog.titleRequired'));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      if (mode.kind === 'create') await onCreate(title.trim(), ref.trim());
      else await onRename(mode.target.id, title.trim());
      onClose();
    } catch (e) {
      setFailure(errorMessage(e));
      setBusy(false);
    }
  }

  const creating = mode.kind === 'create';
  return (
    <Dialog
      title={creating ? t('caseDialog.newTitle') : t('caseDialog.renameTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? (creating ? t('caseDialog.creating') : t('common.saving')) : creating ? t('caseDialog.create') : t('caseDialog.rename')}
          </button>
        </>
      }
    >
      <Field
        label={t('caseDialog.title')}
        name="title"
        value={title}
        maxLength={300}
        onChange={(e) => {
          setTitle(e.target.value);
          setTitleError(null);
        }}
        hint={t('caseDialog.titleHint')}
        error={titleError}
        autoFocusField
        autoComplete="off"
      />
      {creating ? (
        <Field
          label={t('caseDialog.ref')}
          optionalLabel={t('common.optional')}
          name="ref"
          value={ref}
          maxLength={100}
          onChange={(e) => setRef(e.target.value)}
          hint={t('caseDialog.refHint')}
          autoComplete="off"
          className="field-mono"
        />
      ) : (
        <p className="dialog-note">{t('caseDialog.renameNote')}</p>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
    </Dialog>
  );
}
