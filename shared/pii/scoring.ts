// How a base score (from shape and checksum) and a context cue combine into a finding's score.
//   no cue                       → base
//   negative cue (order, txn, …) → at most 0.15 (not reported by default)
//   cue for this type            → validated: at least 0.95; not validated: at most 0.45
//   cue for another type         → base − 0.15
import { NEG } from './context';
import { type PiiType, typeBit } from './types';

export const DEFAULT_MIN_SCORE = 0.5;

export function adjustScore(type: PiiType, base: number, validated: boolean, cue: number): number {
  if (cue === 0) return base;
  if (cue & NEG) return Math.min(base, 0.15);
  if (cue & typeBit(type)) return validated ? Math.max(base, 0.95) : Math.min(0.45, base + 0.15);
  return Math.max(0, base - 0.15);
}
