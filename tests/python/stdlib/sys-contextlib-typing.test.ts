import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/python";
import { expectSameAsCPython, py } from "./cpython";

describe("sys", () => {
  it("version, maxsize, platform, stdout writes, exit", () => {
    expectSameAsCPython(py`
      import sys, contextlib, typing
      from typing import List, Dict, Optional, Union, Callable, Any, TypeVar, Generic, Tuple
      print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), sys.maxsize, sys.platform, type(sys.version))
      print(repr(sys.stdout), sys.stdout.write("written\n"), sys.stdout.write("é😀\n"))
      print("to stdout", file=sys.stdout)
      sys.stdout.writelines(["a\n", "b\n"])
      try:
          sys.stdout.write(1)
      except TypeError as e:
          print("TypeError:", e)
      try:
          sys.exit(3)
      except SystemExit as e:
          print("SystemExit", e.args)
      print(sys.getrecursionlimit())
    `);
  });

  it("argv names the main file and version_info is the 3.11 one", () => {
    const r = runProgram(
      "import sys\nprint(sys.argv, sys.version_info, sys.version.split()[0], hex(sys.hexversion))\n",
    );
    expect(r.error).toBeNull();
    expect(r.stdout).toBe(
      "['main.py'] sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0) 3.11.7 0x30b07f0\n",
    );
  });
});

describe("contextlib", () => {
  it("contextmanager (enter, exit, exceptions, decorator use), suppress, closing, nullcontext, ExitStack", () => {
    expectSameAsCPython(py`
      import sys, contextlib, typing
      @contextlib.contextmanager
      def tag(name):
          print(f"<{name}>")
          try:
              yield name.upper()
          finally:
              print(f"</{name}>")
      with tag("b") as t:
          print("inside", t)
      try:
          with tag("i"):
              raise ValueError("oops")
      except ValueError as e:
          print("propagated", e)
      @contextlib.contextmanager
      def swallow():
          try:
              yield
          except KeyError as e:
              print("swallowed", repr(e))
      with swallow():
          {}["k"]
      print("after swallow", tag.__name__)
      @contextlib.contextmanager
      def noyield():
          if False:
              yield
      try:
          with noyield():
              pass
      except RuntimeError as e:
          print("RuntimeError:", e)
      @contextlib.contextmanager
      def twice():
          yield 1
          yield 2
      try:
          with twice():
              pass
      except RuntimeError as e:
          print("RuntimeError:", e)
      with contextlib.suppress(KeyError, IndexError):
          [][1]
      print("suppressed")
      class Res:
          def close(self):
              print("closed")
      with contextlib.closing(Res()) as r:
          print(type(r).__name__)
      with contextlib.nullcontext(5) as v:
          print("null", v)
      with contextlib.ExitStack() as stack:
          stack.callback(print, "callback ran")
          x = stack.enter_context(tag("s"))
          print("stack body", x)
      @tag("deco")
      def decorated():
          print("in decorated")
      decorated()
    `);
  });
});

describe("typing", () => {
  it("names exist, subscript, print and are ignored at run time", () => {
    expectSameAsCPython(py`
      import sys, contextlib, typing
      from typing import List, Dict, Optional, Union, Callable, Any, TypeVar, Generic, Tuple
      T = TypeVar("T")
      class Box(Generic[T]):
          def __init__(self, item: T):
              self.item = item
      def f(xs: List[int], m: Dict[str, Optional[int]]) -> Union[int, str]:
          return len(xs)
      print(f([1, 2], {}), Box(3).item, List[int], Dict[str, Optional[int]], Optional[str], Union[int, str], Callable[[int], str], Tuple[int, ...], Any, T)
      print(typing.cast(int, "x"), typing.TYPE_CHECKING, typing.get_args(List[int]), typing.get_origin(List[int]) is List, typing.NamedTuple("P", [("x", int)])(1))
    `);
  });
});
