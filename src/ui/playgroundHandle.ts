import type { PlaygroundStore } from "../state";

/**
 * What the page exposes as `window.__playground`, so end-to-end tests wait on
 * an explicit signal instead of sleeping. See e2e/README.md.
 */
export interface PlaygroundHandle {
  /** True once the editor is mounted and holds the scenario text. */
  ready: boolean;
  /** Resolves when `ready` turns true. */
  whenReady: Promise<void>;
  /** The scenario text, as the editor holds it. */
  getCode(): string;
  /** Replaces the scenario text; the editor follows. */
  setCode(code: string): void;
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
  };
  const markReady = () => {
    handle.ready = true;
    resolve();
  };
  return { handle, markReady };
}
