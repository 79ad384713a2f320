// The evidence items of one case, as the core lists them. Reloaded after every import job ends.
import { useCallback, useEffect, useState } from 'react';
import type { EvidenceInfo } from '../../../shared/api/contract';
import { call } from '../api';

export interface EvidenceListState {
  items: EvidenceInfo[] | null;
  error: unknown;
  reload(): Promise<void>;
}

export function useEvidenceList(caseId: string): EvidenceListState {
  const [items, setItems] = useState<EvidenceInfo[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      setItems(await call('evidence.list', { caseId }));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [caseId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { items, error, reload };
}

/** Parents first, each followed by its children (items extracted from an archive), with their depth. */
export function nestEvidence(items: EvidenceInfo[]): { item: EvidenceInfo; depth: number }[] {
  const byParent = new Map<string | null, EvidenceInfo[]>();
  const ids = new Set(items.map((i) => i.id));
  for (const item of items) {
    const parent = item.parentId && ids.has(item.parentId) ? item.parentId : null;
    const list = byParent.get(parent) ?? [];
    list.push(item);
    byParent.set(parent, list);
  }
  const out: { item: EvidenceInfo; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const item of byParent.get(parent) ?? []) {
      out.push({ item, depth });
      walk(item.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
