/**
 * The `hashlib` module: md5, sha1, sha224, sha256, sha384 and sha512 hash objects
 * (update, digest, hexdigest, copy) and `new(name)`.
 */
import { PyModule, PyObject, PyType, None, typeOf, type PyValue } from "../objects/core";
import { PyBytes, PySet } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";
import { arity, parseArgs } from "../builtins/registry";
import { defGetter, defMethods, makeModule, native, newClass } from "./util";
import { md5, sha1, sha256 } from "./hashlib-digests";
import { sha384, sha512 } from "./random-seed";

interface Algorithm {
  readonly digest: (data: Uint8Array) => Uint8Array;
  readonly size: number;
  readonly block: number;
}

const ALGORITHMS: Record<string, Algorithm> = {
  md5: { digest: md5, size: 16, block: 64 },
  sha1: { digest: sha1, size: 20, block: 64 },
  sha224: { digest: (d) => sha256(d, true), size: 28, block: 64 },
  sha256: { digest: (d) => sha256(d), size: 32, block: 64 },
  sha384: { digest: sha384, size: 48, block: 128 },
  sha512: { digest: (d) => sha512(d), size: 64, block: 128 },
};

/** A hash object: the algorithm and the bytes fed so far. */
class HashObj extends PyObject {
  chunks: Uint8Array[] = [];
  constructor(
    cls: PyType,
    readonly name: string,
  ) {
    super(cls);
  }
  data(): Uint8Array {
    const total = this.chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    this.chunks = [out];
    return out;
  }
}

function dataArg(rt: Interpreter, v: PyValue): Uint8Array {
  if (typeof v === "string") throw rt.error("TypeError", "Strings must be encoded before hashing");
  if (v instanceof PyBytes) return v.data.slice();
  throw rt.error("TypeError", `object supporting the buffer API required`);
}

/** Build `hashlib`. */
export function hashlibModule(rt0: Interpreter): PyModule {
  const hashType = newClass("HASH", "_hashlib");
  const H = (v: PyValue) => v as HashObj;
  const make = (rt: Interpreter, name: string, data: PyValue): HashObj => {
    const h = new HashObj(hashType, name);
    if (data !== undefined && data !== None) h.chunks.push(dataArg(rt, data));
    return h;
  };
  defMethods(hashType, {
    update: (rt, self, args) => {
      arity(rt, "update", args, 1);
      H(self).chunks.push(dataArg(rt, args[0]));
      return None;
    },
    digest: (_rt, self) => new PyBytes(ALGORITHMS[H(self).name]!.digest(H(self).data())),
    hexdigest: (_rt, self) =>
      Array.from(ALGORITHMS[H(self).name]!.digest(H(self).data()), (b) => b.toString(16).padStart(2, "0")).join(""),
    copy: (_rt, self) => {
      const h = new HashObj(hashType, H(self).name);
      h.chunks = [H(self).data().slice()];
      return h;
    },
    __repr__: (rt, self) => `<${H(self).name} _hashlib.HASH object @ ${rt.addressOf(self)}>`,
  });
  defGetter(hashType, "name", (_rt, self) => H(self).name);
  defGetter(hashType, "digest_size", (_rt, self) => ALGORITHMS[H(self).name]!.size);
  defGetter(hashType, "block_size", (_rt, self) => ALGORITHMS[H(self).name]!.block);

  const members: Record<string, PyValue> = {
    new: native("new", (rt, args, kw) => {
      const [name, data] = parseArgs(rt, "new", args, kw, ["name", "data"], 1, { kwOnly: ["usedforsecurity"] });
      const key = typeof name === "string" ? name.toLowerCase() : "";
      if (typeof name !== "string")
        throw rt.error("TypeError", `new() argument 'name' must be str, not ${typeOf(name).name}`);
      if (!ALGORITHMS[key]) throw rt.error("ValueError", `unsupported hash type ${name}`);
      return make(rt, key, data);
    }),
  };
  const names = new PySet(rt0.builtins.get("frozenset") as PyType);
  for (const name of Object.keys(ALGORITHMS)) {
    members[name] = native(name, (rt, args, kw) => {
      const [data] = parseArgs(rt, name, args, kw, ["string"], 0, { kwOnly: ["usedforsecurity"] });
      return make(rt, name, data);
    });
    rt0.setAdd(names, name);
  }
  members.algorithms_guaranteed = names;
  members.algorithms_available = names;
  return makeModule("hashlib", members);
}
