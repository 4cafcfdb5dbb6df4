/**
 * The `traceback` module: format_exc / print_exc for the exception being handled,
 * format_exception / print_exception for a given one (both call forms),
 * format_exception_only; the frames themselves with extract_tb / extract_stack (a
 * StackSummary of FrameSummary), format_tb / format_stack / format_list and print_tb /
 * print_stack. An exception's text is the interpreter's `formatException` hook's (what
 * CPython prints for it uncaught: runProgram and the runtime set it), a frame's source
 * line the `sourceLine` hook's, with 3.11's position markers under it where the frame
 * recorded where its failing operation was.
 * print_* write to stderr.
 */
import { PyModule, PyObject, PyType, None, NotImplemented, type KwArgs, type PyValue } from "../objects/core";
import { PyList, PyTuple, listType } from "../objects/containers";
import { PyException, PyTraceback, isPyException, type TracebackEntry } from "../objects/exceptions";
import { fn, getter, methods, parseArgs } from "../builtins/registry";
import { arrayIterator } from "../interp/iter";
import { getItem } from "../interp/subscript";
import type { Interpreter } from "../interp/interpreter";
import { newClass } from "./util";
import { formatTracebackEntry } from "../run";

/** One frame of a traceback or stack, as `traceback.FrameSummary`. */
class FrameSummary extends PyObject {
  /** The source line, stripped (null when there is none). */
  readonly line: string | null;
  constructor(
    type: PyType,
    readonly entry: TracebackEntry,
    /** The source line as written, for the position markers under it. */
    readonly original: string | null,
  ) {
    super(type);
    this.line = original?.trim() || null;
  }
  fields(): PyValue[] {
    return [this.entry.file, this.entry.line, this.entry.name, this.line ?? None];
  }
  /** The frame as format_list writes it: where, the source line, and 3.11's markers under it. */
  format(): string {
    const e = this.entry;
    return formatTracebackEntry(e, this.original, true);
  }
}

/** The FrameSummary class: a frame's file, line number, function name and source line. */
function makeFrameSummaryType(): PyType {
  const type = newClass("FrameSummary", "traceback");
  const summary = (v: PyValue) => v as FrameSummary;
  const fields = (v: PyValue) => new PyTuple(summary(v).fields());
  getter(type, "filename", (_rt, self) => summary(self).entry.file);
  getter(type, "lineno", (_rt, self) => summary(self).entry.line);
  getter(type, "name", (_rt, self) => summary(self).entry.name);
  getter(type, "line", (_rt, self) => summary(self).line ?? "");
  for (const name of ["end_lineno", "colno", "end_colno", "locals"]) getter(type, name, () => None);
  methods(type, {
    __repr__: (_rt, self) => {
      const e = summary(self).entry;
      return `<FrameSummary file ${e.file}, line ${e.line} in ${e.name}>`;
    },
    __iter__: (_rt, self) => arrayIterator("tuple_iterator", summary(self).fields()),
    __len__: () => 4,
    __getitem__: (rt, self, [i]) => getItem(rt, fields(self), i!),
    __eq__: (rt, self, [other]) =>
      other instanceof FrameSummary
        ? rt.eq(fields(self), fields(other))
        : other instanceof PyTuple
          ? rt.eq(fields(self), other)
          : NotImplemented,
  });
  return type;
}

