/**
 * The pure parts of application discovery and default requests
 * (SCENARIO_FORMAT.md, "The application is found in this order"). Finding the
 * application needs the code to run, so the runtime does that; these helpers give
 * the names and paths, matching tools/real-tornado/run-real-tornado exactly.
 */

/** The HTTP verbs a handler may define, in the order that picks a default request. */
export const VERB_ORDER = ["get", "post", "put", "delete", "patch", "head", "options"] as const;

/** One of {@link VERB_ORDER}. */
export type Verb = (typeof VERB_ORDER)[number];

/** The first verb in {@link VERB_ORDER} among `names` (a handler's own method names), or null. */
export function firstVerb(names: Iterable<string>): Verb | null {
  const have = new Set(names);
  return VERB_ORDER.find((v) => have.has(v)) ?? null;
}

/** The path the bare-function snippet form (discovery step 4) is mounted at. */
export const SNIPPET_MOUNT_PATH = "/test";

/** The class name the bare-function snippet form is gathered into. */
export const SNIPPET_CLASS_NAME = "TestHandler";

const ROOT_NAMES = new Set(["", "main", "index", "root", "home"]);

/**
 * Where a RequestHandler subclass is mounted when the code builds no application and
 * has no `routes`: drop one trailing `Handler`, put `_` before every capital but the
 * first character, lower-case; `''`, `main`, `index`, `root`, `home` give `/`.
 * `TestHandler` → `/test`, `UserProfileHandler` → `/user_profile`,
 * `HTTPHandler` → `/h_t_t_p` (the harness's rule, kept as is).
 */
export function mountPathForClassName(name: string): string {
  const base = name.replace(/Handler$/, "");
  // Python's re.sub(r"(?<!^)(?=[A-Z])", "_", base): an underscore at every position
  // before an ASCII capital except position 0.
  const snake = base.replace(/(?<!^)(?=[A-Z])/g, "_").toLowerCase();
  return ROOT_NAMES.has(snake) ? "/" : `/${snake}`;
}

/**
 * The path a default request uses for a route pattern: each `(...)` group (up to the
 * first `)`) becomes `1`, then leading `^` and trailing `$` are stripped.
 * `r"/item/(\d+)$"` → `/item/1`.
 */
export function defaultRequestPath(pattern: string): string {
  return pattern
    .replace(/\([^)]*\)/g, "1")
    .replace(/^\^+/, "")
    .replace(/\$+$/, "");
}
