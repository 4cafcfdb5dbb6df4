/**
 * tornado.websocket, as far as the playground's plain-HTTP client meets it: a
 * WebSocketHandler answers a request without an `Upgrade: websocket` header with 400
 * and `Can "Upgrade" only to "WebSocket".` (its callbacks never run); sending on a
 * connection that never opened raises WebSocketClosedError.
 */
import { PyModule, None } from "../../python/objects/core";
import { methods } from "../../python/builtins/registry";
import { exceptionClass, runtimeClass, type TornadoContext } from "./context";
import type { WebModule } from "./web";
import type { HandlerInstance } from "./handler";

const REFUSAL = 'Can "Upgrade" only to "WebSocket".';

export function makeWebsocketModule(ctx: TornadoContext, web: WebModule): PyModule {
  const world = ctx.world;
  const rt = world.rt;
  const wsError = exceptionClass("WebSocketError", "tornado.websocket");
  const closedError = exceptionClass("WebSocketClosedError", "tornado.websocket", wsError);
  const handler = runtimeClass("WebSocketHandler", "tornado.websocket", [web.handler.type]);
  const notOpen = () => {
    throw rt.call(closedError, []);
  };
  methods(handler, {
    get: (_rt, self) => {
      const upgrade = rt.callMethod(rt.getattr(rt.getattr(self, "request"), "headers"), "get", ["Upgrade", ""]);
      if (rt.str(upgrade).toLowerCase() !== "websocket") {
        if (world.profile.features.legacyRequest) {
          // 3.2 writes the refusal to the socket itself and closes it: no finish(), no access log.
          const h = self as HandlerInstance;
          const body = new TextEncoder().encode(REFUSAL);
          h.finished = true;
          world.emit({
            kind: "response-sent",
            request: h.req.id,
            status: 400,
            bodyPreview: REFUSAL,
            bytes: body.length,
          });
          h.req.onResponse(400, body);
          return None;
        }
        rt.callMethod(self, "set_status", [400]);
        rt.callMethod(self, "finish", [REFUSAL]);
      }
      return None;
    },
    open: () => None,
    on_message: () => None,
    on_close: () => None,
    on_ping: () => None,
    on_pong: () => None,
    check_origin: () => true,
    select_subprotocol: () => None,
    get_compression_options: () => None,
    write_message: notOpen,
    ping: notOpen,
    close: () => None,
  });
  const m = new PyModule("tornado.websocket");
  const d = m.$dict!;
  d.set("WebSocketHandler", handler);
  d.set("WebSocketError", wsError);
  d.set("WebSocketClosedError", closedError);
  return m;
}
