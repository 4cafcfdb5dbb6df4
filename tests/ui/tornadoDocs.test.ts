import { describe, expect, it } from "vitest";
import { dottedChainAt, tornadoDocFor } from "../../src/ui/editor/tornadoDocs";

/** The chain ending at the first occurrence of `word` in `line`. */
const chainAt = (line: string, word: string) => {
  const start = line.indexOf(word);
  return dottedChainAt(line, start, start + word.length);
};

describe("dotted names under the pointer", () => {
  it.each([
    ["    @gen.coroutine", "coroutine", ["gen", "coroutine"]],
    ["        res = yield httpClient.fetch(url)", "fetch", ["httpClient", "fetch"]],
    ["        IOLoop.current().add_callback(cb)", "add_callback", ["IOLoop", "current", "add_callback"]],
    [
      "x = tornado.ioloop.IOLoop.current(a(b)).spawn_callback(f)",
      "spawn_callback",
      ["tornado", "ioloop", "IOLoop", "current", "spawn_callback"],
    ],
    ["        self.finish()", "finish", ["self", "finish"]],
    ["print(finish)", "finish", ["finish"]],
    ["a = (x).fetch", "fetch", ["fetch"]],
  ])("%s at %s", (line, word, chain) => {
    expect(chainAt(line, word)).toEqual(chain);
  });
});

describe("tornado descriptions", () => {
  it.each([
    [["gen", "coroutine"], "tornado.gen.coroutine"],
    [["coroutine"], "tornado.gen.coroutine"],
    [["web", "asynchronous"], "tornado.web.asynchronous"],
    [["tornado", "web", "RequestHandler"], "tornado.web.RequestHandler"],
    [["self", "finish"], "RequestHandler.finish"],
    [["httpClient", "fetch"], "AsyncHTTPClient.fetch"],
    [["IOLoop", "current", "add_callback"], "IOLoop.add_callback"],
    [["gen", "sleep"], "tornado.gen.sleep"],
    [["time", "sleep"], "time.sleep"],
  ])("%j is %s", (chain, name) => {
    const doc = tornadoDocFor(chain);
    expect(doc?.name).toBe(name);
    // One line: no newline, and short enough for a hover.
    expect(doc!.doc).not.toContain("\n");
    expect(doc!.doc.length).toBeLessThan(200);
  });

  it.each([
    [["sleep"]],
    [["other", "finish"]],
    [["self", "fetch_all"]],
    [["toString"]],
    [["constructor"]],
    [["x", "__proto__"]],
    [[]],
  ])("%j is not described", (chain) => {
    expect(tornadoDocFor(chain)).toBeNull();
  });
});
