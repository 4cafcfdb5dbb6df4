/**
 * Running a compiled pattern: JS RegExps for search, match and fullmatch, the scan
 * of successive matches with Python 3.7+'s empty-match rule, and conversions between
 * Python's code-point positions and JS's UTF-16 offsets.
 */
import { emitPattern } from "./re-emit";
import { width, type Parsed } from "./re-parse";

/** A compiled pattern's JS side. */
export interface Engine {
  readonly parsed: Parsed;
  readonly jsIndex: readonly number[];
  readonly search: RegExp;
  readonly sticky: RegExp;
  readonly full: RegExp;
  /** Whether the pattern can match both empty and non-empty text (see {@link scan}). */
  readonly mixedWidth: boolean;
  readonly source: string;
  readonly jsFlags: string;
}

/** Compile the JS side of a parsed pattern (throws UnsupportedPattern or SyntaxError). */
export function makeEngine(parsed: Parsed): Engine {
  const e = emitPattern(parsed);
  const flags = "du" + (e.ignoreCase ? "i" : "");
  const [lo, hi] = width(parsed.root);
  return {
    parsed,
    jsIndex: e.jsIndex,
    search: new RegExp(e.source, flags + "g"),
    sticky: new RegExp(e.source, flags + "y"),
    full: new RegExp(`(?:${e.source})$`, flags + "y"),
    mixedWidth: lo === 0 && hi > 0,
    source: e.source,
    jsFlags: flags,
  };
}

/** Code point ↔ UTF-16 offsets for one string (identity when it has no astral characters). */
export class Positions {
  private readonly cpToCu: number[] | null;
  private readonly cuToCp: Int32Array | null;
  readonly length: number;

  constructor(readonly s: string) {
    if (!/[\uD800-\uDFFF]/.test(s)) {
      this.cpToCu = null;
      this.cuToCp = null;
      this.length = s.length;
      return;
    }
    const cp: number[] = [];
    const cu = new Int32Array(s.length + 1);
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      cu[i] = n;
      cp.push(i);
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cu[i + 1] = n;
          i++;
        }
      }
      n++;
    }
    cu[s.length] = n;
    cp.push(s.length);
    this.cpToCu = cp;
    this.cuToCp = cu;
    this.length = n;
  }

  cu(cp: number): number {
    return this.cpToCu ? this.cpToCu[cp]! : cp;
  }

  cp(cu: number): number {
    return this.cuToCp ? this.cuToCp[cu]! : cu;
  }
}

/** One match: UTF-16 spans per Python group ([-1, -1] when the group did not take part). */
export interface RawMatch {
  readonly spans: ReadonlyArray<readonly [number, number]>;
}

function toRaw(engine: Engine, m: RegExpExecArray): RawMatch {
  const spans: [number, number][] = [];
  const indices = m.indices!;
  for (let g = 0; g <= engine.parsed.groups; g++) {
    const span = indices[engine.jsIndex[g] ?? -1];
    spans.push(span ? [span[0], span[1]] : [-1, -1]);
  }
  return { spans };
}

/** The text a search sees: the string cut at `end` (UTF-16). */
function hay(s: string, end: number): string {
  return end >= s.length ? s : s.slice(0, end);
}

/** Search for the first match at or after `pos` (UTF-16), within `end`. */
export function searchAt(engine: Engine, s: string, pos: number, end: number): RawMatch | null {
  if (pos > end) return null;
  const re = engine.search;
  re.lastIndex = pos;
  const m = re.exec(hay(s, end));
  return m ? toRaw(engine, m) : null;
}

/** Match anchored at `pos`; `full` also requires the match to end at `end`. */
export function matchAt(engine: Engine, s: string, pos: number, end: number, full: boolean): RawMatch | null {
  if (pos > end) return null;
  const re = full ? engine.full : engine.sticky;
  re.lastIndex = pos;
  const m = re.exec(hay(s, end));
  return m ? toRaw(engine, m) : null;
}

/** A non-empty match starting exactly at `pos`, if the pattern has one (after an empty match there). */
function nonEmptyAt(engine: Engine, s: string, pos: number, end: number, positions: Positions): RawMatch | null {
  // `(?<!^[\s\S]{n})` fails exactly when the match would end where it started.
  const re = new RegExp(`(?:${engine.source})(?<!^[\\s\\S]{${positions.cp(pos)}})`, engine.jsFlags + "y");
  re.lastIndex = pos;
  const m = re.exec(hay(s, end));
  return m ? toRaw(engine, m) : null;
}

/**
 * All matches from `pos` to `end`, as finditer/findall/sub/split see them: after an
 * empty match the next one may start at the same place only if it is not empty.
 */
export function* scan(engine: Engine, s: string, pos: number, end: number, positions: Positions): Generator<RawMatch> {
  let at = pos;
  let mustAdvance = false;
  while (at <= end) {
    let m: RawMatch | null = null;
    if (mustAdvance) {
      if (engine.mixedWidth) m = nonEmptyAt(engine, s, at, end, positions);
      if (!m) {
        if (at >= end) return;
        const step = positions.cu(positions.cp(at) + 1);
        m = searchAt(engine, s, step, end);
      }
    } else m = searchAt(engine, s, at, end);
    if (!m) return;
    yield m;
    const [st, en] = m.spans[0]!;
    mustAdvance = st === en;
    at = en;
  }
}
