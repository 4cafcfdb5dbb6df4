/**
 * Compares two conformance traces with exactly the rules of
 * tools/trace-compare/trace-compare.py (same normalizations, same matching, same
 * messages), so a test in TypeScript gives the verdict the Python tool gives:
 *
 *   1. the same events (source + normalized text), none missing, none extra;
 *   2. the same order for every two events the expected trace puts more than
 *      `windowMs` apart;
 *   3. each event's time within max(`absMs`, `rel` × expected time) (unless `orderOnly`).
 */
import { PY_SPACE } from "./pytext";

export interface CompareOptions {
  /** Skip the timing check (the tool's `--order-only`). */
  readonly orderOnly?: boolean;
  /** Absolute time tolerance in ms; 30 (`--abs`). */
  readonly absMs?: number;
  /** Relative time tolerance; 0.15 (`--rel`). */
  readonly rel?: number;
  /** Events closer than this in the expected trace may come in either order; 20 (`--window`). */
  readonly windowMs?: number;
}

export interface CompareResult {
  readonly ok: boolean;
  /** The tool's problem lines (`missing: ...`, `extra:   ...`, `order:   ...`, `time:    ...`). */
  readonly problems: readonly string[];
  /** How many expected events found a partner. */
  readonly matched: number;
  readonly expectedCount: number;
  /** The tool's last line: `OK: N events match` or `FAIL: N problem(s); M of K expected events matched`. */
  readonly verdict: string;
}

/** One event of a trace after normalization. */
export interface TraceLine {
  readonly ms: number;
  readonly source: string;
  readonly text: string;
}

// Python's `\s`, `\S`, `\d` and `\w` are Unicode-aware; these classes make the
// JavaScript patterns accept the same characters.
const S = `[${PY_SPACE}]`;
const NOT_S = `[^${PY_SPACE}]`;
const LINE = new RegExp(`^T(\\p{Nd}+)${S}+(${NOT_S}+)${S}+([^\\n]*)$`, "u");
const ADDRESS_IN_PARENS = /\((?:127\.0\.0\.1|::1|[0-9a-f:.]+)\)/g;
const DURATION = /\p{Nd}+(?:\.\p{Nd}+)?ms(?![\p{L}\p{N}_])/gu;
const OBJECT_ADDRESS = / at 0x[0-9a-f]+/g;
// Where Python and Tornado are installed is the machine's, not the behaviour's: the
// location in an ImportError, the directory of Tornado's own files.
const IMPORT_LOCATION = /(cannot import name '[^']*' from '[^']*') \([^()]*\)/g;
const TORNADO_DIR = new RegExp(`/[^${PY_SPACE}'"():]*/tornado/(?=[\\p{L}\\p{N}_]+\\.py)`, "gu");
const SPACES = new RegExp(`${S}+`, "g");
const EDGES = new RegExp(`^${S}+|${S}+$`, "g");

/** The events of a trace text as the tool loads them; lines of another form are skipped. */
export function parseTrace(text: string): TraceLine[] {
  const out: TraceLine[] = [];
  // Python reads the files with universal newlines: \r\n and \r end lines too.
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  for (const raw of lines) {
    const m = LINE.exec(raw);
    if (!m) continue;
    const body = m[3]
      .replace(ADDRESS_IN_PARENS, "(<ip>)")
      .replace(DURATION, "<ms>")
      .replace(OBJECT_ADDRESS, "")
      .replace(IMPORT_LOCATION, "$1 (<location>)")
      .replace(TORNADO_DIR, "<tornado>/")
      .replace(SPACES, " ")
      .replace(EDGES, "");
    out.push({ ms: pyInt(m[1]), source: m[2], text: body });
  }
  return out;
}

/** Compares `actual` against `expected` (both conformance trace texts). */
export function compareTraces(expected: string, actual: string, opts: CompareOptions = {}): CompareResult {
  const absTol = opts.absMs ?? 30;
  const relTol = opts.rel ?? 0.15;
  const window = opts.windowMs ?? 20;
  const exp = parseTrace(expected);
  const act = parseTrace(actual);
  const problems: string[] = [];

  // 1. match events by (source, text), in order of appearance
  const pool = new Map<string, number[]>();
  act.forEach((e, i) => {
    const key = keyOf(e);
    const list = pool.get(key);
    if (list) list.push(i);
    else pool.set(key, [i]);
  });
  const pairs: [number, number][] = [];
  exp.forEach((e, i) => {
    const list = pool.get(keyOf(e));
    if (list && list.length > 0) pairs.push([i, list.shift()!]);
    else problems.push(`missing: T${e.ms} ${e.source} ${e.text}`);
  });
  for (const left of pool.values()) {
    for (const j of left) problems.push(`extra:   T${act[j].ms} ${act[j].source} ${act[j].text}`);
  }

  // 2. order of events that are clearly apart in the expected trace
  for (let a = 0; a < pairs.length; a++) {
    for (let b = a + 1; b < pairs.length; b++) {
      const [ea, aa] = pairs[a];
      const [eb, ab] = pairs[b];
      if (exp[eb].ms - exp[ea].ms > window && ab < aa) {
        problems.push(
          `order:   '${exp[ea].source} ${exp[ea].text}' should come before '${exp[eb].source} ${exp[eb].text}'`,
        );
      }
    }
  }

  // 3. timing
  if (!opts.orderOnly) {
    for (const [e, a] of pairs) {
      const te = exp[e].ms;
      const ta = act[a].ms;
      if (Math.abs(te - ta) > Math.max(absTol, relTol * te)) {
        problems.push(`time:    '${exp[e].source} ${exp[e].text}' at T${ta}, expected about T${te}`);
      }
    }
  }

  const verdict =
    problems.length > 0
      ? `FAIL: ${problems.length} problem(s); ${pairs.length} of ${exp.length} expected events matched`
      : `OK: ${exp.length} events match`;
  return { ok: problems.length === 0, problems, matched: pairs.length, expectedCount: exp.length, verdict };
}

function keyOf(e: TraceLine): string {
  return JSON.stringify([e.source, e.text]);
}

/** `int()` of a run of Unicode decimal digits. */
function pyInt(digits: string): number {
  let n = 0;
  for (const ch of digits) n = n * 10 + digitValue(ch.codePointAt(0)!);
  return n;
}

// Unicode lays out every decimal digit set as ten consecutive code points from its
// zero, and adjacent sets follow one another whole; so a digit's value is its
// distance from the start of its run of digits, modulo 10.
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  let start = c;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return (c - start) % 10;
}
