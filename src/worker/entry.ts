/**
 * The run worker's entry: answers `run` and `ping` requests (./protocol.ts). It is
 * the only place user code runs; the page talks to it through ./client.ts.
 */
/// <reference lib="webworker" />
import { executeRun } from "./execute";
import type { FromWorker, ToWorker } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: FromWorker): void => scope.postMessage(m);

scope.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  switch (msg.type) {
    case "run":
      executeRun(msg, post);
      break;
    case "ping":
      post({ type: "pong", id: msg.id });
      break;
    default:
      assertNever(msg);
  }
};

post({ type: "ready" });

function assertNever(x: never): never {
  throw new Error(`unknown request ${JSON.stringify(x)}`);
}
