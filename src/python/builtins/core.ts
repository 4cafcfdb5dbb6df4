/**
 * The natives of `object`, `type`, `BaseException` and the descriptor types, and the
 * attributes every object has outside any dict (`__class__`, `__dict__`, `__name__`...).
 */
import {
  PyBuiltin,
  PyMethod,
  PyModule,
  PyObject,
  PyType,
  None,
  NotImplemented,
  objectType,
  functionType,
  typeType,
  typeOf,
  type PyValue,
} from "../objects/core";
import { PyTuple, PyDict, PyList, EMPTY_TUPLE } from "../objects/containers";
import {
  PyException,
  PyTraceback,
  baseExceptionType,
  exceptionTypes,
  excType,
  tracebackOf,
  tracebackType,
} from "../objects/exceptions";
import {
  PyFunction,
  PyProperty,
  PyClassMethod,
  PyStaticMethod,
  propertyType,
  classmethodType,
  staticmethodType,
  superType,
} from "../objects/functions";
import { PyCode, PyFrameObject } from "./code";
import { PyGenerator, send, close, generatorType, coroutineType } from "../interp/generators";
import { PyAsyncGenerator, asyncGeneratorType, asyncGenStep, asyncGenClose } from "../interp/asyncgen";
import { builtinRepr, exceptionStr, exceptionRepr, typeRepr } from "../interp/repr";
import { createType, typeFromArgs, superObject } from "../interp/classes";
import { callType, constructInstance } from "../interp/call";
import { stopIterationValue, isPyException } from "../objects/exceptions";
import type { Interpreter } from "../interp/interpreter";
import { method, methods, getter, parseArgs, arity } from "./registry";
import { getAttrOrUndefined, attributeError, genericSetAttr, genericDelAttr } from "../interp/attr";
import { primitive } from "../interp/boxes";
import { liveDict } from "../interp/live-dict";
import { SlotDescriptor, memberDescriptorType } from "../interp/slots";

// --- object ------------------------------------------------------------------

methods(objectType, {
  __init__: () => None,
  __repr__: (rt, self) => builtinRepr(rt, self),
  __str__: (rt, self) => rt.repr(self),
  __eq__: (_rt, self, [other]) => (self === other ? true : NotImplemented),
  __ne__: (rt, self, [other]) => {
    const r = rt.call(rt.getattr(self, "__eq__"), [other]);
    return r === NotImplemented ? NotImplemented : !rt.truthy(r);
  },
  __hash__: (rt, self) => rt.idOf(self),
  __format__: (rt, self, [spec]) => {
    if (spec !== "") throw rt.error("TypeError", `unsupported format string passed to ${typeOf(self).name}.__format__`);
    return rt.str(self);
  },
  __reduce__: () => None,
  __dir__: (rt, self) => rt.list(dirOf(self).sort()),
  __getattribute__: (rt, self, args) => {
    arity(rt, "__getattribute__", args, 1);
    const name = attrName(rt, args[0]);
    const v = getAttrOrUndefined(rt, self, name);
    if (v === undefined) throw attributeError(rt, self, name);
    return v;
  },
  __setattr__: (rt, self, args) => {
    arity(rt, "__setattr__", args, 2);
    genericSetAttr(rt, self, attrName(rt, args[0]), args[1]);
    return None;
  },
  __delattr__: (rt, self, args) => {
    arity(rt, "__delattr__", args, 1);
    genericDelAttr(rt, self, attrName(rt, args[0]));
    return None;
  },
});

/** An attribute name argument: a str (or str subclass instance). */
function attrName(rt: Interpreter, v: PyValue): string {
  const s = primitive(v);
  if (typeof s !== "string") throw rt.error("TypeError", `attribute name must be string, not '${typeOf(v).name}'`);
  return s;
}
// object.__new__(cls): allocate an instance of cls.
objectType.dict.set(
  "__new__",
  new PyStaticMethod(
    new PyBuiltin("__new__", (rt, args) => {
      const cls = args[0];
      if (!(cls instanceof PyType))
        throw (rt as Interpreter).error("TypeError", "object.__new__(X): X is not a type object");
      return cls.alloc(cls);
    }),
  ),
);
// object.__init_subclass__: the end of the super() chain; class keywords must all be consumed by then.
objectType.dict.set(
  "__init_subclass__",
  new PyClassMethod(
    new PyBuiltin(
      "__init_subclass__",
      (rt, args, kw) => {
        if (kw && kw.names.length) {
          const cls = args[0] as PyType;
          throw (rt as Interpreter).error("TypeError", `${cls.name}.__init_subclass__() takes no keyword arguments`);
        }
        return None;
      },
      "object.__init_subclass__",
    ),
  ),
);
// The same function object must be found by `lookup`, so the default is recognized.
objectType.dict.set("__new__", objectType.dict.get("__new__"));

