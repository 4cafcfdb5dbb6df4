import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "./cpython";

describe("hashlib", () => {
  it("md5, sha1, sha2 digests, incremental update and copy, errors", () => {
    expectSameAsCPython(py`
      import hashlib
      for data in [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 3, "héllo wörld".encode()]:
          print([hashlib.new(n, data).hexdigest() for n in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]])
      h = hashlib.sha256()
      h.update(b"hello ")
      c = h.copy()
      h.update(b"world")
      print(h.hexdigest(), c.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size, hashlib.md5(b"x").digest_size)
      etag = '"' + hashlib.sha1(b'{"id": 1}').hexdigest() + '"'
      print(etag, sorted(hashlib.algorithms_guaranteed & {"md5", "sha256"}))
      for f in [lambda: hashlib.md5("str"), lambda: hashlib.new("nope")]:
          try:
              f()
          except (TypeError, ValueError) as e:
              print(type(e).__name__, e)
    `);
  });
});
