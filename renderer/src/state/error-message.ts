// Turns a failure into a sentence for the examiner, in the current language where we know the code.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { useCoreText } from '../lib/core-text';

export function useErrorMessage(): (e: unknown) => string {
  const { t } = useTranslation();
  const said = useCoreText();
  return useCallback(
    (e: unknown) => {
      if (e instanceof ApiError) {
        switch (e.code) {
          case 'VAULT_LOCKED':
          case 'NOT_FOUND':
          case 'CONFLICT':
          case 'INTERNAL':
          case 'BRIDGE_MISSING':
            return t(`errors.${e.code}`);
          case 'WRONG_PASSPHRASE':
            return t('vault.errors.wrongPassphrase');
          default:
            // The core's own message is written to be shown (it never carries secrets); in the reader's
            // language when the core sent its key, else in English.
            return t('errors.generic', { message: said(e.message, e.text) });
        }
      }
      return t('errors.INTERNAL');
    },
    [t, said],
  );
}
