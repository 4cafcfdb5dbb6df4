/**
 * The examples gallery: scenarios that show, each in one chart, something Tornado
 * does that surprises people. The first eight are the examples of the 2014 blog post
 * this project starts from; the rest go beyond it.
 *
 * Each example is a scenario text (its `.py` file next to this one, in the format the
 * command-line runner reads), a title, and an explanation of what to notice in the
 * chart. Every example's trace is checked against real Tornado by
 * tests/gallery/gallery.test.ts.
 *
 * The sources are imported as text (`?raw`), which Vite and vitest understand; the
 * command-line runner does not need this module.
 */
import asyncNotAwaited from "./async-not-awaited.py?raw";
import blogAsynchronousFinish from "./blog-asynchronous-finish.py?raw";
import blogAsynchronousNoFinish from "./blog-asynchronous-no-finish.py?raw";
import blogBlockingLoop from "./blog-blocking-loop.py?raw";
import blogBothDecorators from "./blog-both-decorators.py?raw";
import blogCoroutineYield from "./blog-coroutine-yield.py?raw";
import blogFireAndForgetLog from "./blog-fire-and-forget-log.py?raw";
import blogGenSleep from "./blog-gen-sleep.py?raw";
import blogNoYield from "./blog-no-yield.py?raw";
import errorAfterYield from "./error-after-yield.py?raw";
import fireAndForgetError from "./fire-and-forget-error.py?raw";
import maxClients from "./max-clients.py?raw";
import parallelVsSequential from "./parallel-vs-sequential.py?raw";
import runInExecutor from "./run-in-executor.py?raw";
import withTimeout from "./with-timeout.py?raw";

/** One gallery example. */
export interface GalleryExample {
  /** Stable, URL-safe; also the name of its `.py` file. */
  readonly id: string;
  /** `blog`: from the 2014 post; `beyond`: further lessons. */
  readonly group: "blog" | "beyond";
  readonly title: string;
  /** Two to four sentences: what to notice in the chart. */
  readonly explanation: string;
  /** The scenario text, directives included; its `# tornado:` line (if any) sets the release. */
  readonly source: string;
}

