// Overlap between samples, from sorted token arrays only: shared counts, Jaccard, containment, and which
// sample a recycled one was most likely taken from.
import { intersectionSize } from './token-set';
import { intersectionCount, type TokenSet } from './token-runs';
import { CONTAINMENT_THRESHOLD, MIN_VALUES } from './verdict';
import type { Overlap, OverlapMatrix } from './types';

export interface TokenSample {
  id: string;
  caseId: string;
  name: string;
  /** ISO time of acquisition: when two samples contain each other, the later one is the copy. */
  acquiredAt: string;
  fingerprint: string;
  all: TokenSet;
  byType: Map<string, TokenSet>;
}

/** |a ∩ b|: a linear merge in memory, or streamed when either set was spilled. */
function sharedCount(a: TokenSet, b: TokenSet): number {
  return a instanceof BigUint64Array && b instanceof BigUint64Array ? intersectionSize(a, b) : intersectionCount(a, b);
}

export function compare(a: TokenSample, b: TokenSample): Overlap {
  const shared = sharedCount(a.all, b.all);
  const union = a.all.length + b.all.length - shared;
  const byType: Record<string, number> = {};
  // Containment is over the identifier types both samples hold: a copy that kept a PAN column its source
  // lacks (or that the source's import left untyped) is still a copy of the source's Aadhaar and mobiles.
  let aCommon = 0, bCommon = 0;
  for (const [type, xs] of a.byType) {
    const ys = b.byType.get(type);
    if (!ys) continue;
    byType[type] = sharedCount(xs, ys);
    aCommon += xs.length;
    bCommon += ys.length;
  }
  const containmentOfB = bCommon ? Math.min(1, shared / bCommon) : 0;
  const containmentOfA = aCommon ? Math.min(1, shared / aCommon) : 0;
  const o: Overlap = {
    a: a.id,
    b: b.id,
    shared,
    aTokens: a.all.length,
    bTokens: b.all.length,
    aCompared: aCommon,
    bCompared: bCommon,
    jaccard: union ? shared / union : 0,
    containmentOfB,
    containmentOfA,
    aContainsB: containmentOfB >= CONTAINMENT_THRESHOLD && b.all.length > 0,
    bContainsA: containmentOfA >= CONTAINMENT_THRESHOLD && a.all.length > 0,
    byType,
    sameSchema: a.fingerprint === b.fingerprint,
  };
  if (b.caseId !== a.caseId) o.bCaseId = b.caseId;
  return o;
}

/** Pairwise overlaps among `own` samples, plus each own sample against `others` (other cases). */
export function overlapsOf(own: readonly TokenSample[], others: readonly TokenSample[] = []): Overlap[] {
  const out: Overlap[] = [];
  for (let i = 0; i < own.length; i++) {
    for (let j = i + 1; j < own.length; j++) out.push(compare(own[i]!, own[j]!));
    for (const o of others) out.push(compare(own[i]!, o));
  }
  return out;
}

export function overlapMatrix(samples: readonly TokenSample[], overlaps: readonly Overlap[]): OverlapMatrix {
  const ids = samples.map((s) => s.id);
  const at = new Map(ids.map((id, i) => [id, i]));
  const shared = ids.map(() => ids.map(() => 0));
  const containment = ids.map(() => ids.map(() => 0));
  samples.forEach((s, i) => {
    shared[i]![i] = s.all.length;
    containment[i]![i] = s.all.length ? 1 : 0;
  });
  for (const o of overlaps) {
    const i = at.get(o.a), j = at.get(o.b);
    if (i === undefined || j === undefined) continue;
    shared[i]![j] = shared[j]![i] = o.shared;
    containment[i]![j] = o.containmentOfA;
    containment[j]![i] = o.containmentOfB;
  }
  return { ids, shared, containment };
}

/** Is `x` the copy in a pair where it is contained in `y`? A strict subset always is; of two samples
 * that contain each other, the later-acquired one. */
function isCopyOf(x: TokenSample, y: TokenSample, xInY: number, yInX: number): boolean {
  if (x.all.length < MIN_VALUES || xInY < CONTAINMENT_THRESHOLD) return false;
  if (yInX < CONTAINMENT_THRESHOLD) return true;
  return y.acquiredAt < x.acquiredAt || (y.acquiredAt === x.acquiredAt && y.id < x.id);
}

/** For each sample id: the samples it was most likely copied from, best first. */
export function sourcesOf(samples: readonly TokenSample[], overlaps: readonly Overlap[]): Map<string, { id: string; caseId: string; name: string; containment: number; shared: number; tokens: number }[]> {
  const byId = new Map(samples.map((s) => [s.id, s]));
  const out = new Map<string, { id: string; caseId: string; name: string; containment: number; shared: number; tokens: number }[]>();
  const add = (x: TokenSample, y: TokenSample, containment: number, shared: number, compared: number) => {
    const list = out.get(x.id) ?? [];
    list.push({ id: y.id, caseId: y.caseId, name: y.name, containment, shared, tokens: compared });
    out.set(x.id, list);
  };
  for (const o of overlaps) {
    const a = byId.get(o.a), b = byId.get(o.b);
    if (!a || !b) continue;
    if (isCopyOf(a, b, o.containmentOfA, o.containmentOfB)) add(a, b, o.containmentOfA, o.shared, o.aCompared);
    if (isCopyOf(b, a, o.containmentOfB, o.containmentOfA)) add(b, a, o.containmentOfB, o.shared, o.bCompared);
  }
  for (const list of out.values()) list.sort((p, q) => q.containment - p.containment);
  return out;
}
