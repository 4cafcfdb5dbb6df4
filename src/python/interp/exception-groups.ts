/**
 * Exception groups: BaseExceptionGroup/ExceptionGroup construction, `split` and
 * `subgroup` (Objects/exceptions.c), and the bookkeeping of `try: ... except* T:`
 * (the matching of each clause and the exception re-raised at the end, as
 * `_PyExc_PrepReraiseStar` computes it).
 */
import { PyBuiltin, PyMethod, PyObject, PyType, None, typeOf, type PyValue } from "../objects/core";
import { PyFunction } from "../objects/functions";
import { PyList, PyTuple } from "../objects/containers";
import {
  PyException,
  PyExceptionGroup,
  baseExceptionGroupType,
  exceptionGroupType,
  excType,
  isPyException,
} from "../objects/exceptions";
import type { Interpreter } from "./interpreter";

/** `BaseExceptionGroup.__new__(cls, message, exceptions)` with CPython's checks and class choice. */
export function newExceptionGroup(rt: Interpreter, cls: PyType, args: readonly PyValue[]): PyExceptionGroup {
  if (args.length !== 2) {
    throw rt.error("TypeError", `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  }
  const [message, seq] = args as [PyValue, PyValue];
  if (typeof message !== "string") {
    throw rt.error("TypeError", `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).name}`);
  }
  if (!(seq instanceof PyList || seq instanceof PyTuple) && typeOf(seq).lookup("__getitem__") === undefined) {
    throw rt.error("TypeError", "second argument (exceptions) must be a sequence");
  }
  const items = rt.toArray(seq);
  if (items.length === 0) throw rt.error("ValueError", "second argument (exceptions) must be a non-empty sequence");
  const exception = excType("Exception");
  let nestedBase = false;
  items.forEach((e, i) => {
    if (!isPyException(e))
      throw rt.error("ValueError", `Item ${i} of second argument (exceptions) is not an exception`);
    if (!rt.isInstance(e, exception)) nestedBase = true;
  });
  let target = cls;
  if (cls === baseExceptionGroupType) {
    if (!nestedBase) target = exceptionGroupType;
  } else if (cls === exceptionGroupType) {
    if (nestedBase) throw rt.error("TypeError", "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nestedBase && cls.isSubtypeOf(exception)) {
    throw rt.error("TypeError", `Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const eg = target.alloc(target) as PyExceptionGroup;
  eg.message = message;
  eg.exceptions = items as PyException[];
  eg.args = new PyTuple([message, seq]);
  return eg;
}

/** `str(eg)`: the message and the number of sub-exceptions. */
export function exceptionGroupStr(eg: PyExceptionGroup): string {
  const n = eg.exceptions.length;
  return `${eg.message} (${n} sub-exception${n === 1 ? "" : "s"})`;
}

type Matcher = (e: PyException) => boolean;

/** What `split`/`subgroup` accept: an exception type, a tuple of them, or a predicate. */
export function makeMatcher(rt: Interpreter, cond: PyValue): Matcher {
  const base = excType("BaseException");
  const isExcType = (t: PyValue) => t instanceof PyType && t.isSubtypeOf(base);
  if (isExcType(cond) || (cond instanceof PyTuple && cond.items.every(isExcType))) {
    const types = cond instanceof PyTuple ? (cond.items as PyType[]) : [cond as PyType];
    return (e) => types.some((t) => rt.isInstance(e, t));
  }
  if (!(cond instanceof PyType) && (cond instanceof PyObject || typeof cond === "object") && isCallable(cond)) {
    return (e) => rt.truthy(rt.call(cond, [e]));
  }
  throw rt.error("TypeError", "expected a function, exception type or tuple of exception types");
}

function isCallable(v: PyValue): boolean {
  return (
    v instanceof PyFunction ||
    v instanceof PyBuiltin ||
    v instanceof PyMethod ||
    typeOf(v).lookup("__call__") !== undefined
  );
}

/** A group made by `orig.derive(excs)`, with orig's traceback, cause, context and notes. */
function subset(rt: Interpreter, orig: PyExceptionGroup, excs: PyException[]): PyException | null {
  if (excs.length === 0) return null;
  const eg = rt.callMethod(orig, "derive", [rt.list(excs)]);
  if (!(eg instanceof PyExceptionGroup)) {
    throw rt.error("TypeError", "derive must return an instance of BaseExceptionGroup");
  }
  eg.traceback = orig.traceback.slice();
  eg.cause = orig.cause;
  eg.context = orig.context;
  eg.suppressContext = orig.suppressContext;
  const notes = orig.$dict?.get("__notes__");
  if (notes !== undefined) eg.$dict!.set("__notes__", notes);
  return eg;
}

