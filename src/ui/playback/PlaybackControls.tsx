import { useMemo } from "react";
import {
  PLAYBACK_SPEEDS,
  selectCursor,
  selectPlaying,
  selectShownEvents,
  selectSpeed,
  timeRange,
  type PlaybackSpeed,
} from "../../state";
import type { VTime } from "../../trace";
import { formatTime } from "../format";
import { usePlayground, usePlaygroundStore } from "../storeContext";
import { NextIcon, PauseIcon, PlayIcon, PreviousIcon } from "./icons";
import { usePlayLoop } from "./usePlayLoop";

/**
 * The time cursor and its controls: a slider over the trace's time, play/pause,
 * step to the previous or next event, the speed, and "all" to drop the cursor.
 * All native controls, so they work by keyboard and with screen readers.
 */
export function PlaybackControls() {
  const store = usePlaygroundStore();
  const events = usePlayground(selectShownEvents);
  const cursor = usePlayground(selectCursor);
  const playing = usePlayground(selectPlaying);
  const speed = usePlayground(selectSpeed);
  const range = useMemo(() => timeRange(events), [events]);
  usePlayLoop();

  const disabled = range === null;
  const start = range?.start ?? 0;
  const end = range?.end ?? 0;
  const value = cursor ?? end;
  const actions = store.getState();

  return (
    <div className="playback" role="group" aria-label="Playback">
      <button
        type="button"
        onClick={() => actions.step(-1)}
        disabled={disabled}
        aria-label="Previous event"
        title="Previous event"
      >
        <PreviousIcon />
      </button>
      <button
        type="button"
        onClick={() => (playing ? actions.pause() : actions.play())}
        disabled={disabled}
        aria-label={playing ? "Pause" : "Play"}
        title={playing ? "Pause" : "Play"}
      >
        {playing ? <PauseIcon /> : <PlayIcon />}
      </button>
      <button
        type="button"
        onClick={() => actions.step(1)}
        disabled={disabled}
        aria-label="Next event"
        title="Next event"
      >
        <NextIcon />
      </button>
      <input
        type="range"
        className="playback-slider"
        min={start}
        max={Math.max(end, start + 1)}
        step={1}
        value={value}
        disabled={disabled}
        aria-label="Time cursor"
        aria-valuetext={cursor === null ? `all, up to ${formatTime(end)}` : formatTime(cursor)}
        onChange={(e) => actions.setCursor(Number(e.target.value) as VTime)}
      />
      <output className="playback-time" aria-live="off">
        {cursor === null ? "all" : formatTime(cursor)}
      </output>
      <button
        type="button"
        onClick={() => actions.setCursor(null)}
        disabled={cursor === null}
        title="Show everything (remove the cursor)"
      >
        All
      </button>
      <label className="playback-speed">
        <span className="visually-hidden">Speed</span>
        <select
          value={String(speed)}
          onChange={(e) => actions.setSpeed(Number(e.target.value) as PlaybackSpeed)}
          aria-label="Playback speed"
        >
          {PLAYBACK_SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {s}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
