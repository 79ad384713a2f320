// An image evidence item as the core shows it: the redacted copy, redacted text and masked findings
// (evidence.image), and one finding's raw value at a time after a reasoned reveal (evidence.revealFinding),
// dropped when its time is up or the item or page changes. For a scanned PDF, `at` picks the page image
// (null: the first); the last page shown stays until the next one arrives, so paging does not flicker.
import { useCallback, useEffect, useState } from 'react';
import type { EvidenceImage } from '../../../shared/api/contract';
import { call } from '../api';

export interface RevealedFinding {
  finding: number;
  value: string;
  secondsLeft: number;
}

/** A scanned PDF's page image: page from 1, image on the page from 0 (as the core counts them). */
export interface PageImageAt {
  page: number;
  image: number;
}

export interface ImageViewState {
  image: EvidenceImage | null;
  /** A different page image has been asked for and has not arrived yet. */
  loading: boolean;
  error: unknown;
  revealed: RevealedFinding | null;
  reveal(finding: number, reason: string): Promise<void>;
  hide(): void;
}

export function useImageView(caseId: string, evidenceId: string, at: PageImageAt | null = null): ImageViewState {
  const [image, setImage] = useState<EvidenceImage | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [revealed, setRevealed] = useState<RevealedFinding | null>(null);
  const hide = useCallback(() => setRevealed(null), []);
  const page = at?.page;
  const pageImage = at?.image;

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    setRevealed(null);
    call('evidence.image', { caseId, evidenceId, ...(page !== undefined ? { page, image: pageImage } : {}) }).then(
      (img) => {
        if (!live) return;
        setImage(img);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [caseId, evidenceId, page, pageImage]);

  const active = revealed !== null;
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => {
      setRevealed((r) => (r && r.secondsLeft > 1 ? { ...r, secondsLeft: r.secondsLeft - 1 } : null));
    }, 1000);
    return () => window.clearInterval(timer);
  }, [active]);

  // The finding indexes belong to the page image on screen: reveal on that one, whatever is being fetched.
  const shownPage = image?.pdf?.page;
  const shownImage = image?.pdf?.image;
  const reveal = useCallback(
    async (finding: number, reason: string) => {
      const where = shownPage !== undefined ? { page: shownPage, image: shownImage } : {};
      const res = await call('evidence.revealFinding', { caseId, evidenceId, ...where, finding, reason });
      setRevealed({ finding, value: res.value, secondsLeft: Math.max(1, res.hideAfterSeconds) });
    },
    [caseId, evidenceId, shownPage, shownImage],
  );

  return { image, loading, error, revealed, reveal, hide };
}
