import type { StateCreator } from "zustand";
import type { VTime } from "../trace";
import { PLAYBACK_SPEEDS, stepTime, stopTimes, timeRange, type PlaybackSpeed } from "./playback";
import type { PlaygroundState } from "./store";

/** The time cursor the chart, the console and the editor follow. */
export interface PlaybackSlice {
  /** null shows everything (no cursor). */
  cursor: VTime | null;
  playing: boolean;
  speed: PlaybackSpeed;
  /** Moves the cursor; null removes it. Stops playing when the user moves it by hand. */
  setCursor(cursor: VTime | null): void;
  /** Moves the cursor while playing (keeps playing, stops at the end). */
  playTo(cursor: VTime, ended: boolean): void;
  play(): void;
  pause(): void;
  /** To the next (1) or previous (-1) moment something happens in the shown trace. */
  step(dir: 1 | -1): void;
  setSpeed(speed: PlaybackSpeed): void;
}

/** Builds the playback slice. */
export const playbackSlice: StateCreator<PlaygroundState, [], [], PlaybackSlice> = (set, get) => ({
  cursor: null,
  playing: false,
  speed: 1,
  setCursor: (cursor) => set({ cursor, playing: false }),
  playTo: (cursor, ended) => set({ cursor, playing: !ended }),
  play: () => {
    const range = timeRange(get().lastGood);
    if (!range) return;
    const { cursor } = get();
    // Playing from the end (or from no cursor) starts again at the beginning.
    set({ playing: true, cursor: cursor === null || cursor >= range.end ? range.start : cursor });
  },
  pause: () => set({ playing: false }),
  step: (dir) => set({ cursor: stepTime(stopTimes(get().lastGood), get().cursor, dir), playing: false }),
  setSpeed: (speed) => {
    if ((PLAYBACK_SPEEDS as readonly number[]).includes(speed)) set({ speed });
  },
});

/** The cursor kept across new results while it still falls inside the new trace. */
export function cursorForNewTrace(cursor: VTime | null, range: { start: VTime; end: VTime } | null): VTime | null {
  if (cursor === null || range === null) return null;
  return cursor >= range.start && cursor <= range.end ? cursor : null;
}