// --- type -----------------------------------------------------------------------

typeType.dict.set(
  "__new__",
  new PyStaticMethod(
    new PyBuiltin("__new__", (rt0, args) => {
      const rt = rt0 as Interpreter;
      const [meta, name, bases, ns] = args;
      if (args.length === 2) return typeOf(name);
      return typeFromArgs(rt, meta as PyType, name, bases, ns);
    }),
  ),
);
// `type.__prepare__(name, bases, **kw)`: the plain dict a class body fills.
typeType.dict.set(
  "__prepare__",
  new PyClassMethod(new PyBuiltin("__prepare__", (rt) => (rt as Interpreter).newDict())),
);
methods(typeType, {
  __init__: () => None,
  __repr__: (_rt, self) => typeRepr(self as PyType),
  mro: (rt, self) => rt.list([...(self as PyType).mro]),
  // Only this run's classes (and those that outlive runs): never another run's.
  __subclasses__: (rt, self) => rt.list((self as PyType).subclasses.filter((t) => t.owner === null || t.owner === rt)),
  __instancecheck__: (rt, self, [obj]) => rt.isInstance(obj, self as PyType),
  // `super().__call__(*args)` in a metaclass: make the instance as calling the class would.
  __call__: (rt, self, args, kw) => {
    if (!(self instanceof PyType)) throw rt.error("TypeError", "descriptor '__call__' requires a 'type' object");
    return self === typeType ? callType(rt, self, args, kw) : constructInstance(rt, self, args, kw);
  },
  __subclasscheck__: (_rt, self, [sub]) => sub instanceof PyType && sub.isSubtypeOf(self as PyType),
});
void createType;
methods(memberDescriptorType, {
  __repr__: (_rt, self) =>
    `<member '${(self as SlotDescriptor).name}' of '${(self as SlotDescriptor).ownerName}' objects>`,
});

// --- exceptions -------------------------------------------------------------------

