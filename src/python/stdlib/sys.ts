/**
 * The `sys` module, as far as handler code reads it: version information, maxsize,
 * argv, the standard streams (stdout and stderr write to the program's output),
 * exit, and the recursion limit.
 */
import { PyFloat, PyModule, PyObject, PyType, None, typeOf, type PyValue } from "../objects/core";
import { PyDict, PyList, PyTuple } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";
import { arity, getter } from "../builtins/registry";
import { defMethods, indexArg, makeModule, native, newClass } from "./util";
import { makeNamedTuple } from "./collections-namedtuple";
import { makeException, tracebackOf } from "../objects/exceptions";

export const VERSION_INFO = [3, 11, 7, "final", 0] as const;
export const VERSION = "3.11.7 (main, Jan  1 2024, 00:00:00) [Tornado Playground]";

class StreamObj extends PyObject {
  constructor(
    cls: PyType,
    readonly name: string,
    readonly mode: "r" | "w",
  ) {
    super(cls);
  }
}

function streamType(): PyType {
  const t = newClass("TextIOWrapper", "_io");
  const s = (v: PyValue) => v as StreamObj;
  defMethods(t, {
    write: (rt, self, args) => {
      arity(rt, "write", args, 1);
      const text = args[0];
      if (typeof text !== "string")
        throw rt.error("TypeError", `write() argument must be str, not ${typeOf(text).name}`);
      if (s(self).mode !== "w") throw rt.error("OSError", "not writable");
      if (s(self).name === "<stderr>") rt.writeErr(text);
      else rt.write(text);
      return Array.from(text).length;
    },
    writelines: (rt, self, args) => {
      arity(rt, "writelines", args, 1);
      for (const line of rt.iterate(args[0])) rt.callMethod(self, "write", [line]);
      return None;
    },
    flush: () => None,
    isatty: () => false,
    readable: (_rt, self) => s(self).mode === "r",
    writable: (_rt, self) => s(self).mode === "w",
    // There is no input: reading gives end of file.
    read: () => "",
    readline: () => "",
    readlines: (rt) => rt.list([]),
    __repr__: (_rt, self) => `<_io.TextIOWrapper name='${s(self).name}' mode='${s(self).mode}' encoding='utf-8'>`,
    fileno: (_rt, self) => ["<stdin>", "<stdout>", "<stderr>"].indexOf(s(self).name),
  });
  getter(t, "name", (_rt, self) => s(self).name);
  getter(t, "mode", (_rt, self) => s(self).mode);
  getter(t, "encoding", () => "utf-8");
  getter(t, "closed", () => false);
  getter(t, "line_buffering", () => false);
  return t;
}

/** Build the `sys` module. */
export function sysModule(rt: Interpreter): PyModule {
  const vi = makeNamedTuple(rt, "version_info", ["major", "minor", "micro", "releaselevel", "serial"], {
    module: "sys",
  });
  vi.name = "sys.version_info";
  vi.qualname = "version_info";
  const stream = streamType();
  const stdout = new StreamObj(stream, "<stdout>", "w");
  const stderr = new StreamObj(stream, "<stderr>", "w");
  const stdin = new StreamObj(stream, "<stdin>", "r");
  const modules = new PyDict();
  for (const [name, m] of rt.modules) rt.dictSet(modules, name, m);
  const structseq = (name: string, fields: [string, PyValue][]) => {
    const t = makeNamedTuple(
      rt,
      name,
      fields.map(([k]) => k),
      { module: "sys" },
    );
    t.name = `sys.${name}`;
    t.qualname = name;
    return rt.call(
      t,
      fields.map(([, v]) => v),
    );
  };
  const floatInfo = structseq("float_info", [
    ["max", new PyFloat(Number.MAX_VALUE)],
    ["max_exp", 1024],
    ["max_10_exp", 308],
    ["min", new PyFloat(2.2250738585072014e-308)],
    ["min_exp", -1021],
    ["min_10_exp", -307],
    ["dig", 15],
    ["mant_dig", 53],
    ["epsilon", new PyFloat(Number.EPSILON)],
    ["radix", 2],
    ["rounds", 1],
  ]);
  const intInfo = structseq("int_info", [
    ["bits_per_digit", 30],
    ["sizeof_digit", 4],
    ["default_max_str_digits", 4300],
    ["str_digits_check_threshold", 640],
  ]);
  return makeModule("sys", {
    float_info: floatInfo,
    int_info: intInfo,
    get_int_max_str_digits: native("get_int_max_str_digits", () => 4300),
    version_info: rt.call(vi, [...VERSION_INFO]),
    version: VERSION,
    hexversion: 0x30b07f0,
    api_version: 1013,
    platform: "linux",
    byteorder: "little",
    maxsize: 9223372036854775807n,
    maxunicode: 0x10ffff,
    // The program as python3 was given it (argparse takes its default prog from it).
    argv: new PyList([rt.filename]),
    orig_argv: new PyList(["python3", rt.filename]),
    path: new PyList([]),
    modules,
    executable: "",
    prefix: "",
    builtin_module_names: new PyTuple(["builtins", "sys"]),
    stdout,
    stderr,
    stdin,
    __stdout__: stdout,
    __stderr__: stderr,
    __stdin__: stdin,
    exit: native("exit", (rt, args) => {
      arity(rt, "exit", args, 0, 1);
      throw args.length ? rt.withContext(makeException("SystemExit", args[0]!)) : rt.error("SystemExit");
    }),
    getrecursionlimit: native("getrecursionlimit", (rt) => rt.recursionLimit),
    // The exception being handled (in an except block, or a finally reached by one), if any.
    exc_info: native("exc_info", (rt, args) => {
      arity(rt, "exc_info", args, 0);
      const e = rt.handling[rt.handling.length - 1];
      return e ? new PyTuple([e.$cls, e, tracebackOf(e)]) : new PyTuple([None, None, None]);
    }),
    exception: native("exception", (rt, args) => {
      arity(rt, "exception", args, 0);
      return rt.handling[rt.handling.length - 1] ?? None;
    }),
    setrecursionlimit: native("setrecursionlimit", (rt, args) => {
      arity(rt, "setrecursionlimit", args, 1);
      const n = Number(indexArg(rt, args[0]));
      if (n < 1) throw rt.error("ValueError", "recursion limit must be greater or equal than 1");
      return None;
    }),
    getdefaultencoding: native("getdefaultencoding", () => "utf-8"),
    getfilesystemencoding: native("getfilesystemencoding", () => "utf-8"),
    intern: native("intern", (rt, args) => {
      arity(rt, "intern", args, 1);
      return args[0];
    }),
  });
}
