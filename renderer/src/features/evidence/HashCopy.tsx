// A hash shown shortened, with a button that copies the full value (hashes are compared, never retyped).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortHash } from '../../lib/format';

export function HashCopy({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 1800);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="hash-copy">
      <code className="hash-short" title={value} data-full={value}>
        {shortHash(value)}
      </code>
      <button
        type="button"
        className="button-tiny"
        onClick={(e) => {
          e.stopPropagation();
          void copy();
        }}
        aria-label={`${t('evidence.copyHint')}: ${label}`}
        title={t('evidence.copyHint')}
      >
        {state === 'copied' ? t('evidence.copied') : state === 'failed' ? t('evidence.copyFailed') : t('evidence.copy')}
      </button>
    </span>
  );
}
