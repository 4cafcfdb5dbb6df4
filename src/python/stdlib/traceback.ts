/**
 * The `traceback` module of a plain program: format_exc / print_exc for the exception
 * being handled, format_exception / print_exception for a given one (both call forms),
 * format_exception_only. The text is the interpreter's `formatException` hook's (what
 * CPython prints for an uncaught exception; runProgram sets it); print_* write to
 * stderr. The runtime layer provides a fuller module of its own.
 */
import { PyModule, None, type KwArgs, type PyValue } from "../objects/core";
import { PyList } from "../objects/containers";
import { PyTraceback, isPyException, type PyException } from "../objects/exceptions";
import { fn } from "../builtins/registry";
import type { Interpreter } from "../interp/interpreter";

/** Split traceback text into format_exception's list: one string per header, frame and exception line. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/(?<=\n)/)) {
    // A frame's source line and its marker line (indented further) join the frame's `File ...` line.
    if (line.startsWith("    ") && out.length && out[out.length - 1]!.startsWith("  File ")) {
      out[out.length - 1] += line;
    } else out.push(line);
  }
  return out;
}

export function tracebackModule(rt: Interpreter): PyModule {
  const format = (e: PyException): string => rt.hooks.formatException?.(rt, e) ?? "";
  /** The exception `format_exception` is about: `(exc)` or `(etype, value, tb)`. */
  const exceptionArg = (args: PyValue[], kw: KwArgs | null): PyException | null => {
    const names = kw?.names ?? [];
    const value = args.length >= 2 ? args[1] : names.includes("value") ? kw!.values[names.indexOf("value")] : args[0];
    return isPyException(value) ? value : null;
  };
  /** The text for `e` with the traceback `tb` (None drops the frames). */
  const formatWith = (e: PyException, tb: PyValue | undefined): string => {
    if (tb !== None) return format(e);
    const saved = e.traceback;
    e.traceback = [];
    try {
      return format(e);
    } finally {
      e.traceback = saved;
    }
  };
  const tbArg = (args: PyValue[]): PyValue | undefined =>
    args.length >= 3 ? (args[2] instanceof PyTraceback ? args[2] : args[2] === None ? None : undefined) : undefined;
  const formatExc = (): string => {
    const e = rt.handling[rt.handling.length - 1];
    return e ? format(e) : "NoneType: None\n";
  };
  const m = new PyModule("traceback");
  const d = m.$dict!;
  d.set(
    "format_exc",
    fn("format_exc", () => formatExc()),
  );
  d.set(
    "print_exc",
    fn("print_exc", () => {
      rt.writeErr(formatExc());
      return None;
    }),
  );
  d.set(
    "format_exception",
    fn("format_exception", (_rt, args, kw) => {
      const e = exceptionArg(args, kw);
      return new PyList(e ? pieces(formatWith(e, tbArg(args))) : ["NoneType: None\n"]);
    }),
  );
  d.set(
    "print_exception",
    fn("print_exception", (_rt, args, kw) => {
      const e = exceptionArg(args, kw);
      rt.writeErr(e ? formatWith(e, tbArg(args)) : "NoneType: None\n");
      return None;
    }),
  );
  d.set(
    "format_exception_only",
    fn("format_exception_only", (_rt, args) => {
      const value = args.length >= 2 ? args[1] : args[0];
      return new PyList(isPyException(value) ? [formatWith(value, None)] : ["NoneType: None\n"]);
    }),
  );
  return m;
}
