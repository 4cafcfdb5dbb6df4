/**
 * The modules the runtime provides to Python code: tornado.* (per release), time,
 * and logging. Built on first import, per run.
 */
import { PyModule, PyFloat, None, type PyValue } from "../python/objects/core";
import { PyTuple } from "../python/objects/containers";
import { fn } from "../python/builtins/registry";
import type { Interpreter } from "../python";
import type { TornadoContext } from "./tornado/context";
import { makeWebModule, type WebModule } from "./tornado/web";
import { makeGenModule } from "./tornado/gen";
import { makeIoloopModule, EPOCH_SECONDS } from "./tornado/ioloop";
import { makeHttpclientModule } from "./tornado/httpclient";
import { makeConcurrentModule } from "./tornado/concurrent";
import { seconds } from "./tornado/seconds";

export class RuntimeModules {
  web: WebModule | null = null;

  constructor(private readonly ctx: TornadoContext) {}

  /** Build the module `name`, or undefined when the runtime does not provide it. */
  load(rt: Interpreter, name: string): PyModule | undefined {
    const ctx = this.ctx;
    const cached = ctx.modules.get(name);
    if (cached) return cached;
    let m: PyModule | undefined;
    switch (name) {
      case "tornado": {
        m = new PyModule("tornado");
        const p = ctx.world.profile;
        m.$dict!.set("version", p.version);
        m.$dict!.set("version_info", new PyTuple([...p.versionInfo]));
        break;
      }
      case "tornado.web":
        this.web = makeWebModule(ctx);
        m = this.web.module;
        break;
      case "tornado.gen":
        m = makeGenModule(ctx);
        break;
      case "tornado.ioloop":
        m = makeIoloopModule(ctx);
        break;
      case "tornado.httpclient":
        m = makeHttpclientModule(ctx);
        break;
      case "tornado.concurrent":
        m = makeConcurrentModule(ctx);
        break;
      case "tornado.simple_httpclient":
        this.load(rt, "tornado.httpclient");
        m = ctx.modules.get(name);
        break;
      case "tornado.options":
      case "tornado.httpserver":
      case "tornado.log":
        m = new PyModule(name);
        for (const k of ["define", "parse_command_line", "enable_pretty_logging", "HTTPServer"]) {
          m.$dict!.set(
            k,
            fn(k, () => None),
          );
        }
        m.$dict!.set("options", None);
        break;
      case "time":
        m = this.timeModule(rt);
        break;
      default:
        return undefined;
    }
    if (m) ctx.modules.set(name, m);
    return m;
  }

  private timeModule(rt: Interpreter): PyModule {
    const world = this.ctx.world;
    const m = new PyModule("time");
    const d = m.$dict!;
    d.set(
      "sleep",
      fn("sleep", (_rt, [s]) => {
        const secs = seconds(rt, s);
        if (secs < 0) throw rt.error("ValueError", "sleep length must be non-negative");
        world.block(secs * 1e6, `time.sleep(${rt.repr(s)})`);
        return None;
      }),
    );
    d.set(
      "time",
      fn("time", () => new PyFloat(EPOCH_SECONDS + world.now() / 1e6)),
    );
    const mono = fn("monotonic", () => new PyFloat(1000 + world.now() / 1e6));
    d.set("monotonic", mono);
    d.set("perf_counter", mono);
    d.set("process_time", mono);
    return m;
  }
}

export type { PyValue };
