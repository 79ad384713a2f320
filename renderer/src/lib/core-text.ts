// Sentences the core made (why an item was stored but not parsed, what a parser could not read, why a file
// failed), in the screen's language: the core sends each as a catalogue key with parameters beside its
// English text; text without a key (or with a key this screen does not know) is shown as sent.
import { useCallback } from 'react';
import { renderCoreText, type CoreMessage } from '../../../shared/i18n/core-text';
import { useLanguage } from '../state/language';

export function useCoreText(): (english: string, msg?: CoreMessage | null) => string {
  const [lang] = useLanguage();
  return useCallback((english: string, msg?: CoreMessage | null) => (msg ? renderCoreText(msg, lang) : null) ?? english, [lang]);
}
