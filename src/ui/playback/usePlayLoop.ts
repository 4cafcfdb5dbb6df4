import { useEffect } from "react";
import { advance, selectPlaying, timeRange } from "../../state";
import { usePlayground, usePlaygroundStore } from "../storeContext";

/**
 * While playback runs, moves the cursor once per animation frame by the wall-clock
 * time elapsed (see `advance` in src/state/playback.ts), and stops at the end.
 */
export function usePlayLoop(): void {
  const store = usePlaygroundStore();
  const playing = usePlayground(selectPlaying);
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    const tick = (now: number): void => {
      const s = store.getState();
      const range = timeRange(s.lastGood);
      if (!s.playing || range === null) return;
      const next = advance(s.cursor, now - last, s.speed, range);
      last = now;
      s.playTo(next.cursor, next.ended);
      if (!next.ended) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, store]);
}
