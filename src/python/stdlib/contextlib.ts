/**
 * The `contextlib` module: contextmanager (a generator's yield becomes the `with`
 * body, driven with next/throw as Lib/contextlib.py does), suppress, closing,
 * nullcontext and ExitStack.
 */
import { PyModule, PyObject, PyType, None, typeOf, type KwArgs, type PyValue } from "../objects/core";
import { PyDict, PyTuple } from "../objects/containers";
import { PyException } from "../objects/exceptions";
import type { Interpreter } from "../interp/interpreter";
import { arity } from "../builtins/registry";
import { defMethods, makeModule, native, newClass, pyFunction } from "./util";
import { updateWrapper } from "./functools-wraps";
import { loadModule } from "../interp/imports";

class GenCM extends PyObject {
  gen: PyValue = None;
  constructor(
    cls: PyType,
    readonly func: PyValue,
    readonly args: PyValue[],
    readonly kw: KwArgs | null,
  ) {
    super(cls);
    this.$dict = new Map();
  }
}

function isInstanceOf(rt: Interpreter, e: unknown, name: string): e is PyException {
  return e instanceof PyException && rt.isInstance(e, rt.excType(name));
}

/** Run `f`; if it raises StopIteration, return `{ stopped: e }`. */
function stepGen(rt: Interpreter, f: () => PyValue): { value: PyValue } | { stopped: PyException } {
  try {
    return { value: f() };
  } catch (e) {
    if (isInstanceOf(rt, e, "StopIteration")) return { stopped: e };
    throw e;
  }
}

