// An image evidence item as the core shows it: the redacted copy, redacted text and masked findings
// (evidence.image), and one finding's raw value at a time after a reasoned reveal (evidence.revealFinding),
// dropped when its time is up or the item changes.
import { useCallback, useEffect, useState } from 'react';
import type { EvidenceImage } from '../../../shared/api/contract';
import { call } from '../api';

export interface RevealedFinding {
  finding: number;
  value: string;
  secondsLeft: number;
}

export interface ImageViewState {
  image: EvidenceImage | null;
  error: unknown;
  revealed: RevealedFinding | null;
  reveal(finding: number, reason: string): Promise<void>;
  hide(): void;
}

export function useImageView(caseId: string, evidenceId: string): ImageViewState {
  const [image, setImage] = useState<EvidenceImage | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [revealed, setRevealed] = useState<RevealedFinding | null>(null);
  const hide = useCallback(() => setRevealed(null), []);

  useEffect(() => {
    let live = true;
    setImage(null);
    setError(null);
    setRevealed(null);
    call('evidence.image', { caseId, evidenceId }).then(
      (img) => live && setImage(img),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [caseId, evidenceId]);

  const active = revealed !== null;
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => {
      setRevealed((r) => (r && r.secondsLeft > 1 ? { ...r, secondsLeft: r.secondsLeft - 1 } : null));
    }, 1000);
    return () => window.clearInterval(timer);
  }, [active]);

  const reveal = useCallback(
    async (finding: number, reason: string) => {
      const res = await call('evidence.revealFinding', { caseId, evidenceId, finding, reason });
      setRevealed({ finding, value: res.value, secondsLeft: Math.max(1, res.hideAfterSeconds) });
    },
    [caseId, evidenceId],
  );

  return { image, error, revealed, reveal, hide };
}
