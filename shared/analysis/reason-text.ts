// The verdict's reasons in English, for the API, the CLI and stored analyses; reports render the codes
// in their own language (shared/report/analysis-text.ts, the one catalogue of these sentences).
import { reasonText } from '../report/analysis-text';
import type { Reason } from './types';

export function reasonTextEn(r: Reason): string {
  return reasonText(r, 'en');
}