methods(baseExceptionType, {
  __init__: (_rt, self, args) => {
    (self as PyException).args = args.length ? new PyTuple(args) : EMPTY_TUPLE;
    return None;
  },
  __str__: (rt, self) => exceptionStr(rt, self as PyException),
  __repr__: (rt, self) => exceptionRepr(rt, self as PyException),
  with_traceback: (_rt, self) => self,
  add_note: (rt, self, args) => {
    arity(rt, "add_note", args, 1);
    const note = args[0];
    if (typeof note !== "string") throw rt.error("TypeError", `note must be a str, not '${typeOf(note).name}'`);
    const dict = (self as PyException).$dict!;
    let notes = dict.get("__notes__");
    if (notes === undefined) dict.set("__notes__", (notes = rt.list([])));
    if (!(notes instanceof PyList)) throw rt.error("TypeError", "Cannot add note: __notes__ is not a list");
    notes.items.push(note);
    return None;
  },
});
baseExceptionType.dict.set(
  "__new__",
  new PyStaticMethod(
    new PyBuiltin("__new__", (_rt, args) => {
      const cls = args[0] as PyType;
      const e = cls.alloc(cls) as PyException;
      e.args = args.length > 1 ? new PyTuple(args.slice(1)) : EMPTY_TUPLE;
      return e;
    }),
  ),
);
getter(
  baseExceptionType,
  "args",
  (_rt, self) => (self as PyException).args,
  (rt, self, v) => {
    (self as PyException).args = new PyTuple(rt.toArray(v));
  },
);
getter(
  baseExceptionType,
  "__cause__",
  (_rt, self) => (self as PyException).cause ?? None,
  (rt, self, v) => {
    if (v !== None && !isPyException(v)) {
      throw rt.error("TypeError", "exception cause must be None or derive from BaseException");
    }
    // As `raise ... from`, setting a cause hides the context in a report.
    (self as PyException).cause = isPyException(v) ? v : null;
    (self as PyException).suppressContext = true;
  },
);
getter(
  baseExceptionType,
  "__context__",
  (_rt, self) => (self as PyException).context ?? None,
  (rt, self, v) => {
    if (v !== None && !isPyException(v)) {
      throw rt.error("TypeError", "exception context must be None or derive from BaseException");
    }
    (self as PyException).context = isPyException(v) ? v : null;
  },
);
getter(baseExceptionType, "__traceback__", (_rt, self) => tracebackOf(self as PyException));
getter(tracebackType, "tb_lineno", (_rt, self) => {
  const t = self as PyTraceback;
  return t.entries[t.index]!.line;
});
getter(tracebackType, "tb_next", (_rt, self) => {
  const t = self as PyTraceback;
  return t.index + 1 < t.entries.length ? new PyTraceback(t.entries, t.index + 1) : None;
});
getter(tracebackType, "tb_frame", () => None);
getter(tracebackType, "tb_lasti", () => 0);
getter(
  baseExceptionType,
  "__suppress_context__",
  (_rt, self) => (self as PyException).suppressContext,
  (rt, self, v) => {
    (self as PyException).suppressContext = rt.truthy(v);
  },
);
getter(excType("StopIteration"), "value", (_rt, self) => stopIterationValue(self as PyException));
getter(excType("SystemExit"), "code", (_rt, self) => {
  const a = (self as PyException).args;
  return a.items.length === 0 ? None : a.items.length === 1 ? a.items[0]! : a;
});
getter(excType("KeyError"), "__str__placeholder", () => None);
excType("KeyError").dict.delete("__str__placeholder");
// OSError(errno, strerror[, filename[, winerror[, filename2]]]): the filenames are kept
// apart from args, and str() shows them (`[Errno 2] No such file or directory: 'x'`).
type OSErrorFields = PyException & { osFilename?: PyValue; osFilename2?: PyValue };
const osErrorType = excType("OSError");
osErrorType.dict.set(
  "__init__",
  new PyBuiltin("__init__", (_rt, args) => {
    const self = args[0] as OSErrorFields;
    const a = args.slice(1);
    if (a.length >= 2 && a.length <= 5) {
      self.osFilename = a[2] ?? None;
      self.osFilename2 = a[4] ?? None;
      self.args = new PyTuple(a.slice(0, 2));
    } else self.args = a.length ? new PyTuple(a) : EMPTY_TUPLE;
    return None;
  }),
);
methods(osErrorType, {
  __str__: (rt, self) => {
    const e = self as OSErrorFields;
    const a = e.args.items;
    if (a.length !== 2) return exceptionStr(rt, e);
    const base = `[Errno ${rt.str(a[0]!)}] ${rt.str(a[1]!)}`;
    const f1 = e.osFilename ?? None;
    const f2 = e.osFilename2 ?? None;
    if (f1 === None) return base;
    return f2 === None ? `${base}: ${rt.repr(f1)}` : `${base}: ${rt.repr(f1)} -> ${rt.repr(f2)}`;
  },
});
getter(osErrorType, "errno", (_rt, self) => {
  const a = (self as PyException).args.items;
  return a.length >= 2 ? a[0] : None;
});
getter(osErrorType, "strerror", (_rt, self) => {
  const a = (self as PyException).args.items;
  return a.length >= 2 ? a[1] : None;
});
getter(
  osErrorType,
  "filename",
  (_rt, self) => (self as OSErrorFields).osFilename ?? None,
  (_rt, self, v) => void ((self as OSErrorFields).osFilename = v),
);
getter(osErrorType, "filename2", (_rt, self) => (self as OSErrorFields).osFilename2 ?? None);
void exceptionTypes;

// --- descriptors --------------------------------------------------------------------

