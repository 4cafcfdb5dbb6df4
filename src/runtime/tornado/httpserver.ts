/** tornado.httpserver.HTTPServer: accepted and inert (the playground serves the application itself). */
import { PyModule, None } from "../../python/objects/core";
import { methods } from "../../python/builtins/registry";
import { runtimeClass } from "./context";

export function makeHttpserverModule(): PyModule {
  const server = runtimeClass("HTTPServer", "tornado.httpserver");
  const inert = () => None;
  methods(server, {
    __init__: inert,
    listen: inert,
    bind: inert,
    start: inert,
    stop: inert,
    add_sockets: inert,
  });
  const m = new PyModule("tornado.httpserver");
  m.$dict!.set("HTTPServer", server);
  return m;
}
