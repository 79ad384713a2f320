// The case list of the unlocked vault. Lives inside the workbench screen, so locking drops it.
import { useCallback, useEffect, useState } from 'react';
import type { CaseInfo } from '../../../shared/api/contract';
import { call } from '../api';
import { workspace } from './workspace';

export interface CasesState {
  cases: CaseInfo[] | null;
  loadError: unknown;
  selectedId: string | null;
  selected: CaseInfo | null;
  select(id: string): void;
  reload(): Promise<void>;
  create(title: string, ref: string): Promise<CaseInfo>;
  rename(id: string, title: string): Promise<CaseInfo>;
}

/** Newest first: the case being worked on is usually the latest one. */
function sortCases(list: CaseInfo[]): CaseInfo[] {
  return [...list].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id.localeCompare(b.id)));
}

export function useCases(): CasesState {
  const [cases, setCases] = useState<CaseInfo[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  // After an unlock the workbench remounts: it opens the case the examiner was in.
  const [selectedId, setSelectedIdState] = useState<string | null>(() => workspace.caseId);
  const setSelectedId = useCallback((next: string | null | ((id: string | null) => string | null)) => {
    setSelectedIdState((id) => {
      const v = typeof next === 'function' ? next(id) : next;
      workspace.setCase(v);
      return v;
    });
  }, []);

  const reload = useCallback(async () => {
    try {
      const list = sortCases(await call('case.list', {}));
      setCases(list);
      setLoadError(null);
      setSelectedId((id) => (id && list.some((c) => c.id === id) ? id : (list[0]?.id ?? null)));
    } catch (e) {
      setLoadError(e);
    }
  }, [setSelectedId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const create = useCallback(async (title: string, ref: string) => {
    const c = await call('case.create', { title, ref });
    setCases((list) => sortCases([...(list ?? []), c]));
    setSelectedId(c.id);
    return c;
  }, [setSelectedId]);

  const rename = useCallback(async (id: string, title: string) => {
    const c = await call('case.rename', { id, title });
    setCases((list) => (list ?? []).map((x) => (x.id === c.id ? c : x)));
    return c;
  }, []);

  const selected = cases?.find((c) => c.id === selectedId) ?? null;
  return { cases, loadError, selectedId, selected, select: setSelectedId, reload, create, rename };
}
