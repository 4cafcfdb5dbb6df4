/**
 * `re.Pattern` and `re.Match`: the Python objects over a compiled engine, with
 * CPython's methods, reprs, argument handling and messages.
 */
import { PyObject, PyType, None, NotImplemented, typeOf, type KwArgs, type PyValue } from "../objects/core";
import { PyList, PyTuple } from "../objects/containers";
import { PyIterator, STOP } from "../interp/iter";
import type { Interpreter } from "../interp/interpreter";
import { parseArgs } from "../builtins/registry";
import { strRepr } from "../interp/repr";
import { defGetter, defMethods, indexArg, newClass } from "./util";
import { FLAG, RegexError } from "./re-parse";
import { matchAt, scan, searchAt, Positions, type Engine, type RawMatch } from "./re-engine";
import { parseTemplate, UnknownGroupName, type TemplatePart } from "./re-template";

/** A compiled pattern. */
export class PatternObj extends PyObject {
  constructor(
    cls: PyType,
    readonly pattern: string,
    readonly flags: number,
    readonly engine: Engine,
  ) {
    super(cls);
  }
  get groups(): number {
    return this.engine.parsed.groups;
  }
  get names(): ReadonlyMap<string, number> {
    return this.engine.parsed.names;
  }
}

/** A match: spans in code points, and the string's UTF-16 spans for slicing. */
export class MatchObj extends PyObject {
  constructor(
    cls: PyType,
    readonly pattern: PatternObj,
    readonly string: string,
    readonly positions: Positions,
    readonly raw: RawMatch,
    readonly pos: number,
    readonly endpos: number,
  ) {
    super(cls);
  }

  span(g: number): [number, number] {
    const [a, b] = this.raw.span(g);
    return a < 0 ? [-1, -1] : [this.positions.cp(a), this.positions.cp(b)];
  }

  value(g: number, dflt: PyValue = None): PyValue {
    const v = this.raw.value(g);
    return v === undefined ? dflt : v;
  }

  /** The matched group whose parenthesis closes last in the pattern (CPython's lastindex). */
  get lastindex(): number | null {
    const order = this.pattern.engine.parsed.closeOrder;
    for (let k = order.length - 1; k >= 0; k--) if (this.raw.value(order[k]!) !== undefined) return order[k]!;
    return null;
  }
}

/** What the `re` module needs from this file: the two classes and how to raise re.error. */
export interface ReKit {
  readonly patternType: PyType;
  readonly matchType: PyType;
}

/** The names of the flags, as Pattern.__repr__ spells them. */
const FLAG_NAMES: ReadonlyArray<readonly [number, string]> = [
  [FLAG.TEMPLATE, "re.TEMPLATE"],
  [FLAG.IGNORECASE, "re.IGNORECASE"],
  [FLAG.LOCALE, "re.LOCALE"],
  [FLAG.MULTILINE, "re.MULTILINE"],
  [FLAG.DOTALL, "re.DOTALL"],
  [FLAG.VERBOSE, "re.VERBOSE"],
  [FLAG.DEBUG, "re.DEBUG"],
  [FLAG.ASCII, "re.ASCII"],
];

function stringArg(rt: Interpreter, v: PyValue): string {
  if (typeof v === "string") return v;
  throw rt.error("TypeError", `expected string or bytes-like object, got '${typeOf(v).name}'`);
}

/** Clamp pos/endpos (code points) to the string, as CPython does. */
function bounds(rt: Interpreter, pos: PyValue, endpos: PyValue, length: number): [number, number] {
  const clamp = (v: PyValue, dflt: number) => {
    if (v === undefined) return dflt;
    const n = Number(indexArg(rt, v));
    return Math.min(Math.max(n, 0), length);
  };
  return [clamp(pos, 0), clamp(endpos, length)];
}

