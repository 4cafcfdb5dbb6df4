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
  /** The sticky RegExp with the `d` flag, made when a group's position is first asked for. */
  withIndices: RegExp | null;
  /** Whether the pattern can match both empty and non-empty text (see {@link scan}). */
  readonly mixedWidth: boolean;
  readonly source: string;
  readonly jsFlags: string;
}

/** Compile the JS side of a parsed pattern (throws UnsupportedPattern or SyntaxError). */
export function makeEngine(parsed: Parsed): Engine {
  const e = emitPattern(parsed);
  // No `d` flag here: match indices slow every search down, and only group spans need them.
  const flags = "u" + (e.ignoreCase ? "i" : "");
  const [lo, hi] = width(parsed.root);
  return {
    parsed,
    jsIndex: e.jsIndex,
    search: new RegExp(e.source, flags + "g"),
    sticky: new RegExp(e.source, flags + "y"),
    full: new RegExp(`(?:${e.source})$`, flags + "y"),
    withIndices: null,
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

/** One match (UTF-16 offsets). Group positions are found only when asked for. */
export class RawMatch {
  private spans: ([number, number] | null)[] | null = null;

  constructor(
    private readonly engine: Engine,
    private readonly m: RegExpExecArray,
    private readonly hay: string,
  ) {}

  get start(): number {
    return this.m.index;
  }

  get end(): number {
    return this.m.index + this.m[0]!.length;
  }

  /** The text of Python group `g`, or undefined when it did not take part. */
  value(g: number): string | undefined {
    return g === 0 ? this.m[0] : this.m[this.engine.jsIndex[g]!];
  }

  /** The [start, end) of Python group `g`, or [-1, -1] when it did not take part. */
  span(g: number): readonly [number, number] {
    if (g === 0) return [this.start, this.end];
    if (this.value(g) === undefined) return [-1, -1];
    if (this.spans === null) {
      // Run the same match again with indices on: same text, same start, same result.
      const e = this.engine;
      e.withIndices ??= new RegExp(e.sticky.source, e.sticky.flags + "d");
      const re = e.withIndices;
      re.lastIndex = this.m.index;
      const again = re.exec(this.hay)!;
      this.spans = e.jsIndex.map((k) => (again.indices![k] ? [again.indices![k]![0], again.indices![k]![1]] : null));
    }
    return this.spans[g] ?? [-1, -1];
  }
}

function toRaw(engine: Engine, m: RegExpExecArray, hay: string): RawMatch {
  return new RawMatch(engine, m, hay);
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
  const h = hay(s, end);
  const m = re.exec(h);
  return m ? toRaw(engine, m, h) : null;
}

/** Match anchored at `pos`; `full` also requires the match to end at `end`. */
export function matchAt(engine: Engine, s: string, pos: number, end: number, full: boolean): RawMatch | null {
  if (pos > end) return null;
  const re = full ? engine.full : engine.sticky;
  re.lastIndex = pos;
  const h = hay(s, end);
  const m = re.exec(h);
  return m ? toRaw(engine, m, h) : null;
}

/** A non-empty match starting exactly at `pos`, if the pattern has one (after an empty match there). */
function nonEmptyAt(engine: Engine, s: string, pos: number, end: number, positions: Positions): RawMatch | null {
  // `(?<!^[\s\S]{n})` fails exactly when the match would end where it started.
  const re = new RegExp(`(?:${engine.source})(?<!^[\\s\\S]{${positions.cp(pos)}})`, engine.jsFlags + "y");
  re.lastIndex = pos;
  const h = hay(s, end);
  const m = re.exec(h);
  return m ? toRaw(engine, m, h) : null;
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
    mustAdvance = m.start === m.end;
    at = m.end;
  }
}