/** `eg.split(cond)` (rest only when `withRest`): the matching and the other leaves, structure kept. */
export function splitGroup(
  rt: Interpreter,
  exc: PyException,
  match: Matcher,
  withRest: boolean,
): { match: PyException | null; rest: PyException | null } {
  if (match(exc)) return { match: exc, rest: null };
  if (!(exc instanceof PyExceptionGroup)) return { match: null, rest: withRest ? exc : null };
  const matched: PyException[] = [];
  const rest: PyException[] = [];
  for (const e of exc.exceptions) {
    const r = splitGroup(rt, e, match, withRest);
    if (r.match) matched.push(r.match);
    if (r.rest) rest.push(r.rest);
  }
  return { match: subset(rt, exc, matched), rest: withRest ? subset(rt, exc, rest) : null };
}

/** The state of one `try ... except*` while its clauses run. */
export interface StarState {
  readonly orig: PyException;
  /** What no clause has matched yet. */
  rest: PyException | null;
  /** The matched group of the clause running now (a bare `raise` re-raises it). */
  current: PyException | null;
  /** Raised by clauses, in order; `reraised` marks a clause's own matched group. */
  readonly raised: { exc: PyException; reraised: boolean }[];
}

/** Start the `except*` clauses for `e`. */
export function starBegin(e: PyException): StarState {
  return { orig: e, rest: e, current: null, raised: [] };
}

/** One `except* T` clause: the part of what is left that matches T, or null. */
export function starMatch(rt: Interpreter, st: StarState, t: PyValue): PyException | null {
  const types = t instanceof PyTuple ? t.items : [t];
  const base = excType("BaseException");
  for (const x of types) {
    if (!(x instanceof PyType) || !x.isSubtypeOf(base)) {
      throw rt.error("TypeError", "catching classes that do not inherit from BaseException is not allowed");
    }
    if (x.isSubtypeOf(baseExceptionGroupType)) {
      throw rt.error("TypeError", "catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
  }
  st.current = null;
  const rest = st.rest;
  if (rest === null) return null;
  // As CHECK_EG_MATCH: a full match of a lone exception is wrapped in a group; a group
  // that does not match as a whole is split with its own split().
  if (exceptionMatches(rt, rest, types as PyType[])) {
    st.rest = null;
    if (rest instanceof PyExceptionGroup) return (st.current = rest);
    const cls = rt.isInstance(rest, excType("Exception")) ? exceptionGroupType : baseExceptionGroupType;
    const wrapped = newExceptionGroup(rt, cls, ["", new PyTuple([rest])]);
    wrapped.traceback = rest.traceback.slice();
    return (st.current = wrapped);
  }
  if (!(rest instanceof PyExceptionGroup)) return null;
  const pair = rt.toArray(rt.callMethod(rest, "split", [t]));
  st.rest = pair[1] === None ? null : (pair[1] as PyException);
  return (st.current = pair[0] === None ? null : (pair[0] as PyException));
}

/** An exception that left an `except*` clause (`bare`: by a bare `raise`). */
export function starRaised(st: StarState, e: PyException, bare: boolean): void {
  st.raised.push({ exc: e, reraised: bare && e === st.current });
}

function exceptionMatches(rt: Interpreter, e: PyException, types: readonly PyType[]): boolean {
  return types.some((t) => rt.isInstance(e, t));
}

/** The leaves of `e` (itself when it is not a group). */
function leaves(e: PyException, out: Set<PyException>): Set<PyException> {
  if (e instanceof PyExceptionGroup) for (const x of e.exceptions) leaves(x, out);
  else out.add(e);
  return out;
}

/**
 * After the clauses: what the `try` statement raises, or null when everything was
 * handled. One that already holds this frame's traceback entry adds no other.
 */
export function starEnd(rt: Interpreter, st: StarState): PyException | null {
  const r = reraiseStar(rt, st);
  if (r) r.reraised = r.traceback.length > 0;
  return r;
}

function reraiseStar(rt: Interpreter, st: StarState): PyException | null {
  if (!(st.orig instanceof PyExceptionGroup)) {
    // A lone exception: at most one clause ran; what it raised or the unmatched exception goes on.
    if (st.raised.length) return st.raised[0]!.exc;
    return st.rest;
  }
  const raised = st.raised.filter((r) => !r.reraised).map((r) => r.exc);
  const keep = st.raised.filter((r) => r.reraised).map((r) => r.exc);
  if (st.rest) keep.push(st.rest);
  let reraised: PyException | null = null;
  if (keep.length) {
    const ids = new Set<PyException>();
    for (const k of keep) leaves(k, ids);
    reraised = splitGroup(rt, st.orig, (e) => !(e instanceof PyExceptionGroup) && ids.has(e), false).match;
  }
  if (raised.length === 0) return reraised;
  if (reraised) raised.push(reraised);
  if (raised.length === 1) return raised[0]!;
  return newExceptionGroup(rt, baseExceptionGroupType, ["", rt.list(raised)]);
}