/** Build the `contextlib` module. */
export function contextlibModule(_rt: Interpreter): PyModule {
  const genCM = newClass("_GeneratorContextManager", "contextlib");
  defMethods(genCM, {
    __enter__: (rt, self) => {
      const cm = self as GenCM;
      cm.gen = rt.call(cm.func, cm.args, cm.kw);
      const r = stepGen(rt, () => rt.call(rt.builtins.get("next"), [cm.gen]));
      if ("stopped" in r) throw rt.error("RuntimeError", "generator didn't yield");
      return r.value;
    },
    __exit__: (rt, self, [typ, value]) => {
      const cm = self as GenCM;
      if (typ === None || typ === undefined) {
        const r = stepGen(rt, () => rt.call(rt.builtins.get("next"), [cm.gen]));
        if ("stopped" in r) return false;
        throw rt.error("RuntimeError", "generator didn't stop");
      }
      let exc = value;
      if (exc === None || exc === undefined) exc = rt.call(typ, []);
      try {
        rt.callMethod(cm.gen, "throw", [exc]);
      } catch (e) {
        if (isInstanceOf(rt, e, "StopIteration")) return e !== exc;
        if (isInstanceOf(rt, e, "RuntimeError")) {
          if (e === exc) return false;
          if (isInstanceOf(rt, exc, "StopIteration") && e.cause === exc) return false;
          throw e;
        }
        if (e === exc) return false;
        throw e;
      }
      throw rt.error("RuntimeError", "generator didn't stop after throw()");
    },
    __call__: (rt, self, args) => {
      // Used as a decorator: each call of the decorated function runs inside a fresh manager.
      arity(rt, "_GeneratorContextManager", args, 1);
      const cm = self as GenCM;
      const inner = args[0];
      const wrapped = native(rt.str(rt.getattr(inner, "__name__")), (rt2, a, kw) => {
        const fresh = new GenCM(genCM, cm.func, cm.args, cm.kw);
        rt2.callMethod(fresh, "__enter__", []);
        let result: PyValue;
        try {
          result = rt2.call(inner, a, kw);
        } catch (e) {
          if (e instanceof PyException) {
            if (!rt2.truthy(rt2.callMethod(fresh, "__exit__", [typeOf(e), e, None]))) throw e;
            return None;
          }
          throw e;
        }
        rt2.callMethod(fresh, "__exit__", [None, None, None]);
        return result;
      });
      return wrapped;
    },
  });

  const suppress = newClass("suppress", "contextlib");
  defMethods(suppress, {
    __init__: (_rt, self, args) => {
      (self as PyObject).$dict!.set("_exceptions", rt0Tuple(_rt, args));
      return None;
    },
    __enter__: () => None,
    __exit__: (rt, self, [typ]) => {
      if (typ === None || typ === undefined) return false;
      const excs = (self as PyObject).$dict!.get("_exceptions");
      return rt.truthy(rt.call(rt.builtins.get("issubclass"), [typ, excs]));
    },
  });

  const closing = newClass("closing", "contextlib");
  defMethods(closing, {
    __init__: (rt, self, args) => {
      arity(rt, "closing", args, 1);
      (self as PyObject).$dict!.set("thing", args[0]);
      return None;
    },
    __enter__: (_rt, self) => (self as PyObject).$dict!.get("thing"),
    __exit__: (rt, self) => {
      rt.callMethod((self as PyObject).$dict!.get("thing"), "close", []);
      return None;
    },
  });

  const nullcontext = newClass("nullcontext", "contextlib");
  defMethods(nullcontext, {
    __init__: (rt, self, args) => {
      arity(rt, "nullcontext", args, 0, 1);
      (self as PyObject).$dict!.set("enter_result", args.length ? args[0] : None);
      return None;
    },
    __enter__: (_rt, self) => (self as PyObject).$dict!.get("enter_result"),
    __exit__: () => None,
  });

  const exitStack = newClass("ExitStack", "contextlib", [], (cls) => new ExitStackObj(cls));
  const stack = (self: PyValue) => (self as ExitStackObj).callbacks;
  defMethods(exitStack, {
    __enter__: (_rt, self) => self,
    enter_context: (rt, self, [cm]) => {
      const result = rt.callMethod(cm, "__enter__", []);
      stack(self).push({ fn: rt.getattr(cm, "__exit__"), exit: true, args: [], kw: null });
      return result;
    },
    push: (rt, self, [exit]) => {
      const fn = typeOf(exit).lookup("__exit__") !== undefined ? rt.getattr(exit, "__exit__") : exit;
      stack(self).push({ fn, exit: true, args: [], kw: null });
      return exit;
    },
    callback: (_rt, self, args, kw) => {
      const [fn, ...rest] = args;
      stack(self).push({ fn, exit: false, args: rest, kw });
      return fn;
    },
    close: (rt, self) => {
      rt.callMethod(self, "__exit__", [None, None, None]);
      return None;
    },
    __exit__: (rt, self, [, value]) => {
      const cbs = stack(self);
      const original = value instanceof PyException ? value : null;
      let pending = original;
      let suppressed = false;
      while (cbs.length) {
        const cb = cbs.pop()!;
        try {
          if (!cb.exit) rt.call(cb.fn, cb.args, cb.kw);
          else if (rt.truthy(rt.call(cb.fn, [pending ? typeOf(pending) : None, pending ?? None, None]))) {
            pending = null;
            suppressed = true;
          }
        } catch (e) {
          if (!(e instanceof PyException)) throw e;
          if (pending && e !== pending) e.context = pending;
          pending = e;
          suppressed = false;
        }
      }
      if (pending && pending !== original) throw pending;
      return suppressed && pending === null;
    },
  });

  const redirect = (name: "redirect_stdout" | "redirect_stderr", stream: "stdout" | "stderr"): PyType => {
    const cls = newClass(name, "contextlib");
    defMethods(cls, {
      __init__: (rt, self, args) => {
        arity(rt, name, args, 1);
        const d = (self as PyObject).$dict!;
        d.set("_new_target", args[0]);
        d.set("_old_targets", rt.list([]));
        return None;
      },
      // As Lib/contextlib.py: the stream is swapped in `sys` itself, so print() and
      // everything else that reads sys.stdout sees the target.
      __enter__: (rt, self) => {
        const d = (self as PyObject).$dict!;
        const sys = loadModule(rt, "sys");
        rt.callMethod(d.get("_old_targets")!, "append", [rt.getattr(sys, stream)]);
        rt.setattr(sys, stream, d.get("_new_target")!);
        return d.get("_new_target")!;
      },
      __exit__: (rt, self) => {
        const d = (self as PyObject).$dict!;
        rt.setattr(loadModule(rt, "sys"), stream, rt.callMethod(d.get("_old_targets")!, "pop", []));
        return None;
      },
    });
    return cls;
  };

  return makeModule("contextlib", {
    redirect_stdout: redirect("redirect_stdout", "stdout"),
    redirect_stderr: redirect("redirect_stderr", "stderr"),
    contextmanager: native("contextmanager", (rt, args) => {
      arity(rt, "contextmanager", args, 1);
      const func = args[0];
      const helper = pyFunction(
        "helper",
        "contextmanager.<locals>.helper",
        { params: [], vararg: "args", kwarg: "kwds", module: "contextlib" },
        (a, kwds) => {
          const kw =
            kwds instanceof PyDict && kwds.table.size
              ? {
                  names: [...kwds.table.map.values()].map((e) => e.key as string),
                  values: [...kwds.table.map.values()].map((e) => e.value),
                }
              : null;
          return new GenCM(genCM, func, [...(a as PyTuple).items], kw);
        },
      );
      return updateWrapper(rt, helper, func);
    }),
    suppress,
    closing,
    nullcontext,
    ExitStack: exitStack,
    AbstractContextManager: newClass("AbstractContextManager", "contextlib"),
  });
}

function rt0Tuple(rt: Interpreter, items: PyValue[]): PyValue {
  return rt.call(rt.builtins.get("tuple"), [rt.list(items)]);
}

interface Callback {
  readonly fn: PyValue;
  /** An `__exit__`-style callback (gets the exception), or a plain one (gets its own arguments). */
  readonly exit: boolean;
  readonly args: PyValue[];
  readonly kw: KwArgs | null;
}

class ExitStackObj extends PyObject {
  readonly callbacks: Callback[] = [];
  constructor(cls: PyType) {
    super(cls);
    this.$dict = new Map();
  }
}
