// Polling a running job: `step` every ~300 ms while `key` (the job's id) is set, until it says the job
// is over, fails, or the key changes. One loop for the import and the case-wide search.
import { useEffect, useRef } from 'react';

export const JOB_POLL_MS = 300;

/** `step` gets the key and whether this poll is still wanted (the component may have moved on); it returns
 * whether to poll again. */
export function usePoll(key: string | null, step: (key: string, live: () => boolean) => Promise<boolean>, onError: (e: unknown) => void): void {
  const stepRef = useRef(step);
  stepRef.current = step;
  const errorRef = useRef(onError);
  errorRef.current = onError;
  useEffect(() => {
    if (!key) return;
    let live = true;
    let timer = 0;
    const poll = async () => {
      try {
        if (!(await stepRef.current(key, () => live)) || !live) return;
      } catch (e) {
        if (live) errorRef.current(e);
        return;
      }
      timer = window.setTimeout(() => void poll(), JOB_POLL_MS);
    };
    timer = window.setTimeout(() => void poll(), JOB_POLL_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [key]);
}
