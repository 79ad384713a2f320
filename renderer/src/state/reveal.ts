// A revealed raw value: one cell at a time, for as long as the core allows (hideAfterSeconds), then
// dropped from state. Changing item or table, or leaving the view, drops it at once.
import { useCallback, useEffect, useState } from 'react';
import { call } from '../api';

export interface Revealed {
  row: number;
  column: number;
  value: string | null;
  secondsLeft: number;
}

export interface RevealState {
  revealed: Revealed | null;
  reveal(row: number, column: number, reason: string): Promise<void>;
  hide(): void;
}

export function useReveal(caseId: string, evidenceId: string, table: string | null): RevealState {
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const hide = useCallback(() => setRevealed(null), []);

  useEffect(() => hide, [caseId, evidenceId, table, hide]);

  const active = revealed !== null;
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => {
      setRevealed((r) => (r && r.secondsLeft > 1 ? { ...r, secondsLeft: r.secondsLeft - 1 } : null));
    }, 1000);
    return () => window.clearInterval(timer);
  }, [active]);

  const reveal = useCallback(
    async (row: number, column: number, reason: string) => {
      const res = await call('evidence.reveal', { caseId, evidenceId, ...(table ? { table } : {}), row, column, reason });
      setRevealed({ row, column, value: res.value, secondsLeft: Math.max(1, res.hideAfterSeconds) });
    },
    [caseId, evidenceId, table],
  );

  return { revealed, reveal, hide };
}