function descriptorNew(
  type: PyType,
  make: (rt: Interpreter, args: PyValue[], kw: import("../objects/core").KwArgs | null) => PyValue,
) {
  type.dict.set(
    "__new__",
    new PyStaticMethod(new PyBuiltin("__new__", (rt, args, kw) => make(rt as Interpreter, args.slice(1), kw))),
  );
}
descriptorNew(propertyType, (rt, args, kw) => {
  const [fget, fset, fdel, doc] = parseArgs(rt, "property", args, kw, ["fget", "fset", "fdel", "doc"], 0, {
    cName: "property",
  });
  return new PyProperty(fget ?? None, fset ?? None, fdel ?? None, doc ?? None);
});
descriptorNew(classmethodType, (_rt, args) => new PyClassMethod(args[0]));
descriptorNew(staticmethodType, (_rt, args) => new PyStaticMethod(args[0]));
descriptorNew(superType, (rt, args) => {
  if (args.length < 2) throw rt.error("RuntimeError", "super(): no arguments");
  return superObject(rt, args[0], args[1]);
});
methods(propertyType, {
  getter: (_rt, self, [f]) => {
    const p = self as PyProperty;
    return new PyProperty(f, p.fset, p.fdel, p.doc, p.name);
  },
  setter: (_rt, self, [f]) => {
    const p = self as PyProperty;
    return new PyProperty(p.fget, f, p.fdel, p.doc, p.name);
  },
  deleter: (_rt, self, [f]) => {
    const p = self as PyProperty;
    return new PyProperty(p.fget, p.fset, f, p.doc, p.name);
  },
  __get__: (rt, self, [obj]) => (obj === None ? self : rt.call((self as PyProperty).fget, [obj])),
  __set_name__: (_rt, self, [, name]) => {
    if (typeof name === "string") (self as PyProperty).name = name;
    return None;
  },
});
getter(propertyType, "fget", (_rt, self) => (self as PyProperty).fget);
getter(propertyType, "fset", (_rt, self) => (self as PyProperty).fset);
getter(propertyType, "fdel", (_rt, self) => (self as PyProperty).fdel);
// Without a doc argument a property shows its getter's docstring.
getter(propertyType, "__doc__", (rt, self) => {
  const p = self as PyProperty;
  return p.doc !== None || p.fget === None ? p.doc : (getAttrOrUndefined(rt as Interpreter, p.fget, "__doc__") ?? None);
});
// What attribute lookup does for these is done directly (interp/attr.ts); these are for
// code that calls the protocol itself, as functools.singledispatchmethod does.
const absent = (v: PyValue | undefined) => v === undefined || v === None;
methods(functionType, {
  __get__: (_rt, self, [obj]) => (absent(obj) ? self : new PyMethod(self, obj!)),
});
methods(classmethodType, {
  __get__: (_rt, self, [obj, owner]) =>
    new PyMethod((self as PyClassMethod).func, absent(owner) ? typeOf(obj) : owner!),
});
methods(staticmethodType, {
  __get__: (_rt, self) => (self as PyStaticMethod).func,
});
getter(classmethodType, "__func__", (_rt, self) => (self as PyClassMethod).func);
getter(staticmethodType, "__func__", (_rt, self) => (self as PyStaticMethod).func);

// --- generators -----------------------------------------------------------------------

for (const g of ["generator", "coroutine"]) {
  const t = g === "generator" ? generatorType : coroutineType;
  methods(t, {
    send: (rt, self, [v]) => send(rt, self as PyGenerator, "send", v),
    throw: (rt, self, args) => {
      let e = args[0];
      if (e instanceof PyType) e = rt.call(e, args.length > 1 && args[1] !== None ? [args[1]] : []);
      return send(rt, self as PyGenerator, "throw", e);
    },
    close: (rt, self) => {
      close(rt, self as PyGenerator);
      return None;
    },
  });
  if (g === "generator") {
    methods(t, {
      __iter__: (_rt, self) => self,
      __next__: (rt, self) => send(rt, self as PyGenerator, "send", None),
    });
  } else {
    method(t, "__await__", (_rt, self) => self);
  }
}
// --- async generators --------------------------------------------------------------------

methods(asyncGeneratorType, {
  __aiter__: (_rt, self) => self,
  __anext__: (rt, self) => asyncGenStep(rt, self as PyAsyncGenerator, "send", None),
  asend: (rt, self, [v]) => asyncGenStep(rt, self as PyAsyncGenerator, "send", v),
  athrow: (rt, self, args) => {
    let e = args[0];
    if (e instanceof PyType) e = rt.call(e, args.length > 1 && args[1] !== None ? [args[1]] : []);
    return asyncGenStep(rt, self as PyAsyncGenerator, "throw", e);
  },
  aclose: (rt, self) => asyncGenClose(rt, self as PyAsyncGenerator),
});