/** Every example, the blog's first and in the post's order. */
export const GALLERY: readonly GalleryExample[] = [
  {
    id: "blog-no-yield",
    group: "blog",
    title: "post() calls a coroutine without yield",
    explanation:
      "The blog's first handler, pasted as it was: a bare post() and its helper, no directives. " +
      "post() calls the coroutine test() without yield, so test() runs up to its fetch, post() returns, " +
      "and Tornado finishes the request at once: the response (200, empty body) is sent before the fetch comes back. " +
      "When the fetch answers 100 ms later, test() goes on printing: work after the response, with nobody waiting for it.",
    source: blogNoYield,
  },
  {
    id: "blog-coroutine-yield",
    group: "blog",
    title: "@gen.coroutine with yield",
    explanation:
      "The fix: post() is a @gen.coroutine and waits with yield self.test(...). " +
      "The request lane shows post() suspended at the yield, labelled with what it waits on, and the response goes out only after the fetch completed. " +
      "Meanwhile the IOLoop lane is idle: the single thread is free to serve other requests.",
    source: blogCoroutineYield,
  },
  {
    id: "blog-asynchronous-finish",
    group: "blog",
    title: "@web.asynchronous with self.finish()",
    explanation:
      "In Tornado 4.5, @web.asynchronous tells Tornado not to finish the request when post() returns; test() calls self.finish() itself after its fetch. " +
      "The response is sent at the end of the fetch, as with yield, but the finish is explicit. " +
      "The decorator was deprecated in 5.1 and removed in 6.0: switch the release to 6.5 to see the AttributeError.",
    source: blogAsynchronousFinish,
  },
  {
    id: "blog-asynchronous-no-finish",
    group: "blog",
    title: "@web.asynchronous without finish(): the request hangs",
    explanation:
      "@web.asynchronous and no self.finish() anywhere. The fetch completes and prints 200, but nothing ever finishes the request. " +
      "Its lane stays open until the client gives up after 600 ms (the # client-timeout: line): no response, and no access-log line.",
    source: blogAsynchronousNoFinish,
  },
  {
    id: "blog-both-decorators",
    group: "blog",
    title: "@web.asynchronous and @gen.coroutine together",
    explanation:
      "@web.asynchronous above @gen.coroutine: the coroutine's Future tells Tornado when get() is done, so the request finishes by itself after the fetch, although no line calls finish(). " +
      "The chart looks like the plain @gen.coroutine example. " +
      "Stacked the other way round the two decorators break: a 500 (BadYieldError) in 4.5, a hung request in 3.2.",
    source: blogBothDecorators,
  },
  {
    id: "blog-blocking-loop",
    group: "blog",
    title: "A long loop blocks every other request",
    explanation:
      "/report adds up three million numbers in a plain loop (about 110 ms of CPU on a typical machine); /ping arrives 20 ms later. " +
      "The IOLoop lane shows one long stretch held by /report, and /ping waits in its lane until the loop ends, although it needs almost no work. " +
      "One thread serves every request: any long computation, or a time.sleep(), delays them all.",
    source: blogBlockingLoop,
  },
  {
    id: "blog-gen-sleep",
    group: "blog",
    title: "gen.sleep lets other requests in",
    explanation:
      "The same two requests, but /report waits with yield gen.sleep(0.3) instead of working. " +
      "At the yield the handler suspends and the IOLoop lane goes idle, so /ping is answered at once, at 20 ms; /report resumes when its timer fires. " +
      "Waiting does not block the loop; only running code does.",
    source: blogGenSleep,
  },
  {
    id: "blog-fire-and-forget-log",
    group: "blog",
    title: "Fire-and-forget logging",
    explanation:
      "Calling a coroutine without yield is right when nobody needs its result: post() starts send_log() and its response goes out at once. " +
      "The log fetch goes on after the response and prints when it comes back 200 ms later. " +
      "It is the first example's pattern, here on purpose: the response does not depend on the log.",
    source: blogFireAndForgetLog,
  },
  {
    id: "parallel-vs-sequential",
    group: "beyond",
    title: "Parallel against sequential fetches",
    explanation:
      "Both handlers fetch the same two hosts, which answer after 100 ms and 150 ms. " +
      "/sequential yields one fetch and then the other: its fetch lanes follow each other and it answers after 250 ms. " +
      "/parallel yields a list of both: they are in flight together and it answers after 150 ms, the slower of the two.",
    source: parallelVsSequential,
  },
  {
    id: "error-after-yield",
    group: "beyond",
    title: "An exception after a yield",
    explanation:
      "The handler resumes after its fetch and raises ValueError. " +
      "Because the coroutine's Future carries the exception back to Tornado, it still belongs to the request: Tornado logs Uncaught exception with the traceback and answers 500. " +
      "Look for the error marker and the 500 response on the same lane.",
    source: errorAfterYield,
  },
  {
    id: "fire-and-forget-error",
    group: "beyond",
    title: "An exception in fire-and-forget code",
    explanation:
      "send_welcome_mail() is started without yield and fails after its fetch (KeyError: 'id'). " +
      "The request was answered 200 long before, so the error has nowhere to go: it appears only as Future exception was never retrieved on the asyncio logger, when the orphaned Future is collected. " +
      "Switch to Tornado 3.2 and it vanishes without a trace.",
    source: fireAndForgetError,
  },
  {
    id: "max-clients",
    group: "beyond",
    title: "The max_clients queue",
    explanation:
      "One request starts twelve fetches at once, but AsyncHTTPClient opens at most ten connections (max_clients=10). " +
      "Ten fetch lanes go in flight together; the last two wait in the queue until slots free up, and the handler resumes after the second round, at about 200 ms instead of 100.",
    source: maxClients,
  },
  {
    id: "async-not-awaited",
    group: "beyond",
    title: "async def called without await",
    explanation:
      "notify_followers() is an async def, called without await. " +
      "Unlike a @gen.coroutine, its body never starts: no print, no fetch lane. " +
      "Python only warns RuntimeWarning: coroutine ... was never awaited, and the request answers 200 as if nothing were wrong.",
    source: asyncNotAwaited,
  },
  {
    id: "with-timeout",
    group: "beyond",
    title: "gen.with_timeout",
    explanation:
      "gen.with_timeout gives up on a 400 ms fetch after 200 ms: the handler catches the TimeoutError and answers. " +
      "The fetch is not cancelled: its lane goes on after the response until the remote answers, and its done-callback still prints.",
    source: withTimeout,
  },
  {
    id: "run-in-executor",
    group: "beyond",
    title: "run_in_executor",
    explanation:
      "make_thumbnail() sleeps for 300 ms, but on a worker thread of run_in_executor, not on the IOLoop. " +
      "The handler suspends at the await, the IOLoop lane stays idle, and /ping at 50 ms is answered straight away. " +
      "Called directly, the same time.sleep() would block every request, like the long loop.",
    source: runInExecutor,
  },
];

/** The example with this id, or undefined. */
export function galleryExample(id: string): GalleryExample | undefined {
  return GALLERY.find((e) => e.id === id);
}
