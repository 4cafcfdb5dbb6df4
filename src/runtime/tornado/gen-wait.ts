/**
 * gen.WaitIterator (4.1+): the results of several Futures in the order they finish.
 * `next()` gives a new Future for the next one; `current_index` / `current_future`
 * say which input it was; `done()` ends the loop; `async for` works from 4.3.
 */
import { PyInstance, PyType, None, type PyValue } from "../../python/objects/core";
import { methods } from "../../python/builtins/registry";
import { PyFuture } from "../futures/future";
import { futureAddDoneCallback } from "../py/native";
import { runtimeClass, type TornadoContext } from "./context";
import { toFuture } from "./gen-timeout";

class WaitIteratorObj extends PyInstance {
  unfinished = new Map<PyFuture, PyValue>();
  finished: PyFuture[] = [];
  running: PyFuture | null = null;
}

export function makeWaitIterator(ctx: TornadoContext): PyType {
  const world = ctx.world;
  const rt = world.rt;
  const t = runtimeClass("WaitIterator", "tornado.gen", undefined, (cls) => new WaitIteratorObj(cls));
  const W = (v: PyValue) => v as WaitIteratorObj;
  const setCurrent = (w: WaitIteratorObj, index: PyValue, fut: PyValue) => {
    w.$dict!.set("current_index", index);
    w.$dict!.set("current_future", fut);
  };
  const returnResult = (w: WaitIteratorObj, done: PyFuture): PyFuture => {
    const res = w.running!;
    futureAddDoneCallback(done, (f) => {
      if (res.done()) return;
      f.retrieved = true;
      if (f.exception) res.setException(f.exception, f.tracebackText);
      else res.setResult(f.result);
    });
    w.running = null;
    setCurrent(w, w.unfinished.get(done) ?? None, done);
    w.unfinished.delete(done);
    return res;
  };
  methods(t, {
    __init__: (_rt, self, args, kw) => {
      const w = W(self);
      if (args.length && kw && kw.names.length)
        throw rt.error("ValueError", "You must provide args or kwargs, not both");
      const entries: [PyValue, PyValue][] =
        kw && kw.names.length ? kw.names.map((n, i) => [n, kw.values[i]!]) : args.map((a, i) => [i, a]);
      setCurrent(w, None, None);
      for (const [key, v] of entries) {
        const fut = toFuture(ctx, v);
        w.unfinished.set(fut, key);
        futureAddDoneCallback(fut, (done) => {
          if (w.running && !w.running.done()) returnResult(w, done);
          else w.finished.push(done);
        });
      }
      return None;
    },
    done: (_rt, self) => {
      const w = W(self);
      if (w.finished.length || w.unfinished.size) return false;
      setCurrent(w, None, None);
      return true;
    },
    next: (_rt, self) => {
      const w = W(self);
      w.running = ctx.cc.newFuture("WaitIterator.next()");
      if (w.finished.length) return returnResult(w, w.finished.shift()!);
      return w.running;
    },
    __aiter__: (_rt, self) => {
      if (!ctx.world.profile.features.queueAiterFuture) return self;
      // 4.x: a gen.coroutine (the pre-3.5.2 protocol), so `async for` gets a Future.
      const f = ctx.cc.newFuture("WaitIterator.__aiter__()");
      f.setResult(self);
      return f;
    },
    __anext__: (_rt, self) => {
      if (rt.callMethod(self, "done", []) === true) throw rt.error("StopAsyncIteration");
      return rt.callMethod(self, "next", []);
    },
  });
  return t;
}
