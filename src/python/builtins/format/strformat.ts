/**
 * `str.format` and `str.format_map`: replacement fields `{name.attr[key]!conv:spec}`
 * with automatic or manual numbering, nested fields inside the spec, `{{`/`}}`, and
 * CPython's messages (Objects/stringlib/unicode_format.h).
 */
import type { KwArgs, PyValue } from "../../objects/core";
import { getItem } from "../../interp/subscript";
import type { Interpreter } from "../../interp/interpreter";
import { convertField } from "./convert";
import { formatValue } from "./spec";

/** Where fields take their values: positional args (null for format_map) and a mapping. */
interface Sources {
  readonly args: readonly PyValue[] | null;
  /** A dict or any mapping; null when str.format got no keyword arguments. */
  readonly kwargs: PyValue | null;
  /** Automatic field numbering state. */
  auto: "init" | "auto" | "manual";
  next: number;
}

/** One replacement field as parsed. */
interface Field {
  name: string;
  conversion: string;
  spec: string;
  specHasFields: boolean;
}

/** A non-negative integer field name part, or -1 when it is not all digits. */
function integerName(rt: Interpreter, s: string): number {
  if (s.length === 0 || !/^[0-9]+$/.test(s)) return -1;
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw rt.error("ValueError", "Too many decimal digits in format string");
  return n;
}

/** Parse the field starting after its `{`; returns the field and the position after its `}`. */
function parseField(rt: Interpreter, s: string, pos: number): [Field, number] {
  const n = s.length;
  const start = pos;
  let c = "";
  while (pos < n) {
    c = s[pos++]!;
    if (c === "{") throw rt.error("ValueError", "unexpected '{' in field name");
    if (c === "[") {
      while (pos < n && s[pos] !== "]") pos++;
      continue;
    }
    if (c === "}" || c === ":" || c === "!") break;
  }
  const field: Field = { name: s.slice(start, pos - 1), conversion: "", spec: "", specHasFields: false };
  if (c === "!" || c === ":") {
    if (c === "!") {
      if (pos >= n) throw rt.error("ValueError", "end of string while looking for conversion specifier");
      const cp = s.codePointAt(pos)!;
      field.conversion = String.fromCodePoint(cp);
      pos += cp > 0xffff ? 2 : 1;
      if (pos < n) {
        const d = s[pos++];
        if (d === "}") return [field, pos];
        if (d !== ":") throw rt.error("ValueError", "expected ':' after conversion specifier");
      }
    }
    const specStart = pos;
    let depth = 1;
    while (pos < n) {
      const d = s[pos++];
      if (d === "{") {
        field.specHasFields = true;
        depth++;
      } else if (d === "}" && --depth === 0) {
        field.spec = s.slice(specStart, pos - 1);
        return [field, pos];
      }
    }
    throw rt.error("ValueError", "unmatched '{' in format spec");
  }
  if (c !== "}") {
    throw rt.error("ValueError", "expected '}' before end of string");
  }
  return [field, pos];
}

/** Resolve `name.attr[key]...` to a value. */
function fieldValue(rt: Interpreter, name: string, src: Sources): PyValue {
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  const first = name.slice(0, i);
  let index = integerName(rt, first);
  const empty = first.length === 0;
  if (empty || index !== -1) {
    if (src.auto === "init") src.auto = empty ? "auto" : "manual";
    if (src.auto === "manual" && empty) {
      throw rt.error("ValueError", "cannot switch from manual field specification to automatic field numbering");
    }
    if (src.auto === "auto" && !empty) {
      throw rt.error("ValueError", "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) index = src.next++;
  }
  let obj: PyValue;
  if (index === -1) {
    if (src.kwargs === null) throw rt.error("KeyError", first);
    obj = getItem(rt, src.kwargs, first);
  } else {
    if (src.args === null) throw rt.error("ValueError", "Format string contains positional fields");
    if (index >= src.args.length) {
      throw rt.error("IndexError", `Replacement index ${index} out of range for positional args tuple`);
    }
    obj = src.args[index];
  }
  while (i < name.length) {
    const kind = name[i++];
    let part: string;
    if (kind === ".") {
      const j = i;
      while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
      part = name.slice(j, i);
    } else if (kind === "[") {
      const j = i;
      while (i < name.length && name[i] !== "]") i++;
      if (i >= name.length) throw rt.error("ValueError", "Missing ']' in format string");
      part = name.slice(j, i++);
    } else {
      throw rt.error("ValueError", "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (part.length === 0) throw rt.error("ValueError", "Empty attribute in format string");
    if (kind === ".") obj = rt.getattr(obj, part);
    else {
      const k = integerName(rt, part);
      obj = getItem(rt, obj, k === -1 ? part : k);
    }
  }
  return obj;
}

function build(rt: Interpreter, s: string, src: Sources, depth: number): string {
  if (depth <= 0) throw rt.error("ValueError", "Max string recursion exceeded");
  let out = "";
  const n = s.length;
  let pos = 0;
  while (pos < n) {
    // Literal text up to the next brace; a doubled brace is one literal brace.
    let j = pos;
    while (j < n && s[j] !== "{" && s[j] !== "}") j++;
    out += s.slice(pos, j);
    if (j >= n) break;
    const brace = s[j]!;
    pos = j + 1;
    if (brace === "}") {
      if (pos >= n || s[pos] !== "}") throw rt.error("ValueError", "Single '}' encountered in format string");
      out += "}";
      pos++;
      continue;
    }
    if (pos >= n) throw rt.error("ValueError", "Single '{' encountered in format string");
    if (s[pos] === "{") {
      out += "{";
      pos++;
      continue;
    }
    const [field, after] = parseField(rt, s, pos);
    pos = after;
    let value = fieldValue(rt, field.name, src);
    if (field.conversion) {
      if (!"rsa".includes(field.conversion)) {
        const code = field.conversion.codePointAt(0)!;
        const shown = code > 32 && code < 127 ? field.conversion : "\\x" + code.toString(16);
        throw rt.error("ValueError", `Unknown conversion specifier ${shown}`);
      }
      value = convertField(rt, value, field.conversion);
    }
    const spec = field.specHasFields ? build(rt, field.spec, src, depth - 1) : field.spec;
    out += typeof value === "string" && spec === "" ? value : formatValue(rt, value, spec);
    rt.checkLength(out.length);
  }
  return out;
}

/** `fmt.format(*args, **kwargs)`. */
export function strFormat(rt: Interpreter, fmt: string, args: readonly PyValue[], kwargs: KwArgs | null): string {
  let kw: PyValue | null = null;
  if (kwargs && kwargs.names.length) {
    const d = rt.newDict();
    kwargs.names.forEach((name, i) => rt.dictSet(d, name, kwargs.values[i]));
    kw = d;
  }
  return build(rt, fmt, { args, kwargs: kw, auto: "init", next: 0 }, 2);
}

/** `fmt.format_map(mapping)`. */
export function strFormatMap(rt: Interpreter, fmt: string, mapping: PyValue): string {
  return build(rt, fmt, { args: null, kwargs: mapping, auto: "init", next: 0 }, 2);
}
