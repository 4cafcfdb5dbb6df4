/**
 * tornado.queues: Queue, PriorityQueue, LifoQueue with QueueEmpty and QueueFull;
 * put/get return Futures, with tornado's hand-off rules: a put wakes the oldest getter
 * directly, a get takes from the oldest blocked putter. (asyncio's, which only wake a
 * waiter, are in asyncio-queue.ts.)
 */
import { PyInstance, PyType, None, type KwArgs, type PyValue } from "../../python/objects/core";
import { methods, getter } from "../../python/builtins/registry";
import { PyFuture } from "../futures/future";
import { exceptionClass, runtimeClass, kwGet } from "../tornado/context";
import { makeLockClasses, setWaitTimeout, type SyncEnv } from "./sync";

type Order = "fifo" | "lifo" | "priority";

class QueueObj extends PyInstance {
  maxsize = 0;
  items: PyValue[] = [];
  getters: PyFuture[] = [];
  putters: [PyValue, PyFuture][] = [];
  unfinished = 0;
  finished: PyValue = None;
  order: Order = "fifo";
}

export function makeQueueClasses(env: SyncEnv): Record<string, PyType> {
  const { ctx, module } = env;
  const rt = ctx.world.rt;
  const cc = ctx.cc;
  const eventType = makeLockClasses(env).Event!;
  const queueEmpty = exceptionClass("QueueEmpty", module);
  const queueFull = exceptionClass("QueueFull", module);
  const q = (v: PyValue) => v as QueueObj;

  const full = (o: QueueObj) => o.maxsize > 0 && o.items.length >= o.maxsize;
  const putInternal = (o: QueueObj, item: PyValue) => {
    o.unfinished++;
    rt.callMethod(o.finished, "clear", []);
    if (o.order === "priority") {
      // heapq order: the smallest item first, ties in insertion order.
      let i = o.items.length;
      while (i > 0 && rt.lt(item, o.items[i - 1]!)) i--;
      o.items.splice(i, 0, item);
    } else o.items.push(item);
  };
  const take = (o: QueueObj): PyValue => (o.order === "lifo" ? o.items.pop()! : o.items.shift()!);
  const dropExpired = (o: QueueObj) => {
    o.putters = o.putters.filter(([, f]) => !f.done());
    o.getters = o.getters.filter((f) => !f.done());
  };
  const putNowait = (o: QueueObj, item: PyValue) => {
    dropExpired(o);
    if (o.getters.length) {
      const getter = o.getters.shift()!;
      putInternal(o, item);
      const v = take(o);
      if (!getter.done()) getter.setResult(v);
    } else if (full(o)) throw rt.call(queueFull, []);
    else putInternal(o, item);
  };
  const getNowait = (o: QueueObj): PyValue => {
    dropExpired(o);
    if (o.putters.length) {
      const [item, putter] = o.putters.shift()!;
      putInternal(o, item);
      if (!putter.done()) putter.setResult(None);
      return take(o);
    }
    if (o.items.length) return take(o);
    throw rt.call(queueEmpty, []);
  };
  const timeoutArg = (args: PyValue[], kw: KwArgs | null, i: number) => args[i] ?? kwGet(kw, "timeout") ?? None;

  const queueType = runtimeClass("Queue", module, undefined, (cls) => new QueueObj(cls));
  methods(queueType, {
    __init__: (_rt, self, args, kw) => {
      const o = q(self);
      const maxsize = args[0] ?? kwGet(kw, "maxsize") ?? 0;
      if (maxsize === None) throw rt.error("TypeError", "maxsize can't be None");
      if (typeof maxsize !== "number" || maxsize < 0) throw rt.error("ValueError", "maxsize can't be negative");
      o.maxsize = maxsize;
      o.finished = rt.call(eventType, []);
      rt.callMethod(o.finished, "set", []);
      o.order = rt.getattr(o, "_order") as Order;
      return None;
    },
    qsize: (_rt, self) => q(self).items.length,
    empty: (_rt, self) => q(self).items.length === 0,
    full: (_rt, self) => full(q(self)),
    put: (_rt, self, args, kw) => {
      const o = q(self);
      const fut = cc.newFuture("Queue.put()");
      try {
        putNowait(o, args[0]!);
        fut.setResult(None);
      } catch (e) {
        if (!rt.isInstance(e as PyValue, queueFull)) throw e;
        o.putters.push([args[0]!, fut]);
        setWaitTimeout(env, fut, timeoutArg(args, kw, 1));
      }
      return fut;
    },
    put_nowait: (_rt, self, [item]) => {
      putNowait(q(self), item!);
      return None;
    },
    get: (_rt, self, args, kw) => {
      const o = q(self);
      const fut = cc.newFuture("Queue.get()");
      try {
        fut.setResult(getNowait(o));
      } catch (e) {
        if (!rt.isInstance(e as PyValue, queueEmpty)) throw e;
        o.getters.push(fut);
        setWaitTimeout(env, fut, timeoutArg(args, kw, 0));
      }
      return fut;
    },
    get_nowait: (_rt, self) => getNowait(q(self)),
    task_done: (_rt, self) => {
      const o = q(self);
      if (o.unfinished <= 0) throw rt.error("ValueError", "task_done() called too many times");
      o.unfinished--;
      if (o.unfinished === 0) rt.callMethod(o.finished, "set", []);
      return None;
    },
    join: (_rt, self, args, kw) => {
      return rt.callMethod(q(self).finished, "wait", [timeoutArg(args, kw, 0)]);
    },
    __aiter__: (_rt, self) => {
      const it = new PyInstance(iteratorType);
      it.$dict!.set("q", self);
      if (ctx.world.profile.features.queueAiterFuture) {
        // 4.x's __aiter__ is a gen.coroutine (the pre-3.5.2 protocol): `async for` gets a
        // Future, which has no __anext__.
        const f = cc.newFuture("Queue.__aiter__()");
        f.setResult(it);
        return f;
      }
      return it;
    },
    __repr__: (_rt, self) => {
      const o = q(self);
      let s = `<${o.$cls.name} at ${rt.addressOf(o)} maxsize=${o.maxsize}`;
      if (o.items.length) s += ` queue=${rt.repr(rt.list([...o.items]))}`;
      if (o.getters.length) s += ` getters[${o.getters.length}]`;
      if (o.putters.length) s += ` putters[${o.putters.length}]`;
      if (o.unfinished) s += ` tasks=${o.unfinished}`;
      return s + ">";
    },
  });
  const iteratorType = runtimeClass("_QueueIterator", module);
  methods(iteratorType, {
    __anext__: (_rt, self) => rt.callMethod((self as PyInstance).$dict!.get("q")!, "get", []),
  });
  getter(queueType, "maxsize", (_rt, self) => q(self).maxsize);
  queueType.dict.set("_order", "fifo");
  const priorityType = runtimeClass("PriorityQueue", module, [queueType]);
  priorityType.dict.set("_order", "priority");
  const lifoType = runtimeClass("LifoQueue", module, [queueType]);
  lifoType.dict.set("_order", "lifo");
  return {
    Queue: queueType,
    PriorityQueue: priorityType,
    LifoQueue: lifoType,
    QueueEmpty: queueEmpty,
    QueueFull: queueFull,
  };
}
