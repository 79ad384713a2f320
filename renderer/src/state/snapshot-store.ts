// The small external-store base the renderer's stores share: an immutable snapshot, replaced on every
// change, and listeners for React's useSyncExternalStore. No React here, so stores run in plain tests.
export class SnapshotStore<S extends object> {
  #snapshot: S;
  #listeners = new Set<() => void>();

  constructor(initial: S) {
    this.#snapshot = initial;
  }

  readonly getSnapshot = (): S => this.#snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  };

  protected set(patch: Partial<S>): void {
    this.#snapshot = { ...this.#snapshot, ...patch };
    for (const l of [...this.#listeners]) l();
  }
}