// --- attributes outside dicts ---------------------------------------------------------

function dirOf(o: PyValue): string[] {
  const names = new Set<string>();
  if (o instanceof PyObject && o.$dict) for (const k of o.$dict.keys()) names.add(k);
  if (o instanceof PyModule) return [...names];
  const cls = o instanceof PyType ? o : typeOf(o);
  for (const t of cls.mro) for (const k of t.dict.keys()) names.add(k);
  // What CPython's `object` has (some are implemented here outside any dict).
  for (const k of OBJECT_ATTRS) names.add(k);
  // A class statement without __slots__ gives its instances __dict__ and __weakref__.
  if (cls.mro.some((t) => !t.isBuiltin && !t.dict.has("__slots__"))) {
    names.add("__dict__");
    names.add("__weakref__");
  }
  return [...names];
}

const OBJECT_ATTRS = [
  "__class__",
  "__delattr__",
  "__dir__",
  "__doc__",
  "__eq__",
  "__format__",
  "__ge__",
  "__getattribute__",
  "__getstate__",
  "__gt__",
  "__hash__",
  "__init__",
  "__init_subclass__",
  "__le__",
  "__lt__",
  "__ne__",
  "__new__",
  "__reduce__",
  "__reduce_ex__",
  "__repr__",
  "__setattr__",
  "__sizeof__",
  "__str__",
  "__subclasshook__",
];

/** `__class__`, `__dict__`, `__name__` and the other attributes that live on the object itself. */
export function specialAttr(rt: Interpreter, o: PyValue, name: string): PyValue {
  if (name === "__class__") return typeOf(o);
  if (o instanceof PyType) {
    switch (name) {
      case "__name__":
        return o.name;
      case "__qualname__":
        return o.qualname;
      case "__module__":
        return o.module;
      case "__bases__":
        return new PyTuple(o.bases);
      case "__base__":
        return o.bases[0] ?? None;
      case "__mro__":
        return new PyTuple(o.mro);
      case "__dict__": {
        const d = new PyDict();
        for (const [k, v] of o.dict) rt.dictSet(d, k, v);
        return d;
      }
      case "__doc__":
        return None;
    }
    return undefined;
  }
  if (o instanceof PyFunction) {
    switch (name) {
      case "__name__":
        return o.name;
      case "__qualname__":
        return o.qualname;
      case "__module__":
        return o.module;
      case "__doc__":
        return o.doc;
      case "__defaults__":
        return o.defaults.length ? new PyTuple(o.defaults) : None;
      case "__dict__":
        return liveDict(rt.dictViews, o.$dict!);
      case "__code__":
        return new PyCode(o);
      case "__annotations__":
        return (o.annotations ??= new PyDict());
    }
    return undefined;
  }
  if (o instanceof PyBuiltin) {
    if (name === "__name__") return o.name;
    if (name === "__qualname__") return o.qualname;
    if (name === "__doc__") return None;
    if (name === "__module__") return "builtins";
    return undefined;
  }
  if (o instanceof PyMethod) {
    if (name === "__self__") return o.self;
    if (name === "__func__") return o.func;
    return rt.getattr(o.func, name);
  }
  if (o instanceof PyAsyncGenerator) {
    if (name === "__name__") return o.frame.name;
    if (name === "__qualname__") return o.qualname;
    return undefined;
  }
  if (o instanceof PyGenerator) {
    if (name === "__name__") return o.name;
    if (name === "__qualname__") return o.qualname;
    if (name === "gi_running" || name === "cr_running") return o.running;
    if (name === "gi_suspended" || name === "cr_suspended") return o.started && !o.finished && !o.running;
    if (name === "gi_frame" || name === "cr_frame") return o.finished ? None : new PyFrameObject(o.frame);
    return undefined;
  }
  if (o instanceof PyModule) {
    if (name === "__dict__") return liveDict(rt.dictViews, o.$dict!);
    // PEP 562: a module's own __getattr__ answers for the names it does not have.
    const hook = o.$dict!.get("__getattr__");
    if (hook !== undefined && name !== "__getattr__") return rt.call(hook, [name]);
    return undefined;
  }
  if (name === "__dict__" && o instanceof PyObject && o.$dict) return liveDict(rt.dictViews, o.$dict);
  if (name === "__doc__") return None;
  return undefined;
}

export { dirOf, PyList };
