/**
 * The `os` module's pure parts: `os.path` string functions (posixpath's
 * algorithms), `environ` (empty) and `getenv`, the separators, and the file functions
 * (listdir, remove, mkdir, rename, exists, getsize...) over the run's in-memory files
 * (interp/vfs.ts); the working directory starts as "/".
 */
import { PyModule, None, typeOf, type PyValue } from "../objects/core";
import { PyTuple } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";
import { arity, parseArgs } from "../builtins/registry";
import { makeModule, native } from "./util";
import { FsFailure } from "../interp/vfs";
import { fs, fsError, pathArg } from "./vfs";

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

/** A one-path file operation with CPython's OSError on failure. */
function fileOp(rt: Interpreter, name: string, args: PyValue[], op: (p: string) => void): PyValue {
  arity(rt, name, args, 1);
  const p = pathArg(rt, args[0]!, name);
  fs(rt, () => op(p), args[0]);
  return None;
}

function renameOp(rt: Interpreter, args: PyValue[]): PyValue {
  arity(rt, "rename", args, 2);
  const a = pathArg(rt, args[0]!, "rename");
  const b = pathArg(rt, args[1]!, "rename");
  try {
    rt.vfs.rename(a, b);
  } catch (e) {
    if (!(e instanceof FsFailure)) throw e;
    const [type, errno, text] =
      e.code === "ENOENT"
        ? ["FileNotFoundError", 2, "No such file or directory"]
        : ["IsADirectoryError", 21, "Is a directory"];
    throw rt.call(rt.excType(type as string), [errno!, text!, args[0]!, None, args[1]!]);
  }
  return None;
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
    getcwd: native("getcwd", (rt) => rt.vfs.cwd),
    chdir: native("chdir", (rt, args) => {
      arity(rt, "chdir", args, 1);
      const p = pathArg(rt, args[0]!, "chdir");
      if (!rt.vfs.isDir(p)) throw fsError(rt, new FsFailure(rt.vfs.isFile(p) ? "ENOTDIR" : "ENOENT", p), args[0]);
      rt.vfs.cwd = rt.vfs.resolve(p);
      return None;
    }),
    listdir: native("listdir", (rt, args) => {
      arity(rt, "listdir", args, 0, 1);
      const p = args.length ? pathArg(rt, args[0]!, "listdir") : ".";
      return rt.list(fs(rt, () => rt.vfs.list(p), args[0] ?? p));
    }),
    remove: native("remove", (rt, args) => fileOp(rt, "remove", args, (p) => rt.vfs.remove(p))),
    unlink: native("unlink", (rt, args) => fileOp(rt, "unlink", args, (p) => rt.vfs.remove(p))),
    rmdir: native("rmdir", (rt, args) => fileOp(rt, "rmdir", args, (p) => rt.vfs.rmdir(p))),
    mkdir: native("mkdir", (rt, args, kw) => {
      const [p] = parseArgs(rt, "mkdir", args, kw, ["path", "mode"], 1, { kwOnly: ["dir_fd"] });
      return fileOp(rt, "mkdir", [p!], (q) => rt.vfs.mkdir(q, false, false));
    }),
    makedirs: native("makedirs", (rt, args, kw) => {
      const [p, , existOk] = parseArgs(rt, "makedirs", args, kw, ["name", "mode", "exist_ok"], 1);
      return fileOp(rt, "makedirs", [p!], (q) => rt.vfs.mkdir(q, true, existOk !== undefined && rt.truthy(existOk)));
    }),
    rename: native("rename", (rt, args) => renameOp(rt, args)),
    replace: native("replace", (rt, args) => renameOp(rt, args)),
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
    abspath: native("abspath", (rt, args) => {
      arity(rt, "abspath", args, 1);
      const p = str(rt, args[0]);
      return normpath(p.startsWith("/") ? p : join([rt.vfs.cwd, p]));
    }),
    exists: native("exists", (rt, args) => typeof args[0] === "string" && rt.vfs.exists(args[0])),
    isfile: native("isfile", (rt, args) => typeof args[0] === "string" && rt.vfs.isFile(args[0])),
    isdir: native("isdir", (rt, args) => typeof args[0] === "string" && rt.vfs.isDir(args[0])),
    getsize: native("getsize", (rt, args) => {
      arity(rt, "getsize", args, 1);
      const p = pathArg(rt, args[0]!, "stat");
      return fs(rt, () => rt.vfs.size(p), args[0]);
    }),
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
