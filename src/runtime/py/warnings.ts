/**
 * The `warnings` module: `warn` reports through the interpreter's warn hook (the
 * runtime records a Python warning in the trace, shown as the harness shows it:
 * `WARNING:py.warnings:Category: message`). Filters support the actions people use
 * in handler code: "ignore", "error", and the showing ones ("always", "default",
 * "once", "module"), which all show every warning, as the reference harness does.
 */
import { PyModule, PyType, None, type KwArgs, type PyValue } from "../../python/objects/core";
import { excType, isPyException } from "../../python/objects/exceptions";
import { fn, parseArgs } from "../../python/builtins/registry";
import type { Interpreter } from "../../python";

interface Filter {
  readonly action: string;
  readonly message: RegExp | null;
  readonly category: PyType;
}

const ACTIONS = ["error", "ignore", "always", "default", "module", "once"];

export function makeWarningsModule(rt: Interpreter): PyModule {
  const filters: Filter[] = [];
  const userWarning = excType("UserWarning");
  const warningType = excType("Warning");

  const addFilter = (action: string, message: string, category: PyValue, append: boolean) => {
    if (!ACTIONS.includes(action)) throw rt.error("AssertionError", `invalid action: ${rt.repr(action)}`);
    const f: Filter = {
      action,
      message: message ? new RegExp("^(?:" + message + ")", "i") : null,
      category: category instanceof PyType ? category : warningType,
    };
    if (append) filters.push(f);
    else filters.unshift(f);
  };

  const warn = (_rt: Interpreter, args: PyValue[], kw: KwArgs | null): PyValue => {
    const [message, category, stacklevel] = parseArgs(
      rt,
      "warn",
      args,
      kw,
      ["message", "category", "stacklevel", "source"],
      1,
    );
    let cls: PyType = userWarning;
    let text: string;
    if (isPyException(message) && rt.isInstance(message, warningType)) {
      cls = message.$cls;
      text = rt.str(message);
    } else {
      if (category !== undefined && category !== None) {
        if (!(category instanceof PyType) || !category.isSubtypeOf(warningType)) {
          throw rt.error("TypeError", `category must be a Warning subclass, not '${rt.repr(category)}'`);
        }
        cls = category;
      }
      text = rt.str(message!);
    }
    const filter = filters.find((f) => cls.isSubtypeOf(f.category) && (!f.message || f.message.test(text)));
    if (filter?.action === "ignore") return None;
    if (filter?.action === "error") {
      throw isPyException(message) ? message : rt.call(cls, [text]);
    }
    // stacklevel=N names the line of the N-th frame from the innermost (1: the caller of warn).
    const level = typeof stacklevel === "number" ? Math.max(1, stacklevel) : 1;
    const frame = rt.frames[rt.frames.length - level];
    rt.hooks.warn?.(rt, cls.name, text, frame ? frame.line : rt.currentLine());
    return None;
  };

  const m = new PyModule("warnings");
  const d = m.$dict!;
  d.set("warn", fn("warn", warn));
  d.set(
    "simplefilter",
    fn("simplefilter", (_rt, args, kw) => {
      const [action, category, , append] = parseArgs(
        rt,
        "simplefilter",
        args,
        kw,
        ["action", "category", "lineno", "append"],
        1,
      );
      addFilter(String(action), "", category ?? warningType, rt.truthy(append ?? false));
      return None;
    }),
  );
  d.set(
    "filterwarnings",
    fn("filterwarnings", (_rt, args, kw) => {
      const [action, message, category, , , append] = parseArgs(
        rt,
        "filterwarnings",
        args,
        kw,
        ["action", "message", "category", "module", "lineno", "append"],
        1,
      );
      addFilter(
        String(action),
        message === undefined ? "" : String(message),
        category ?? warningType,
        rt.truthy(append ?? false),
      );
      return None;
    }),
  );
  d.set(
    "resetwarnings",
    fn("resetwarnings", () => {
      filters.length = 0;
      return None;
    }),
  );
  d.set("filters", rt.list([]));
  for (const name of [
    "Warning",
    "UserWarning",
    "DeprecationWarning",
    "PendingDeprecationWarning",
    "RuntimeWarning",
    "FutureWarning",
    "SyntaxWarning",
    "ResourceWarning",
  ]) {
    d.set(name, excType(name));
  }
  return m;
}
