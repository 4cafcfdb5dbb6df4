import { snapshot, whenIdle, type PlaygroundSnapshot, type PlaygroundStore } from "../state";

/**
 * What the page exposes as `window.__playground`, so end-to-end tests and
 * benchmarks wait on an explicit signal instead of sleeping. See e2e/README.md.
 */
export interface PlaygroundHandle {
  /** True once the editor is mounted and holds the scenario text. */
  ready: boolean;
  /** Resolves when `ready` turns true. */
  whenReady: Promise<void>;
  /** The scenario text, as the editor holds it. */
  getCode(): string;
  /** Replaces the scenario text; the editor follows (and a run follows the pause). */
  setCode(code: string): void;
  /**
   * Resolves when no run is due or in flight and the chart has drawn the newest
   * result (at once when that is already so).
   */
  idle(): Promise<void>;
  /** A plain-data snapshot: run status, the shown trace and its conformance view, diagnostics. */
  getState(): PlaygroundSnapshot;
}

declare global {
  interface Window {
    __playground?: PlaygroundHandle;
  }
}

/** Builds the handle for `store`, with the function that marks it ready. */
export function createPlaygroundHandle(store: PlaygroundStore): {
  handle: PlaygroundHandle;
  markReady: () => void;
} {
  let resolve: () => void = () => {};
  const whenReady = new Promise<void>((r) => {
    resolve = r;
  });
  const handle: PlaygroundHandle = {
    ready: false,
    whenReady,
    getCode: () => store.getState().code,
    setCode: (code) => store.getState().setCode(code),
    idle: () => whenIdle(store),
    getState: () => snapshot(store.getState()),
  };
  const markReady = () => {
    handle.ready = true;
    resolve();
  };
  return { handle, markReady };
}
