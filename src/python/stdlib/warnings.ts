/**
 * The `warnings` module: warn() with CPython's filters (default, ignore, error,
 * always, once, module), simplefilter/filterwarnings/resetwarnings, and
 * catch_warnings (with record=True). A shown warning goes to the interpreter's
 * `warn` hook (the runtime decides where it appears); without a hook it is dropped.
 */
import { PyModule, PyObject, PyType, None, typeOf, type PyValue } from "../objects/core";
import { PyList } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";
import { arity, parseArgs } from "../builtins/registry";
import { defMethods, indexArg, makeModule, native, newClass } from "./util";

type Action = "default" | "error" | "ignore" | "always" | "module" | "once";
const ACTIONS: readonly Action[] = ["default", "error", "ignore", "always", "module", "once"];

interface Filter {
  readonly action: Action;
  readonly message: RegExp | null;
  readonly category: PyType;
  readonly lineno: number;
}

/** The module's mutable state (one per interpreter, as the module is). */
interface State {
  filters: Filter[];
  /** Keys of warnings already shown, for the "default", "once" and "module" actions. */
  shown: Set<string>;
  /** The list catch_warnings(record=True) appends to, if any. */
  log: PyList | null;
}

function defaultFilters(rt: Interpreter): Filter[] {
  const f = (action: Action, cat: string): Filter => ({ action, message: null, category: rt.excType(cat), lineno: 0 });
  // CPython's defaults, except that DeprecationWarning shows in __main__ (all handler code is __main__).
  return [
    f("default", "DeprecationWarning"),
    f("ignore", "PendingDeprecationWarning"),
    f("ignore", "ImportWarning"),
    f("ignore", "ResourceWarning"),
  ];
}

/** Build the `warnings` module. */
export function warningsModule(rt0: Interpreter): PyModule {
  const state: State = { filters: defaultFilters(rt0), shown: new Set(), log: null };
  const warningMessage = newClass("WarningMessage", "warnings");
  defMethods(warningMessage, {
    __repr__: (rt, self) => {
      const d = (self as PyObject).$dict!;
      return `{message : ${rt.repr(d.get("message"))}, category : ${rt.repr((d.get("category") as PyType).name)}, filename : ${rt.repr(d.get("filename"))}, lineno : ${rt.repr(d.get("lineno"))}, line : ${rt.repr(d.get("line"))}}`;
    },
  });

  const warn = (rt: Interpreter, messageArg: PyValue, categoryArg: PyValue, stacklevel: number) => {
    const warningBase = rt.excType("Warning");
    let category: PyType;
    let message: PyValue = messageArg;
    if (rt.isInstance(messageArg, warningBase)) category = typeOf(messageArg);
    else {
      category =
        categoryArg === undefined || categoryArg === None ? rt.excType("UserWarning") : (categoryArg as PyType);
      if (!(category instanceof PyType) || !category.isSubtypeOf(warningBase)) {
        throw rt.error("TypeError", `category must be a Warning subclass, not '${typeOf(categoryArg).name}'`);
      }
      message = rt.call(category, [messageArg]);
    }
    const text = rt.str(message);
    const frames = rt.frames;
    const frame = frames[Math.max(0, frames.length - Math.max(1, stacklevel))];
    const lineno = frame ? frame.line : 0;
    const filter = state.filters.find(
      (f) =>
        category.isSubtypeOf(f.category) &&
        (f.message === null || f.message.test(text)) &&
        (f.lineno === 0 || f.lineno === lineno),
    );
    const action: Action = filter ? filter.action : "default";
    if (action === "ignore") return;
    if (action === "error") throw message;
    const key =
      action === "once"
        ? `${text}\u0000${category.name}`
        : action === "module"
          ? `${text}\u0000${category.name}\u0000m`
          : `${text}\u0000${category.name}\u0000${lineno}`;
    if (action !== "always") {
      if (state.shown.has(key)) return;
      state.shown.add(key);
    }
    if (state.log) {
      const m = new PyObject(warningMessage);
      m.$dict = new Map<string, PyValue>([
        ["message", message],
        ["category", category],
        ["filename", rt.filename],
        ["lineno", lineno],
        ["file", None],
        ["line", None],
        ["source", None],
      ]);
      state.log.items.push(m);
      return;
    }
    rt.hooks.warn?.(rt, category.name, text, lineno);
  };

  const addFilter = (
    rt: Interpreter,
    action: PyValue,
    message: string,
    category: PyValue,
    lineno: PyValue,
    append: PyValue,
  ) => {
    if (typeof action !== "string" || !ACTIONS.includes(action as Action)) {
      throw rt.error("AssertionError", `invalid action: ${rt.repr(action)}`);
    }
    const f: Filter = {
      action: action as Action,
      message: message ? new RegExp("^(?:" + message + ")", "i") : null,
      category: category instanceof PyType ? category : rt.excType("Warning"),
      lineno: lineno === undefined ? 0 : Number(indexArg(rt, lineno)),
    };
    state.filters = state.filters.filter(
      (g) =>
        g.action !== f.action ||
        g.category !== f.category ||
        g.lineno !== f.lineno ||
        String(g.message) !== String(f.message),
    );
    if (append !== undefined && rt.truthy(append)) state.filters.push(f);
    else state.filters.unshift(f);
    state.shown.clear();
  };

  const catchWarnings = newClass("catch_warnings", "warnings");
  const saved = new WeakMap<PyObject, State>();
  defMethods(catchWarnings, {
    __init__: (rt, self, args, kw) => {
      const [record] = parseArgs(rt, "catch_warnings", args, kw, [], 0, {
        kwOnly: ["record", "module", "action", "category", "lineno", "append"],
      });
      (self as PyObject).$dict!.set("_record", record !== undefined && rt.truthy(record));
      return None;
    },
    __enter__: (_rt, self) => {
      const o = self as PyObject;
      saved.set(o, { filters: [...state.filters], shown: new Set(state.shown), log: state.log });
      if (o.$dict!.get("_record") === true) {
        state.log = new PyList([]);
        return state.log;
      }
      return None;
    },
    __exit__: (_rt, self) => {
      const old = saved.get(self as PyObject);
      if (old) {
        state.filters = old.filters;
        state.shown = old.shown;
        state.log = old.log;
      }
      return None;
    },
  });

  return makeModule("warnings", {
    warn: native("warn", (rt, args, kw) => {
      const [message, category, stacklevel] = parseArgs(
        rt,
        "warn",
        args,
        kw,
        ["message", "category", "stacklevel", "source"],
        1,
      );
      warn(rt, message, category, stacklevel === undefined ? 1 : Number(indexArg(rt, stacklevel)));
      return None;
    }),
    simplefilter: native("simplefilter", (rt, args, kw) => {
      const [action, category, lineno, append] = parseArgs(
        rt,
        "simplefilter",
        args,
        kw,
        ["action", "category", "lineno", "append"],
        1,
      );
      addFilter(rt, action, "", category, lineno, append);
      return None;
    }),
    filterwarnings: native("filterwarnings", (rt, args, kw) => {
      const [action, message, category, , lineno, append] = parseArgs(
        rt,
        "filterwarnings",
        args,
        kw,
        ["action", "message", "category", "module", "lineno", "append"],
        1,
      );
      addFilter(rt, action, message === undefined ? "" : rt.str(message), category, lineno, append);
      return None;
    }),
    resetwarnings: native("resetwarnings", (rt, args) => {
      arity(rt, "resetwarnings", args, 0);
      state.filters = [];
      state.shown.clear();
      return None;
    }),
    catch_warnings: catchWarnings,
    WarningMessage: warningMessage,
  });
}
