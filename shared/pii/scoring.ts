// How a base score (from shape and checksum) and a context cue combine into a finding's score.
//   no cue                       → base
//   negative cue (order, txn, …) → at most 0.15 (not reported by default)
//   cue for this type            → validated: at least 0.95; not validated: LABELLED_UNVALIDATED when the cue
//                                  is a label in the text (reported: a labelled identifier-shaped value is
//                                  masked whatever its check digit), else at most 0.45 (a column header:
//                                  typed-column redaction handles such cells)
//   cue for another type         → base − 0.15
import { IN_TEXT, NEG } from './context';
import { type PiiType, typeBit } from './types';

export const DEFAULT_MIN_SCORE = 0.5;
/** Score of an identifier-shaped value after a label for its type whose check failed: above the default
 * bar, so it is reported and masked (fail closed); its finding says validated: false. */
export const LABELLED_UNVALIDATED = 0.55;

export function adjustScore(type: PiiType, base: number, validated: boolean, cue: number): number {
  if (cue === 0) return base;
  if (cue & NEG) return Math.min(base, 0.15);
  if (cue & typeBit(type)) {
    if (validated) return Math.max(base, 0.95);
    return cue & IN_TEXT ? LABELLED_UNVALIDATED : Math.min(0.45, base + 0.15);
  }
  return Math.max(0, base - 0.15);
}
