/**
 * SyntaxError's fields (msg, filename, lineno, offset, text, end_lineno, end_offset)
 * and its str(), `msg (file.py, line 3)`, as CPython's: the constructor takes
 * `(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`, and
 * compile()/eval()/exec() raise it that way for code that does not parse.
 */
import { None, type PyValue } from "../objects/core";
import { PyTuple, EMPTY_TUPLE } from "../objects/containers";
import { excType, type PyException } from "../objects/exceptions";
import type { Interpreter } from "../interp/interpreter";
import { getter, methods } from "./registry";

const FIELDS = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"] as const;

type SyntaxErrorFields = PyException & { syntax?: Map<string, PyValue> };

const fields = (e: PyValue): Map<string, PyValue> => ((e as SyntaxErrorFields).syntax ??= new Map());

const syntaxErrorType = excType("SyntaxError");

methods(syntaxErrorType, {
  __init__: (rt, self, args) => {
    const e = self as SyntaxErrorFields;
    e.args = args.length ? new PyTuple(args) : EMPTY_TUPLE;
    const f = fields(e);
    f.clear();
    if (args.length >= 1) f.set("msg", args[0]!);
    if (args.length === 2) {
      const info = rt.toArray(args[1]!);
      if (info.length < 4 || info.length > 6) throw rt.error("IndexError", "tuple index out of range");
      info.forEach((v, i) => f.set(FIELDS[i]!, v));
    }
    return None;
  },
  __str__: (rt, self) => {
    const f = fields(self);
    const msg = f.get("msg") ?? None;
    const filename = f.get("filename") ?? None;
    const lineno = f.get("lineno") ?? None;
    const text = rt.str(msg);
    // CPython names the file by its base name.
    const file = typeof filename === "string" ? filename.slice(filename.lastIndexOf("/") + 1) : null;
    const line = typeof lineno === "number" ? lineno : null;
    if (file !== null && line !== null) return `${text} (${file}, line ${line})`;
    if (file !== null) return `${text} (${file})`;
    if (line !== null) return `${text} (line ${line})`;
    return text;
  },
});

for (const name of ["msg", ...FIELDS, "print_file_and_line"]) {
  getter(
    syntaxErrorType,
    name,
    (_rt, self) => fields(self).get(name) ?? None,
    (_rt, self, v) => void fields(self).set(name, v),
  );
}

/** A SyntaxError as compile() raises it for `source` (named `filename`) at line/col. */
export function syntaxError(
  rt: Interpreter,
  type: string,
  message: string,
  filename: string,
  source: string,
  line: number,
  col: number,
): PyException {
  const text = source.split("\n")[line - 1];
  const info = new PyTuple([filename, line, col, text === undefined ? None : `${text}\n`, line, col + 1]);
  return rt.call(excType(type), [message, info]) as PyException;
}
