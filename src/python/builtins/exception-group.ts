/**
 * The natives of BaseExceptionGroup (and so ExceptionGroup): `__new__` with CPython's
 * argument checks, `message`, `exceptions`, `str()`, `derive`, `split`, `subgroup`.
 */
import { PyBuiltin, None, type PyValue } from "../objects/core";
import { PyTuple } from "../objects/containers";
import { PyStaticMethod, PyClassMethod } from "../objects/functions";
import { PyExceptionGroup, baseExceptionGroupType, type PyException } from "../objects/exceptions";
import { exceptionGroupStr, makeMatcher, newExceptionGroup, splitGroup } from "../interp/exception-groups";
import type { Interpreter } from "../interp/interpreter";
import { genericAlias } from "./types/generic-alias";
import type { PyType } from "../objects/core";
import { methods, getter, arity } from "./registry";

const eg = (v: PyValue) => v as PyExceptionGroup;

baseExceptionGroupType.dict.set(
  "__new__",
  new PyStaticMethod(
    new PyBuiltin("__new__", (rt, args, kw) => {
      if (kw && kw.names.length) {
        throw (rt as Interpreter).error("TypeError", "BaseExceptionGroup.__new__() takes no keyword arguments");
      }
      return newExceptionGroup(rt as Interpreter, args[0] as PyType, args.slice(1));
    }),
  ),
);
baseExceptionGroupType.dict.set(
  "__class_getitem__",
  new PyClassMethod(new PyBuiltin("__class_getitem__", (_rt, args) => genericAlias(args[0]!, args[1]!))),
);

methods(baseExceptionGroupType, {
  // The message and exceptions come from __new__; __init__ only sets args, as BaseException's.
  __init__: (_rt, self, args) => {
    (self as PyException).args = new PyTuple(args);
    return None;
  },
  __str__: (_rt, self) => exceptionGroupStr(eg(self)),
  derive: (rt, self, args) => {
    arity(rt, "derive", args, 1);
    return newExceptionGroup(rt, baseExceptionGroupType, [eg(self).message, args[0]!]);
  },
  split: (rt, self, args) => {
    arity(rt, "split", args, 1);
    const r = splitGroup(rt, eg(self), makeMatcher(rt, args[0]!), true);
    return new PyTuple([r.match ?? None, r.rest ?? None]);
  },
  subgroup: (rt, self, args) => {
    arity(rt, "subgroup", args, 1);
    return splitGroup(rt, eg(self), makeMatcher(rt, args[0]!), false).match ?? None;
  },
});
getter(baseExceptionGroupType, "message", (_rt, self) => eg(self).message);
getter(baseExceptionGroupType, "exceptions", (_rt, self) => new PyTuple(eg(self).exceptions));
