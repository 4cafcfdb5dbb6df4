/**
 * The `os` module's pure parts: `os.path` string functions (posixpath's
 * algorithms), `environ` (empty) and `getenv`, and the separators. There is no file
 * system: `exists`/`isfile`/`isdir` are always False, the working directory is "/".
 */
import { PyModule, None, typeOf, type PyValue } from "../objects/core";
import { PyTuple } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";
import { arity, parseArgs } from "../builtins/registry";
import { makeModule, native } from "./util";

function str(rt: Interpreter, v: PyValue): string {
  if (typeof v === "string") return v;
  throw rt.error("TypeError", `expected str, bytes or os.PathLike object, not ${typeOf(v).name}`);
}

function join(parts: string[]): string {
  let path = parts[0]!;
  for (const b of parts.slice(1)) {
    if (b.startsWith("/")) path = b;
    else if (!path || path.endsWith("/")) path += b;
    else path += "/" + b;
  }
  return path;
}

function split(p: string): [string, string] {
  const i = p.lastIndexOf("/") + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head && head !== "/".repeat(head.length)) head = head.replace(/\/+$/, "");
  return [head, tail];
}

function splitext(p: string): [string, string] {
  const sep = p.lastIndexOf("/");
  const dot = p.lastIndexOf(".");
  if (dot > sep) {
    for (let i = sep + 1; i < dot; i++) if (p[i] !== ".") return [p.slice(0, dot), p.slice(dot)];
  }
  return [p, ""];
}

function normpath(p: string): string {
  if (p === "") return ".";
  let initial = p.startsWith("/") ? 1 : 0;
  // POSIX keeps exactly two leading slashes, collapses three or more.
  if (initial && p.startsWith("//") && !p.startsWith("///")) initial = 2;
  const out: string[] = [];
  for (const comp of p.split("/")) {
    if (comp === "" || comp === ".") continue;
    if (comp !== ".." || (!initial && !out.length) || (out.length && out[out.length - 1] === "..")) out.push(comp);
    else if (out.length) out.pop();
  }
  const path = "/".repeat(initial) + out.join("/");
  return path || ".";
}

/** Build `os` (with `os.path`). */
export function osModule(rt: Interpreter): PyModule {
  const path = osPathModule(rt);
  rt.modules.set("os.path", path);
  return makeModule("os", {
    path,
    sep: "/",
    altsep: None,
    extsep: ".",
    pathsep: ":",
    linesep: "\n",
    curdir: ".",
    pardir: "..",
    devnull: "/dev/null",
    name: "posix",
    environ: rt.newDict(),
    getenv: native("getenv", (rt, args, kw) => {
      const [key, dflt] = parseArgs(rt, "getenv", args, kw, ["key", "default"], 1);
      str(rt, key);
      return dflt ?? None;
    }),
    getcwd: native("getcwd", () => "/"),
    getpid: native("getpid", () => 1),
    cpu_count: native("cpu_count", () => 1),
  });
}

/** Build `os.path` (posixpath). */
export function osPathModule(_rt: Interpreter): PyModule {
  const one = (name: string, f: (p: string) => PyValue) =>
    native(name, (rt, args) => {
      arity(rt, name, args, 1);
      return f(str(rt, args[0]));
    });
  return makeModule("os.path", {
    sep: "/",
    join: native("join", (rt, args) => {
      if (!args.length) throw rt.error("TypeError", "join() missing 1 required positional argument: 'a'");
      return join(args.map((a) => str(rt, a)));
    }),
    split: one("split", (p) => new PyTuple(split(p))),
    basename: one("basename", (p) => split(p)[1]),
    dirname: one("dirname", (p) => split(p)[0]),
    splitext: one("splitext", (p) => new PyTuple(splitext(p))),
    normpath: one("normpath", normpath),
    isabs: one("isabs", (p) => p.startsWith("/")),
    abspath: one("abspath", (p) => normpath(p.startsWith("/") ? p : join(["/", p]))),
    exists: one("exists", () => false),
    isfile: one("isfile", () => false),
    isdir: one("isdir", () => false),
    islink: one("islink", () => false),
    expanduser: one("expanduser", (p) => p),
    expandvars: one("expandvars", (p) => p),
    normcase: one("normcase", (p) => p),
    commonprefix: native("commonprefix", (rt, args) => {
      arity(rt, "commonprefix", args, 1);
      const items = rt.toArray(args[0]).map((v) => rt.str(v));
      if (!items.length) return "";
      let prefix = items.reduce((a, b) => (a < b ? a : b));
      const max = items.reduce((a, b) => (a > b ? a : b));
      let i = 0;
      while (i < prefix.length && prefix[i] === max[i]) i++;
      prefix = prefix.slice(0, i);
      return prefix;
    }),
    splitdrive: one("splitdrive", (p) => new PyTuple(["", p])),
    relpath: native("relpath", (rt, args) => {
      arity(rt, "relpath", args, 1, 2);
      const target = normpath(str(rt, args[0])).split("/").filter(Boolean);
      const start = normpath(args.length > 1 ? str(rt, args[1]) : "/")
        .split("/")
        .filter(Boolean);
      let i = 0;
      while (i < target.length && i < start.length && target[i] === start[i]) i++;
      const rel = [...Array(start.length - i).fill(".."), ...target.slice(i)];
      return rel.length ? rel.join("/") : ".";
    }),
  });
}
