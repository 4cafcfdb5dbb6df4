/**
 * Conformance cases the engine does not match yet, each with the reason. The goal is
 * an empty list; an entry here is a known bug of the engine, not of real Tornado.
 */
export const KNOWN_DIFFERENCES: Record<string, string> = {
  "6.5/s03_asynchronous_finish": "the load error names the def line, real Tornado the decorator line",
  "6.5/s04_asynchronous_no_finish": "the load error names the def line, real Tornado the decorator line",
  "6.5/s05_both_decorators": "the load error names the def line, real Tornado the decorator line",
  "6.5/s23_callback_style": "the load error names the def line, real Tornado the decorator line",
  "5.1/s05_both_decorators": "@asynchronous over a 5.1 coroutine finishes later than real Tornado",
};
