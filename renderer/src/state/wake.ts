// Moments when a store re-reads the core's state once, in case an event was missed: the window regains
// focus or becomes visible again.
export type WakeSource = (listener: () => void) => () => void;

export const onWindowWake: WakeSource = (listener) => {
  const onFocus = () => listener();
  const onVisible = () => {
    if (document.visibilityState === 'visible') listener();
  };
  window.addEventListener('focus', onFocus);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    window.removeEventListener('focus', onFocus);
    document.removeEventListener('visibilitychange', onVisible);
  };
};

/** Both sources in one. */
export function eitherWake(...sources: WakeSource[]): WakeSource {
  return (listener) => {
    const stops = sources.map((s) => s(listener));
    return () => stops.forEach((stop) => stop());
  };
}
