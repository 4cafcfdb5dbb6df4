/**
 * `_vfs`: the interpreter's in-memory files (interp/vfs.ts) as functions for the
 * Python-written `open()` and for `os`, failing with CPython's OSError subclasses.
 */
import { None, typeOf, type KwArgs, type PyModule, type PyValue } from "../objects/core";
import { PyBytes, PyList, bytesType, bytearrayType } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";
import { FsFailure, type FsError } from "../interp/vfs";
import { makeModule, native } from "./util";
import { parseArgs } from "../builtins/registry";
import { loadModule } from "../interp/imports";

const ERRORS: Record<FsError, readonly [string, number, string]> = {
  ENOENT: ["FileNotFoundError", 2, "No such file or directory"],
  EEXIST: ["FileExistsError", 17, "File exists"],
  EISDIR: ["IsADirectoryError", 21, "Is a directory"],
  ENOTDIR: ["NotADirectoryError", 20, "Not a directory"],
  ENOTEMPTY: ["OSError", 39, "Directory not empty"],
  ENOSPC: ["OSError", 28, "No space left on device"],
};

/** An OSError subclass for a failed file operation, as CPython raises it. */
export function fsError(rt: Interpreter, e: FsFailure, path: PyValue = e.path): unknown {
  const [type, errno, text] = ERRORS[e.code];
  return rt.call(rt.excType(type), [errno, text, path]);
}

/** A path argument: a str (os.PathLike objects give theirs). */
export function pathArg(rt: Interpreter, v: PyValue, fname: string): string {
  if (typeof v === "string") return v;
  const fspath = typeOf(v).lookup("__fspath__");
  if (fspath !== undefined) return pathArg(rt, rt.call(fspath, [v]), fname);
  throw rt.error("TypeError", `${fname}: path should be string, bytes or os.PathLike, not ${typeOf(v).name}`);
}

/** Run a file operation, turning its failure into the OSError. */
export function fs<T>(rt: Interpreter, op: () => T, path?: PyValue): T {
  try {
    return op();
  } catch (e) {
    if (e instanceof FsFailure) throw fsError(rt, e, path);
    throw e;
  }
}

function bytesArg(rt: Interpreter, v: PyValue): Uint8Array {
  if (v instanceof PyBytes && (v.$cls === bytesType || v.$cls === bytearrayType || v.$cls.isSubtypeOf(bytesType))) {
    return v.data;
  }
  throw rt.error("TypeError", `a bytes-like object is required, not '${typeOf(v).name}'`);
}

/** Build the `_vfs` module. */
export function vfsModule(_rt: Interpreter): PyModule {
  const p = (rt: Interpreter, v: PyValue | undefined) => pathArg(rt, v ?? None, "open");
  return makeModule("_vfs", {
    create: native("create", (rt, [path, truncate, exclusive]) => {
      fs(rt, () => rt.vfs.create(p(rt, path), rt.truthy(truncate!), rt.truthy(exclusive!)), path);
      return None;
    }),
    read: native(
      "read",
      (rt, [path, pos, n]) => new PyBytes(fs(rt, () => rt.vfs.read(p(rt, path), pos as number, n as number), path)),
    ),
    write: native("write", (rt, [path, pos, data]) =>
      fs(rt, () => rt.vfs.write(p(rt, path), pos as number, bytesArg(rt, data!)), path),
    ),
    size: native("size", (rt, [path]) => fs(rt, () => rt.vfs.size(p(rt, path)), path)),
    truncate: native("truncate", (rt, [path, size]) => {
      fs(rt, () => rt.vfs.truncate(p(rt, path), size as number), path);
      return None;
    }),
    isfile: native("isfile", (rt, [path]) => rt.vfs.isFile(p(rt, path))),
    isdir: native("isdir", (rt, [path]) => rt.vfs.isDir(p(rt, path))),
    listdir: native("listdir", (rt, [path]) => new PyList(fs(rt, () => rt.vfs.list(p(rt, path)), path))),
  });
}

const MODES = new Set("rwxabt+U");

/**
 * The builtin \`open()\`: checks the mode and the file as CPython's \`_io.open\` does
 * (so its errors come from no Python frame), then makes the file object of \`_pyio\`.
 */
export function openFile(rt: Interpreter, args: PyValue[], kw: KwArgs | null): PyValue {
  const [file, modeArg, , encoding, errors, newline] = parseArgs(
    rt,
    "open",
    args,
    kw,
    ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
    1,
  );
  const mode = modeArg ?? "r";
  if (typeof mode !== "string")
    throw rt.error("TypeError", `open() argument 'mode' must be str, not ${typeOf(mode).name}`);
  const seen = new Set<string>();
  for (const c of mode) {
    if (!MODES.has(c) || seen.has(c)) throw rt.error("ValueError", `invalid mode: '${mode}'`);
    seen.add(c);
  }
  const kinds = ["r", "w", "x", "a"].filter((c) => seen.has(c)).length;
  if (kinds !== 1) throw rt.error("ValueError", "must have exactly one of create/read/write/append mode");
  const binary = seen.has("b");
  if (binary && seen.has("t")) throw rt.error("ValueError", "can't have text and binary mode at once");
  const given = (v: PyValue | undefined) => v !== undefined && v !== None;
  if (binary && given(encoding)) throw rt.error("ValueError", "binary mode doesn't take an encoding argument");
  if (binary && given(errors)) throw rt.error("ValueError", "binary mode doesn't take an errors argument");
  if (binary && given(newline)) throw rt.error("ValueError", "binary mode doesn't take a newline argument");
  if (given(newline) && !["", "\n", "\r", "\r\n"].includes(newline as string)) {
    throw rt.error("ValueError", `illegal newline value: ${rt.repr(newline!)}`);
  }
  const path = pathArg(rt, file!, "open");
  const plus = seen.has("+");
  fs(
    rt,
    () => {
      if (seen.has("r")) {
        if (!rt.vfs.isFile(path)) throw new FsFailure(rt.vfs.isDir(path) ? "EISDIR" : "ENOENT", path);
      } else rt.vfs.create(path, seen.has("w"), seen.has("x"));
    },
    path, // an os.PathLike is named by its str, as CPython names it
  );
  const make = rt.getattr(loadModule(rt, "_pyio"), "_make");
  return rt.call(make, [
    file!,
    mode,
    seen.has("r") || plus,
    !seen.has("r") || plus,
    seen.has("a"),
    binary,
    given(encoding) ? encoding! : "UTF-8",
    given(errors) ? errors! : "strict",
    given(newline) ? newline! : None,
  ]);
}
