/**
 * `request.connection` (an HTTP1Connection) and its `stream` (an IOStream), as far as
 * handler code reads them: whether the client closed the connection, and the close
 * callback (the handler's on_connection_close unless the code sets its own).
 */
import { PyInstance, PyType, None, type PyValue } from "../../python/objects/core";
import { methods } from "../../python/builtins/registry";
import { runtimeClass } from "../tornado/context";

/** What the connection objects read and change of a request's state. */
export interface ConnectionState {
  connectionClosed: boolean;
  /** What runs when the client closes the connection: "handler" (on_connection_close), a callable, or None. */
  closeCallback: PyValue | "handler";
}

class ConnectionObj extends PyInstance {
  state!: ConnectionState;
}

export interface ConnectionTypes {
  /** A request's `connection`, with its `stream`. */
  make(state: ConnectionState): PyInstance;
}

export function makeConnectionTypes(): ConnectionTypes {
  const streamType: PyType = runtimeClass("IOStream", "tornado.iostream", undefined, (cls) => new ConnectionObj(cls));
  const connType: PyType = runtimeClass(
    "HTTP1Connection",
    "tornado.http1connection",
    undefined,
    (cls) => new ConnectionObj(cls),
  );
  const st = (v: PyValue) => (v as ConnectionObj).state;
  methods(streamType, {
    closed: (_rt, self) => st(self).connectionClosed,
    set_close_callback: (_rt, self, [cb]) => {
      st(self).closeCallback = cb ?? None;
      return None;
    },
  });
  methods(connType, {
    set_close_callback: (_rt, self, [cb]) => {
      st(self).closeCallback = cb ?? None;
      return None;
    },
  });
  return {
    make(state) {
      const stream = new ConnectionObj(streamType);
      stream.state = state;
      const conn = new ConnectionObj(connType);
      conn.state = state;
      conn.$dict!.set("stream", stream);
      return conn;
    },
  };
}
