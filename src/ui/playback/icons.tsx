// Playback icons as inline SVG: media-control glyphs (⏮ ⏭ ⏸) are missing from many
// system fonts and would show as empty boxes.

const common = { width: 14, height: 14, viewBox: "0 0 14 14", "aria-hidden": true, focusable: false } as const;

/** Step back. */
export const PreviousIcon = () => (
  <svg {...common}>
    <path d="M2 2h2v10H2zM12 2v10L5 7z" fill="currentColor" />
  </svg>
);

/** Step forward. */
export const NextIcon = () => (
  <svg {...common}>
    <path d="M10 2h2v10h-2zM2 2v10l7-5z" fill="currentColor" />
  </svg>
);

/** Play. */
export const PlayIcon = () => (
  <svg {...common}>
    <path d="M3 2v10l9-5z" fill="currentColor" />
  </svg>
);

/** Pause. */
export const PauseIcon = () => (
  <svg {...common}>
    <path d="M3 2h3v10H3zM8 2h3v10H8z" fill="currentColor" />
  </svg>
);
