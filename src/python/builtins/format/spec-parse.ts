/**
 * Parsing the format-spec mini-language,
 * `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
 * as CPython's parse_internal_render_format_spec does, with its messages.
 */
import type { Interpreter } from "../../interp/interpreter";

export type Align = "<" | ">" | "^" | "=";

export interface FormatSpec {
  fill: string;
  align: Align;
  /** "" when not given. */
  sign: "" | "+" | "-" | " ";
  /** `z`: coerce negative zero. */
  noNegZero: boolean;
  /** `#`. */
  alternate: boolean;
  /** -1 when not given. */
  width: number;
  /** "" (none), "," or "_". */
  grouping: "" | "," | "_";
  /** -1 when not given. */
  precision: number;
  /** The presentation type, or "" for the default. */
  type: string;
}

const ALIGN = new Set(["<", ">", "^", "="]);
// Python's sys.maxsize bounds widths and precisions.
const MAX_SIZE = 2 ** 63 - 1;

/**
 * Parse `spec` for an object of type `typeName` (used in messages), with the
 * defaults of that type (`type` "d"/"s"/"", `align` ">" for numbers, "<" for str).
 */
export function parseSpec(
  rt: Interpreter,
  spec: string,
  typeName: string,
  defaultType: string,
  defaultAlign: Align,
): FormatSpec {
  // Code points: the fill may be any character, astral ones included.
  const c = spec.length === 0 ? [] : Array.from(spec);
  const end = c.length;
  const out: FormatSpec = {
    fill: " ",
    align: defaultAlign,
    sign: "",
    noNegZero: false,
    alternate: false,
    width: -1,
    grouping: "",
    precision: -1,
    type: defaultType,
  };
  let pos = 0;
  let fillGiven = false;
  let alignGiven = false;
  if (end - pos >= 2 && ALIGN.has(c[pos + 1]!)) {
    out.fill = c[pos]!;
    out.align = c[pos + 1] as Align;
    fillGiven = alignGiven = true;
    pos += 2;
  } else if (end - pos >= 1 && ALIGN.has(c[pos]!)) {
    out.align = c[pos] as Align;
    alignGiven = true;
    pos++;
  }
  if (pos < end && (c[pos] === "+" || c[pos] === "-" || c[pos] === " ")) out.sign = c[pos++] as "+" | "-" | " ";
  if (pos < end && c[pos] === "z") {
    out.noNegZero = true;
    pos++;
  }
  if (pos < end && c[pos] === "#") {
    out.alternate = true;
    pos++;
  }
  if (!fillGiven && pos < end && c[pos] === "0") {
    out.fill = "0";
    if (!alignGiven && defaultAlign === ">") out.align = "=";
    pos++;
  }
  const readInt = (): number => {
    let n = 0;
    let count = 0;
    while (pos < end && c[pos]! >= "0" && c[pos]! <= "9") {
      n = n * 10 + (c[pos]!.charCodeAt(0) - 48);
      if (n > MAX_SIZE) throw rt.error("ValueError", "Too many decimal digits in format string");
      pos++;
      count++;
    }
    return count === 0 ? -1 : n;
  };
  out.width = readInt();
  if (pos < end && c[pos] === ",") {
    out.grouping = ",";
    pos++;
  }
  if (pos < end && c[pos] === "_") {
    if (out.grouping) throw rt.error("ValueError", "Cannot specify both ',' and '_'.");
    out.grouping = "_";
    pos++;
  }
  if (pos < end && c[pos] === "," && out.grouping === "_") {
    throw rt.error("ValueError", "Cannot specify both ',' and '_'.");
  }
  if (pos < end && c[pos] === ".") {
    pos++;
    out.precision = readInt();
    if (out.precision < 0) throw rt.error("ValueError", "Format specifier missing precision");
  }
  if (end - pos > 1) {
    throw rt.error("ValueError", `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) out.type = c[pos]!;
  if (out.grouping) checkGrouping(rt, out);
  return out;
}

function checkGrouping(rt: Interpreter, spec: FormatSpec): void {
  const t = spec.type;
  if (["d", "e", "f", "g", "E", "G", "%", "F", ""].includes(t)) return;
  if (spec.grouping === "_" && ["b", "o", "x", "X"].includes(t)) return;
  const code = t.codePointAt(0)!;
  const shown = code > 32 && code < 128 ? t : "\\x" + code.toString(16);
  throw rt.error("ValueError", `Cannot specify '${spec.grouping}' with '${shown}'.`);
}
