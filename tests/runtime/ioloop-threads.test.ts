/**
 * IOLoop.current() on an executor's worker thread, per release (real Tornado 4.5.3,
 * 5.1.1, 6.2 and 6.5.7 run on CPython 3.11): the one global loop on 3.x/4.x, an error
 * on 5.x (and 6.2), and from 6.3 an IOLoop of the thread's own that nothing runs.
 */
import { describe, expect, it } from "vitest";
import { stdoutOf } from "./run-helpers";

const source = `
import asyncio
from tornado import gen
from tornado.ioloop import IOLoop

def work():
    try:
        loop = IOLoop.current()
    except RuntimeError as e:
        return "error: %s" % e
    loop.add_callback(print, "callback from the thread ran")
    return "same loop" if loop is main else "own loop"

async def run():
    global main
    main = IOLoop.current()
    print(await main.run_in_executor(None, work))
    await gen.sleep(0.05)

main = None
IOLoop.current().run_sync(run)
`;

describe("IOLoop.current() on a worker thread", () => {
  it("is a loop of the thread's own in 6.5: what it schedules never runs", () => {
    expect(stdoutOf(source, "6.5")).toBe("own loop\n");
  });

  it("raises in 5.1: asyncio has no event loop for the thread", () => {
    expect(stdoutOf(source, "5.1")).toBe("error: There is no current event loop in thread 'asyncio_0'.\n");
  });
});
