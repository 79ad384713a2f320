// Personal data on a recognised image: the PII detector's findings on each line's text, plus the value
// of every line whose label names personal data (names, addresses and DOBs do not validate, and an OCR
// misread can break an Aadhaar checksum: the label still says what the value is).
import { PII_TYPES, scanText, type PiiType } from '../../../shared/pii';
import { cueOfHeader } from '../../../shared/pii/context';
import { typeBit } from '../../../shared/pii/types';
import { isPiiKey, parseKeyValue } from './key-value';
import type { OcrResult } from './types';

export interface OcrFinding {
  /** Index into result.lines. */
  line: number;
  type: PiiType;
  /** UTF-16 offsets in the line's text, `end` exclusive. */
  start: number;
  end: number;
  /** 'detector': scanText found it; 'label': the value of a personal-data label such as "Name:". */
  source: 'detector' | 'label';
}

export function ocrFindings(result: OcrResult): OcrFinding[] {
  const out: OcrFinding[] = [];
  result.lines.forEach((line, i) => {
    for (const f of scanText(line.text)) out.push({ line: i, type: f.type, start: f.start, end: f.end, source: 'detector' });
    const kv = parseKeyValue(line.text);
    if (kv && isPiiKey(kv.key)) {
      out.push({ line: i, type: labelType(kv.key), start: kv.valueStart, end: line.text.length, source: 'label' });
    }
  });
  return out;
}

function labelType(key: string): PiiType {
  const cue = cueOfHeader(key);
  return PII_TYPES.find((t) => (cue & typeBit(t)) !== 0) ?? 'PERSON';
}
