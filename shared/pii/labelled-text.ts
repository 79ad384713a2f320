// Free text often carries labelled values — a bot's reply "Name: Ramesh Kumar", "नाम: सुनीता देवी",
// "Address: …". Names, addresses and dates of birth do not validate, so the detector alone cannot find
// them; the label can. This redacts the value after a personal-data label with that label's type, and the
// rest of the text with the detector, line by line.
import { cueOfHeader, NEG } from './context';
import { redactText, redactValue, type RedactionPolicy } from './redact';
import { PII_TYPES, typeBit, type PiiType } from './types';

const LABEL = /^(\s*[^\s:：][^:：\n]{0,38}?)\s*([:：])[ \t]*(\S.*)$/;
// When a label names several types ("Aadhaar/Mobile"), the first one that is not a catch-all wins.
const PREFERENCE: PiiType[] = ['PERSON', 'ADDRESS', 'DATE_OF_BIRTH', 'GENDER'];

export function labelType(label: string): PiiType | null {
  const cue = cueOfHeader(label.replace(/^[^A-Za-z0-9\u0900-\u097f]+/, '').trim());
  if (cue === 0 || cue & NEG) return null;
  const types = PII_TYPES.filter((t) => cue & typeBit(t));
  return types.find((t) => !PREFERENCE.includes(t)) ?? types[0] ?? null;
}

export function redactLabelledText(text: string, policy: RedactionPolicy, tokenKey?: Uint8Array): string {
  if (!/[:：]/.test(text)) return redactText(text, policy, tokenKey);
  return text
    .split('\n')
    .map((line) => {
      const m = LABEL.exec(line);
      const type = m ? labelType(m[1]!) : null;
      if (!m || !type) return redactText(line, policy, tokenKey);
      const value = m[3]!;
      // A labelled value that the detector fully recognises keeps the detector's (more specific) mask.
      const detected = redactText(value, policy, tokenKey, { context: m[1]! });
      const masked = detected !== value ? detected : redactValue(type, value.trim(), policy, tokenKey);
      return `${m[1]}${m[2]} ${masked}`;
    })
    .join('\n');
}
