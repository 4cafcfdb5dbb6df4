/**
 * The embed page's options, read from its query string and from `&name=value`
 * pairs after the share link in its fragment (the fragment wins):
 *
 * | name       | values                  | default                                  |
 * | ---------- | ----------------------- | ---------------------------------------- |
 * | `theme`    | `light`, `dark`, `auto` | `auto` (follows the reader's system)     |
 * | `view`     | `code`, `chart`, `both` | `both`                                   |
 * | `autoplay` | `1`/`true`, `0`/`false` | `1`: run as soon as the embed is shown   |
 * | `release`  | `3.2`, `4.5`, `5.1`, `6.5` | the scenario's `# tornado:` line      |
 * | `height`   | pixels, 120 to 4000     | none: the embed is as tall as its content |
 *
 * Unknown names and values that do not parse are ignored (listed in `ignored`), so
 * an old embed never breaks.
 */
import { encodeShareLink, isRelease, type Release } from "../../scenario";
import { splitFragment } from "../share/link";

export type EmbedTheme = "light" | "dark" | "auto";
export type EmbedView = "code" | "chart" | "both";

export interface EmbedOptions {
  readonly theme: EmbedTheme;
  readonly view: EmbedView;
  readonly autoplay: boolean;
  readonly release: Release | null;
  readonly height: number | null;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  theme: "auto",
  view: "both",
  autoplay: true,
  release: null,
  height: null,
};

/** The options of an embed opened at `search` (`?...`) and `hash` (`#1....&...`). */
export function readEmbedOptions(search: string, hash: string): { options: EmbedOptions; ignored: string[] } {
  const merged = new Map<string, string>();
  for (const [k, v] of new URLSearchParams(search)) merged.set(k, v);
  for (const [k, v] of splitFragment(hash).options) merged.set(k, v);
  const o: { -readonly [K in keyof EmbedOptions]: EmbedOptions[K] } = { ...DEFAULT_EMBED_OPTIONS };
  const ignored: string[] = [];
  for (const [k, v] of merged) {
    const ok = apply(o, k, v.trim().toLowerCase());
    if (!ok) ignored.push(`${k}=${v}`);
  }
  return { options: o, ignored };
}

function apply(o: { -readonly [K in keyof EmbedOptions]: EmbedOptions[K] }, k: string, v: string): boolean {
  switch (k) {
    case "theme":
      if (v !== "light" && v !== "dark" && v !== "auto") return false;
      o.theme = v;
      return true;
    case "view":
      if (v !== "code" && v !== "chart" && v !== "both") return false;
      o.view = v;
      return true;
    case "autoplay":
      if (["1", "true", "yes", ""].includes(v)) o.autoplay = true;
      else if (["0", "false", "no"].includes(v)) o.autoplay = false;
      else return false;
      return true;
    case "release":
      if (!isRelease(v)) return false;
      o.release = v;
      return true;
    case "height": {
      const n = Number(v.replace(/px$/, ""));
      if (!Number.isInteger(n) || n < 120 || n > 4000) return false;
      o.height = n;
      return true;
    }
    default:
      return false;
  }
}

/**
 * The URL of the embed page at `embedPage` (an absolute URL of `embed.html`) showing
 * `code` with `options`; only options that differ from the defaults are written.
 */
export function embedUrl(embedPage: string, code: string, options: Partial<EmbedOptions> = {}): string {
  const q = new URLSearchParams();
  const o = { ...DEFAULT_EMBED_OPTIONS, ...options };
  if (o.theme !== DEFAULT_EMBED_OPTIONS.theme) q.set("theme", o.theme);
  if (o.view !== DEFAULT_EMBED_OPTIONS.view) q.set("view", o.view);
  if (o.autoplay !== DEFAULT_EMBED_OPTIONS.autoplay) q.set("autoplay", o.autoplay ? "1" : "0");
  if (o.release) q.set("release", o.release);
  if (o.height !== null) q.set("height", String(o.height));
  const query = q.toString();
  const base = embedPage.replace(/[?#].*$/, "");
  return `${base}${query ? `?${query}` : ""}${encodeShareLink({ code, view: {} })}`;
}
