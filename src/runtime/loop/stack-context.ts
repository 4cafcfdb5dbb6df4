/**
 * tornado.stack_context (≤5.1): an `ExceptionStackContext` entered around some code
 * stays with every callback that code schedules through the IOLoop (add_callback,
 * add_timeout, add_future, a fetch's callback), and with what those schedule in turn;
 * an exception escaping such a callback goes to its handlers, innermost first, before
 * the IOLoop would log it. 6.x has none: nothing ever enters one there.
 */
import type { PyException } from "../../python/objects/exceptions";

export interface StackContext {
  /** The context's exception_handler: true when it took the exception. */
  readonly handle: (e: PyException) => boolean;
  /** The context that was current when this one was entered. */
  readonly parent: StackContext | null;
  /** False once deactivated (gen.engine/coroutine finished): callbacks then skip it. */
  active: boolean;
}

/** Where 5.1's stack_context.py warns: on entering an ExceptionStackContext, or (with
 * delay_warning, as @asynchronous enters it) only when it catches an exception. */
export type StackContextWarningSite = "enter" | "catch";

/** What can issue a Python warning (the World). */
interface Warner {
  warn(category: string, message: string, filename: string, line: number, sourceLine: string | null): void;
}

/** 5.1's DeprecationWarning for a StackContext, from the line of `site`. */
export function warnStackContextDeprecated(world: Warner, site: StackContextWarningSite): void {
  world.warn(
    "DeprecationWarning",
    "StackContext is deprecated and will be removed in Tornado 6.0",
    "tornado/stack_context.py",
    site === "enter" ? 196 : 208,
    null,
  );
}

/**
 * What stack_context.wrap does with an exception escaping a callback run in `ctx`:
 * each active handler, innermost first, may take it (true) or pass it on; one that
 * raises passes its own exception on instead. Returns the exception nobody took, or null.
 */
export function handleInContexts(
  ctx: StackContext | null,
  e: PyException,
  isPyException: (x: unknown) => x is PyException,
): PyException | null {
  let exc = e;
  for (let c = ctx; c; c = c.parent) {
    if (!c.active) continue;
    try {
      if (c.handle(exc)) return null;
    } catch (err) {
      if (!isPyException(err)) throw err;
      exc = err;
    }
  }
  return exc;
}
