// Redacted messages of one Telegram export, fetched page by page from the core (evidence.messages) as the
// conversation scrolls. Only pages near what is on screen are kept, so a chat of lakhs of messages costs a
// few hundred messages of memory in the renderer.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConversationMessage } from '../../../../shared/api/contract';
import { call } from '../../api';

export const MESSAGE_PAGE = 100;
const KEEP_PAGES = 30;
/** Pages are requested once scrolling pauses this long, so a fast fling does not fetch every page it passes. */
const SETTLE_MS = 60;

export interface MessagePages {
  /** Null until the first page arrives. */
  total: number | null;
  chatName: string | null;
  error: unknown;
  /** The message at a position (= its record number), once its page has arrived. */
  message(index: number): ConversationMessage | undefined;
  /** Tell the store which positions are on screen; missing pages are fetched. */
  want(first: number, last: number): void;
}

export function useMessagePages(caseId: string, evidenceId: string, start = 0): MessagePages {
  const [total, setTotal] = useState<number | null>(null);
  const [chatName, setChatName] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, ConversationMessage[]>());
  const inFlight = useRef(new Set<number>());
  const wanted = useRef<[number, number]>([start, start + MESSAGE_PAGE - 1]);
  const timer = useRef(0);
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (page: number, gen: number) => {
      inFlight.current.add(page);
      try {
        const res = await call('evidence.messages', { caseId, evidenceId, offset: page * MESSAGE_PAGE, limit: MESSAGE_PAGE });
        if (gen !== generation.current) return;
        pages.current.set(page, res.messages);
        setTotal(res.total);
        setChatName(res.chatName);
        evictFar(pages.current, wanted.current);
        setVersion((v) => v + 1);
      } catch (e) {
        if (gen === generation.current) setError(e);
      } finally {
        inFlight.current.delete(page);
      }
    },
    [caseId, evidenceId],
  );

  const fetchWanted = useCallback(() => {
    const [first, last] = wanted.current;
    const gen = generation.current;
    for (let p = Math.floor(first / MESSAGE_PAGE); p <= Math.floor(last / MESSAGE_PAGE); p++) {
      if (!pages.current.has(p) && !inFlight.current.has(p)) void fetchPage(p, gen);
    }
  }, [fetchPage]);

  useEffect(() => {
    generation.current++;
    pages.current = new Map();
    inFlight.current = new Set();
    setTotal(null);
    setError(null);
    void fetchPage(Math.floor(wanted.current[0] / MESSAGE_PAGE), generation.current);
    return () => window.clearTimeout(timer.current);
  }, [fetchPage]);

  const want = useCallback(
    (first: number, last: number) => {
      wanted.current = [first, last];
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(fetchWanted, SETTLE_MS);
    },
    [fetchWanted],
  );

  const message = useCallback((index: number) => pages.current.get(Math.floor(index / MESSAGE_PAGE))?.[index % MESSAGE_PAGE], []);

  return { total, chatName, error, message, want };
}

function evictFar(pages: Map<number, ConversationMessage[]>, [first, last]: [number, number]): void {
  if (pages.size <= KEEP_PAGES) return;
  const mid = (first + last) / 2 / MESSAGE_PAGE;
  const far = [...pages.keys()].sort((a, b) => Math.abs(b - mid) - Math.abs(a - mid));
  for (const p of far.slice(0, pages.size - KEEP_PAGES)) pages.delete(p);
}