/** Build the Pattern and Match classes; `reError` creates an `re.error` exception. */
export function makeReObjects(reError: (rt: Interpreter, e: RegexError, pattern: string) => unknown): ReKit {
  const patternType = newClass("Pattern", "re");
  const matchType = newClass("Match", "re");
  const p = (v: PyValue) => v as PatternObj;
  const m = (v: PyValue) => v as MatchObj;

  const newMatch = (po: PatternObj, s: string, positions: Positions, raw: RawMatch, pos: number, endpos: number) =>
    new MatchObj(matchType, po, s, positions, raw, pos, endpos);

  /** The match/search/fullmatch methods. */
  const finder =
    (mode: "search" | "match" | "full") => (rt: Interpreter, self: PyValue, args: PyValue[], kw: KwArgs | null) => {
      const [sv, posv, endv] = parseArgs(
        rt,
        mode === "full" ? "fullmatch" : mode,
        args,
        kw,
        ["string", "pos", "endpos"],
        1,
      );
      const po = p(self);
      const s = stringArg(rt, sv);
      const positions = new Positions(s);
      const [pos, endpos] = bounds(rt, posv, endv, positions.length);
      const a = positions.cu(pos);
      const b = positions.cu(endpos);
      const raw = mode === "search" ? searchAt(po.engine, s, a, b) : matchAt(po.engine, s, a, b, mode === "full");
      return raw ? newMatch(po, s, positions, raw, pos, endpos) : None;
    };

  /** A group argument (index or name) as a group number; IndexError "no such group" otherwise. */
  const groupIndex = (rt: Interpreter, mo: MatchObj, g: PyValue): number => {
    if (typeof g === "number" || typeof g === "boolean" || typeof g === "bigint") {
      const n = Number(g);
      if (n >= 0 && n <= mo.pattern.groups) return n;
    } else if (typeof g === "string") {
      const n = mo.pattern.names.get(g);
      if (n !== undefined) return n;
    }
    throw rt.error("IndexError", "no such group");
  };

  const template = (rt: Interpreter, po: PatternObj, repl: string): TemplatePart[] => {
    try {
      return parseTemplate(repl, po.groups, po.names);
    } catch (e) {
      if (e instanceof RegexError) throw reError(rt, e, repl);
      if (e instanceof UnknownGroupName) throw rt.error("IndexError", e.msg);
      throw e;
    }
  };

  const expand = (mo: MatchObj, parts: TemplatePart[]): string =>
    parts.map((part) => (typeof part === "string" ? part : (mo.value(part.group, "") as string))).join("");

  const subn = (rt: Interpreter, po: PatternObj, repl: PyValue, sv: PyValue, countv: PyValue): [string, number] => {
    const s = stringArg(rt, sv);
    const count = countv === undefined ? 0 : Number(indexArg(rt, countv));
    let parts: TemplatePart[] | null = null;
    const callable = typeof repl !== "string";
    if (!callable) parts = (repl as string).includes("\\") ? template(rt, po, repl as string) : [repl as string];
    const positions = new Positions(s);
    let out = "";
    let last = 0;
    let n = 0;
    let pieces = 0;
    for (const raw of scan(po.engine, s, 0, s.length, positions)) {
      const a = raw.start;
      const b = raw.end;
      if (a > last) pieces++;
      out += s.slice(last, a);
      if (callable) {
        const r = rt.call(repl, [newMatch(po, s, positions, raw, 0, positions.length)]);
        if (typeof r !== "string") {
          throw rt.error("TypeError", `sequence item ${pieces}: expected str instance, ${typeOf(r).name} found`);
        }
        out += r;
      } else out += expand(newMatch(po, s, positions, raw, 0, positions.length), parts!);
      pieces++;
      last = b;
      n++;
      if (count > 0 && n >= count) break;
    }
    return [out + s.slice(last), n];
  };

  defMethods(patternType, {
    search: finder("search"),
    match: finder("match"),
    fullmatch: finder("full"),
    findall: (rt, self, args, kw) => {
      const [sv, posv, endv] = parseArgs(rt, "findall", args, kw, ["string", "pos", "endpos"], 1);
      const po = p(self);
      const s = stringArg(rt, sv);
      const positions = new Positions(s);
      const [pos, endpos] = bounds(rt, posv, endv, positions.length);
      const out: PyValue[] = [];
      for (const raw of scan(po.engine, s, positions.cu(pos), positions.cu(endpos), positions)) {
        const val = (g: number) => raw.value(g) ?? "";
        if (po.groups === 0) out.push(val(0));
        else if (po.groups === 1) out.push(val(1));
        else out.push(new PyTuple(Array.from({ length: po.groups }, (_, i) => val(i + 1))));
        rt.checkLength(out.length);
      }
      return new PyList(out);
    },
    finditer: (rt, self, args, kw) => {
      const [sv, posv, endv] = parseArgs(rt, "finditer", args, kw, ["string", "pos", "endpos"], 1);
      const po = p(self);
      const s = stringArg(rt, sv);
      const positions = new Positions(s);
      const [pos, endpos] = bounds(rt, posv, endv, positions.length);
      const it = scan(po.engine, s, positions.cu(pos), positions.cu(endpos), positions);
      return new PyIterator("callable_iterator", () => {
        const r = it.next();
        return r.done ? STOP : newMatch(po, s, positions, r.value, pos, endpos);
      });
    },
    sub: (rt, self, args, kw) => {
      const [repl, sv, countv] = parseArgs(rt, "sub", args, kw, ["repl", "string", "count"], 2);
      return subn(rt, p(self), repl, sv, countv)[0];
    },
    subn: (rt, self, args, kw) => {
      const [repl, sv, countv] = parseArgs(rt, "subn", args, kw, ["repl", "string", "count"], 2);
      const [s, n] = subn(rt, p(self), repl, sv, countv);
      return new PyTuple([s, n]);
    },
    split: (rt, self, args, kw) => {
      const [sv, maxv] = parseArgs(rt, "split", args, kw, ["string", "maxsplit"], 1);
      const po = p(self);
      const s = stringArg(rt, sv);
      const maxsplit = maxv === undefined ? 0 : Number(indexArg(rt, maxv));
      const positions = new Positions(s);
      const out: PyValue[] = [];
      let last = 0;
      let n = 0;
      if (maxsplit >= 0) {
        for (const raw of scan(po.engine, s, 0, s.length, positions)) {
          if (maxsplit > 0 && n >= maxsplit) break;
          out.push(s.slice(last, raw.start));
          for (let g = 1; g <= po.groups; g++) out.push(raw.value(g) ?? None);
          last = raw.end;
          n++;
        }
      }
      out.push(s.slice(last));
      return new PyList(out);
    },
    __repr__: (_rt, self) => {
      const po = p(self);
      let text = strRepr(po.pattern);
      if (text.length > 200) text = text.slice(0, 200);
      const shown = po.flags & ~FLAG.UNICODE;
      if (!shown) return `re.compile(${text})`;
      const names = FLAG_NAMES.filter(([bit]) => shown & bit).map(([, n]) => n);
      const rest = shown & ~FLAG_NAMES.reduce((acc, [bit]) => acc | bit, 0);
      if (rest) names.push(`0x${rest.toString(16)}`);
      return `re.compile(${text}, ${names.join("|")})`;
    },
    __eq__: (_rt, self, [o]) => {
      if (!(o instanceof PatternObj)) return NotImplemented;
      return o.pattern === p(self).pattern && o.flags === p(self).flags;
    },
    __hash__: (rt, self) => rt.hash(new PyTuple([p(self).pattern, p(self).flags])),
    __copy__: (_rt, self) => self,
    __deepcopy__: (_rt, self) => self,
  });
  defGetter(patternType, "pattern", (_rt, self) => p(self).pattern);
  defGetter(patternType, "flags", (_rt, self) => p(self).flags);
  defGetter(patternType, "groups", (_rt, self) => p(self).groups);
  defGetter(patternType, "groupindex", (rt, self) => {
    const d = rt.newDict();
    for (const [k, v] of p(self).names) rt.dictSet(d, k, v);
    return d;
  });

  const group = (rt: Interpreter, self: PyValue, args: PyValue[]): PyValue => {
    const mo = m(self);
    if (args.length === 0) return mo.value(0);
    if (args.length === 1) return mo.value(groupIndex(rt, mo, args[0]));
    return new PyTuple(args.map((g) => mo.value(groupIndex(rt, mo, g))));
  };
  const spanArg = (rt: Interpreter, mo: MatchObj, args: PyValue[], name: string): number => {
    if (args.length > 1) throw rt.error("TypeError", `${name} expected at most 1 argument, got ${args.length}`);
    return args.length ? groupIndex(rt, mo, args[0]) : 0;
  };

  defMethods(matchType, {
    group: (rt, self, args) => group(rt, self, args),
    __getitem__: (rt, self, [g]) => group(rt, self, [g]),
    groups: (rt, self, args, kw) => {
      const [dflt] = parseArgs(rt, "groups", args, kw, ["default"]);
      const mo = m(self);
      return new PyTuple(Array.from({ length: mo.pattern.groups }, (_, i) => mo.value(i + 1, dflt ?? None)));
    },
    groupdict: (rt, self, args, kw) => {
      const [dflt] = parseArgs(rt, "groupdict", args, kw, ["default"]);
      const mo = m(self);
      const d = rt.newDict();
      for (const [name, idx] of mo.pattern.names) rt.dictSet(d, name, mo.value(idx, dflt ?? None));
      return d;
    },
    start: (rt, self, args) => m(self).span(spanArg(rt, m(self), args, "start"))[0],
    end: (rt, self, args) => m(self).span(spanArg(rt, m(self), args, "end"))[1],
    span: (rt, self, args) => new PyTuple(m(self).span(spanArg(rt, m(self), args, "span"))),
    expand: (rt, self, [t]) => {
      const mo = m(self);
      return expand(mo, template(rt, mo.pattern, stringArg(rt, t)));
    },
    __repr__: (rt, self) => {
      const mo = m(self);
      const [a, b] = mo.span(0);
      return `<re.Match object; span=(${a}, ${b}), match=${rt.repr(mo.value(0))}>`;
    },
    __bool__: () => true,
    __copy__: (_rt, self) => self,
    __deepcopy__: (_rt, self) => self,
  });
  defGetter(matchType, "string", (_rt, self) => m(self).string);
  defGetter(matchType, "re", (_rt, self) => m(self).pattern);
  defGetter(matchType, "pos", (_rt, self) => m(self).pos);
  defGetter(matchType, "endpos", (_rt, self) => m(self).endpos);
  defGetter(matchType, "lastindex", (_rt, self) => m(self).lastindex ?? None);
  defGetter(matchType, "lastgroup", (_rt, self) => {
    const mo = m(self);
    const li = mo.lastindex;
    if (li === null) return None;
    for (const [name, idx] of mo.pattern.names) if (idx === li) return name;
    return None;
  });
  defGetter(matchType, "regs", (_rt, self) => {
    const mo = m(self);
    return new PyTuple(Array.from({ length: mo.pattern.groups + 1 }, (_, g) => new PyTuple(mo.span(g))));
  });
  return { patternType, matchType };
}
