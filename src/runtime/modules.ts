/**
 * The modules the runtime provides to Python code: tornado.* (per release), time,
 * asyncio, logging, warnings, traceback and concurrent.futures. Built on first import, per run.
 */
import { Namespace, PyModule, type PyValue } from "../python/objects/core";
import { PyTuple } from "../python/objects/containers";
import type { Interpreter } from "../python";
import type { TornadoContext } from "./tornado/context";
import { makeWebModule, type WebModule } from "./tornado/web";
import { makeGenModule } from "./tornado/gen";
import { makeIoloopModule } from "./tornado/ioloop";
import { makeHttpclientModule } from "./tornado/httpclient";
import { makeConcurrentModule } from "./tornado/concurrent";
import { makeUtilModule } from "./tornado/util";
import { makeLocksModule, makeQueuesModule } from "./tornado/locks";
import { makeEscapeModule } from "./tornado/escape";
import { makeOptionsModule } from "./tornado/options";
import { makeLogModule } from "./tornado/log";
import { makeHttpserverModule } from "./tornado/httpserver";
import { makeTemplateModule } from "./tornado/template";
import { makeTimeModule } from "./py/time";
import { makeWarningsModule } from "./py/warnings";
import { makeLoggingModule } from "./py/logging";
import { makeAsyncioModule } from "./py/asyncio";
import { makeWebsocketModule } from "./tornado/websocket";
import { makePlatformAsyncioModule } from "./tornado/platform-asyncio";
import { VirtualThreads } from "./py/executor";
import { ModuleLoop } from "./py/asyncio-loop";
import { makeTaskType, TaskRegistry, type TaskKit } from "./py/asyncio-task";

/**
 * The tornado package's namespace: a submodule the runtime provides shows up as an
 * attribute on first use, as Tornado 6.3+'s lazy `__getattr__` gives it after a bare
 * `import tornado` (and as the reference harness, which imports tornado.web, gen,
 * ioloop and httpclient before the code runs, shows them in every release).
 */
class LazyPackage extends Namespace {
  constructor(private readonly loadSub: (name: string) => PyModule | undefined) {
    super();
  }

  override get(key: string): PyValue | undefined {
    const v = super.get(key);
    if (v !== undefined || key.startsWith("_")) return v;
    const m = this.loadSub(key);
    if (m) super.set(key, m);
    return m;
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

export class RuntimeModules {
  web: WebModule | null = null;
  /** The executors' virtual threads (run_in_executor, ThreadPoolExecutor). */
  readonly threads: VirtualThreads;
  /** Runs the loop from module level (asyncio.run, IOLoop.run_sync). */
  readonly moduleLoop: ModuleLoop;

  /** The run's asyncio Tasks: which one runs now, which are alive. */
  readonly tasks = new TaskRegistry();
  /** asyncio's Task class where asyncio's loop is Tornado's (5.0+): Tornado's own Tasks
   * (convert_yielded, 6.x's _execute) are made with it, so current_task() sees them. */
  private readonly sharedTasks: TaskKit | null = null;

  constructor(private readonly ctx: TornadoContext) {
    this.threads = new VirtualThreads(ctx);
    this.moduleLoop = new ModuleLoop(ctx);
    if (ctx.world.profile.asyncioLoop === "shared") {
      const kit = makeTaskType(ctx.cc, ctx.cc.futureType, this.moduleLoop, false, this.tasks);
      this.sharedTasks = kit;
      ctx.cc.taskStarter = (coro, label) => kit.create(coro, undefined, label);
    }
  }

  /** Build the module `name`, or undefined when the runtime does not provide it. */
  load(rt: Interpreter, name: string): PyModule | undefined {
    const ctx = this.ctx;
    const cached = ctx.modules.get(name);
    if (cached) return cached;
    const p = ctx.world.profile;
    let m: PyModule | undefined;
    switch (name) {
      case "tornado": {
        m = new PyModule("tornado", new LazyPackage((sub) => this.load(rt, `tornado.${sub}`)));
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
        m = makeIoloopModule(ctx, { threads: this.threads, moduleLoop: this.moduleLoop });
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
      case "tornado.util":
        m = makeUtilModule(ctx);
        break;
      case "tornado.locks":
        // tornado.locks and tornado.queues arrived in 4.2.
        if (p.release === "3.2") return undefined;
        m = makeLocksModule(ctx);
        break;
      case "tornado.queues":
        if (p.release === "3.2") return undefined;
        m = makeQueuesModule(ctx);
        break;
      case "tornado.escape":
        m = makeEscapeModule(ctx);
        break;
      case "tornado.options":
        m = makeOptionsModule(ctx);
        break;
      case "tornado.log":
        m = makeLogModule(ctx);
        break;
      case "tornado.httpserver":
        m = makeHttpserverModule();
        break;
      case "tornado.template":
        m = makeTemplateModule(rt);
        break;
      case "time":
        m = makeTimeModule(ctx.world, (us, cause) => this.threads.sleep(us, cause));
        break;
      case "warnings":
        m = makeWarningsModule(rt);
        break;
      case "logging":
        m = makeLoggingModule({
          world: ctx.world,
          cc: ctx.cc,
          // sys.exc_info(): the innermost exception an except (or finally) block handles.
          currentException: () => rt.handling[rt.handling.length - 1] ?? null,
        });
        break;
      case "asyncio":
        m = makeAsyncioModule(ctx, this.threads, this.moduleLoop, this.tasks, this.sharedTasks);
        break;
      case "tornado.platform":
        m = new PyModule("tornado.platform");
        break;
      case "tornado.platform.asyncio":
        m = makePlatformAsyncioModule(ctx);
        break;
      case "tornado.websocket":
        if (!this.web) this.load(rt, "tornado.web");
        m = makeWebsocketModule(ctx, this.web!);
        break;
      case "tornado.httputil":
        if (!this.web) this.load(rt, "tornado.web");
        m = this.web!.httputil.module;
        break;
      case "concurrent":
        m = new PyModule("concurrent");
        break;
      case "concurrent.futures":
        m = this.threads.module();
        break;
      default:
        return undefined;
    }
    if (m) ctx.modules.set(name, m);
    return m;
  }
}
