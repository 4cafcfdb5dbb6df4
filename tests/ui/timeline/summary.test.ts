import { describe, expect, it } from "vitest";
import { spans } from "../../../src/trace/spans";
import { findings } from "../../../src/ui/timeline/summary";
import { trace } from "./helpers";

const text = (name: string, release?: "4.5" | "6.5") =>
  findings(spans(trace(name, release))).map((f) => `${f.tone}: ${f.text}`);

describe("findings", () => {
  it("blog example 1: the response went out before the fetch came back, and the code went on", () => {
    expect(text("s01_wrong_usage")).toEqual([
      "warning: #1 POST /test: response sent 200 at 0.65 ms, before its fetch GET http://www.naver.com came back (at 103.65 ms); its code went on after the response, until 103.65 ms.",
    ]);
  });

  it("blog example 2: the response waits for the fetch", () => {
    expect(text("s02_coroutine_yield")).toEqual(["info: #1 POST /test: response sent 200 at 103.65 ms."]);
  });

  it("blocking: who blocked the loop, for how long, and whom it delayed", () => {
    expect(text("s06_blocking_sleep")).toEqual([
      "info: #1 GET /slow: response sent 200 at 300.35 ms.",
      "info: #2 GET /fast: response sent 200 at 300.7 ms.",
      "error: #2 GET /fast waited 280.35 ms for the loop, blocked by #1 time.sleep(0.3) (line 9).",
      "error: The loop was blocked for 300 ms by #1: time.sleep(0.3) (line 9).",
    ]);
  });

  it("a handler that never finishes: the client gives up", () => {
    expect(text("s04_asynchronous_no_finish", "4.5")).toEqual([
      "error: #1 GET /test: no response; the client gave up at 600 ms (TimeoutError).",
    ]);
  });

  it("a module that does not load", () => {
    expect(text("s04_asynchronous_no_finish", "6.5")).toEqual([
      "error: The module did not load: AttributeError: module 'tornado.web' has no attribute 'asynchronous' (line 8).",
    ]);
  });

  it("an uncaught exception is named", () => {
    expect(text("s10_error_after_yield")).toContain("error: #1 at 53.5 ms: Uncaught exception GET /boom (127.0.0.1)");
  });
});