/** Split CPython's traceback text into format_exception's list: one string per header, frame and exception line. */
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
  const env = {
    format: (e: PyException): string => rt.hooks.formatException?.(rt, e) ?? "",
    current: (): PyException | null => rt.handling[rt.handling.length - 1] ?? null,
    sourceLine: (file: string, line: number): string | null => rt.hooks.sourceLine?.(rt, file, line) ?? null,
  };
  /** The exception `format_exception` is about: `(exc)` or `(etype, value, tb)`. */
  const exceptionArg = (args: PyValue[], kw: KwArgs | null): PyException | null => {
    const names = kw?.names ?? [];
    const value = args.length >= 2 ? args[1] : names.includes("value") ? kw!.values[names.indexOf("value")] : args[0];
    return isPyException(value) ? value : null;
  };
  /** The text for `e` with the traceback `tb` (None drops the frames). */
  const formatWith = (e: PyException, tb: PyValue | undefined): string => {
    if (tb === None) {
      const saved = e.traceback;
      e.traceback = [];
      try {
        return env.format(e);
      } finally {
        e.traceback = saved;
      }
    }
    return env.format(e);
  };
  const tbArg = (args: PyValue[]): PyValue | undefined =>
    args.length >= 3 ? (args[2] instanceof PyTraceback ? args[2] : args[2] === None ? None : undefined) : undefined;
  const formatExc = (): string => {
    const e = env.current();
    return e ? env.format(e) : "NoneType: None\n";
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
  const frameSummaryType = makeFrameSummaryType();
  const stackSummaryType = newClass("StackSummary", "traceback", [listType]);
  /** The frames of traceback `tb` (innermost last), at most `limit` from the outermost. */
  const framesOf = (tb: PyValue, limit: PyValue | undefined): TracebackEntry[] => {
    if (!(tb instanceof PyTraceback)) return [];
    const entries = tb.entries.slice(tb.index).filter((t) => !t.file.startsWith("<"));
    return typeof limit === "number" ? (limit >= 0 ? entries.slice(0, limit) : entries.slice(limit)) : entries;
  };
  /** The frames running now, outermost first (the innermost is the caller of extract_stack). */
  const stackFrames = (limit: PyValue | undefined): TracebackEntry[] => {
    const entries = rt.frames
      .filter((f) => !f.file.startsWith("<"))
      .map((f) => ({ file: f.file, name: f.name, line: f.line }));
    return typeof limit === "number" ? (limit >= 0 ? entries.slice(-limit) : entries.slice(0, -limit)) : entries;
  };
  const stackSummary = (entries: TracebackEntry[]) =>
    new PyList(
      entries.map((t) => new FrameSummary(frameSummaryType, t, env.sourceLine(t.file, t.line))),
      stackSummaryType,
    );
  /** format_list: a FrameSummary or a (filename, lineno, name, line) tuple each. */
  const formatList = (items: PyValue): string[] =>
    rt.toArray(items).map((item) => {
      if (item instanceof FrameSummary) return item.format();
      const [file, line, name, text] = rt.toArray(item);
      const entry = { file: rt.str(file!), line: Number(line), name: rt.str(name!) };
      return formatTracebackEntry(entry, text === None ? null : rt.str(text!), true);
    });
  methods(stackSummaryType, { format: (_rt, self) => new PyList(formatList(self)) });
  const limitArg = (name: string, args: PyValue[], kw: KwArgs | null, first: string) =>
    parseArgs(rt, name, args, kw, [first, "limit"], 0);
  d.set(
    "extract_tb",
    fn("extract_tb", (_rt, args, kw) => {
      const [tb, limit] = limitArg("extract_tb", args, kw, "tb");
      return stackSummary(framesOf(tb ?? None, limit === None ? undefined : limit));
    }),
  );
  d.set(
    "format_tb",
    fn("format_tb", (_rt, args, kw) => {
      const [tb, limit] = limitArg("format_tb", args, kw, "tb");
      return new PyList(formatList(stackSummary(framesOf(tb ?? None, limit === None ? undefined : limit))));
    }),
  );
  d.set(
    "print_tb",
    fn("print_tb", (_rt, args, kw) => {
      const [tb, limit] = limitArg("print_tb", args, kw, "tb");
      rt.writeErr(formatList(stackSummary(framesOf(tb ?? None, limit === None ? undefined : limit))).join(""));
      return None;
    }),
  );
  d.set(
    "extract_stack",
    fn("extract_stack", (_rt, args, kw) => {
      const [, limit] = limitArg("extract_stack", args, kw, "f");
      return stackSummary(stackFrames(limit === None ? undefined : limit));
    }),
  );
  d.set(
    "format_stack",
    fn("format_stack", (_rt, args, kw) => {
      const [, limit] = limitArg("format_stack", args, kw, "f");
      return new PyList(formatList(stackSummary(stackFrames(limit === None ? undefined : limit))));
    }),
  );
  d.set(
    "print_stack",
    fn("print_stack", (_rt, args, kw) => {
      const [, limit] = limitArg("print_stack", args, kw, "f");
      rt.writeErr(formatList(stackSummary(stackFrames(limit === None ? undefined : limit))).join(""));
      return None;
    }),
  );
  d.set(
    "format_list",
    fn("format_list", (_rt, args) => new PyList(formatList(args[0] ?? new PyList([])))),
  );
  d.set("FrameSummary", frameSummaryType);
  d.set("StackSummary", stackSummaryType);
  return m;
}
