import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "./cpython";

describe("os.path", () => {
  it("join, split, basename, dirname, splitext, normpath, isabs, getenv", () => {
    expectSameAsCPython(py`
      import os
      import os.path
      from os.path import join, splitext
      print(join("a", "b", "c.txt"), join("/a", "/b", "c"), join("a/", "b"), join("", "x"), os.path.join("a"))
      for p in ["/usr/lib/x.tar.gz", "a/b/", "file", ".bashrc", "/", "//x", "a/.b.c", "..", "a//b"]:
          print(repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p), splitext(p), os.path.normpath(p), os.path.isabs(p))
      print(os.path.normpath("/a/./b/../../c/"), os.path.normpath("a/../../b"), os.path.normpath("///x//y/"), os.path.normpath(""))
      print(os.sep, repr(os.linesep), os.getenv("NOPE"), os.getenv("NOPE", "dflt"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.relpath("/a/b/c", "/a/x"))
      try:
          os.path.join(1)
      except TypeError as e:
          print("TypeError:", e)
    `);
  });
});
