/**
 * Object-model behaviour that programs from tutorials rely on, against CPython:
 * instance namespaces seen through `__dict__`, assigned names of functions and
 * classes, str subclasses in str operations, and the other points listed per case.
 * Each program runs under both; stdout and the traceback's last line must match.
 */
import { describeAgainstCPython, py } from "./harness";

const CASES: Record<string, string> = {
  "obj.__dict__ and vars(obj) are the live namespace": py`
    class P:
        def __init__(self, **kw):
            self.__dict__.update(kw)
        def __repr__(self):
            return "P(" + ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items()) + ")"
    p = P(a=1, b="x")
    p.c = [1]
    print(p, vars(p), len(p.__dict__), "c" in p.__dict__, list(p.__dict__))
    d = p.__dict__
    d["z"] = 9
    del d["a"]
    print(p, hasattr(p, "a"), p.z, d is vars(p))
    print(d.pop("b"), p, d.setdefault("q", 5), p.q, sorted(d.items()))
    d.clear()
    p.x = 1
    print(p, d, dict(d), {**d})
    try:
        for k in p.__dict__:
            p.y = 2
    except RuntimeError as e:
        print(e)
    def f():
        pass
    f.attr = 3
    f.__dict__["more"] = 4
    print(f.__dict__, f.more)
    class R:
        x = 1
    r = R()
    r.__dict__.update({"x": 10})
    print(r.x, R.x)
  `,
  "assigned __name__ and __qualname__ show in reprs and call errors": py`
    def f(a):
        pass
    f.__qualname__ = "Custom.name"
    f.__name__ = "renamed"
    print(repr(f).split(" at ")[0], f.__name__, f.__qualname__, f.__dict__)
    try:
        f(1, 2)
    except TypeError as e:
        print(e)
    def g():
        yield 1
    g.__qualname__ = "G.gen"
    print(g().__qualname__)
    class C:
        pass
    C.__qualname__ = "Outer.C"
    print(C, repr(C()).split(" object")[0])
    try:
        f.__name__ = 3
    except TypeError as e:
        print(e)
  `,
  "str subclasses join as their value": py`
    class S(str):
        def __str__(self):
            return "never"
    print("-".join([S("x"), "y", S("z")]), repr("".join([S("q")])), type("".join([S("q")])).__name__)
    print(S(",").join(["a", "b"]), ",".join((S(c) for c in "abc")))
  `,
  "sys.exit with a message prints it to stderr and ends the program": py`
    import sys
    try:
        sys.exit(9)
    except SystemExit as e:
        print("caught", e.code, e.args, SystemExit(1, 2).code)
    print("before")
    sys.exit("fatal: config missing")
    print("never")
  `,
  "sys.exit with a status ends the program silently": py`
    import sys
    print("partial")
    sys.exit(3)
  `,
  "exit(0) is a normal end": py`
    print("done")
    exit(0)
    print("never")
  `,
  "__set_name__ runs at class creation, before __init_subclass__": py`
    class Field:
        def __set_name__(self, owner, name):
            print("set_name", owner.__name__, name)
            self.name = "_" + name
        def __get__(self, obj, owner=None):
            return self if obj is None else getattr(obj, self.name, None)
        def __set__(self, obj, value):
            setattr(obj, self.name, value)
    class Base:
        def __init_subclass__(cls, **kw):
            print("init_subclass", cls.__name__)
    class Model(Base):
        title = Field()
        size = Field()
    m = Model()
    m.title = "x"
    print(m.title, m.size, vars(m), Model.title.name)
    class Bad:
        def __set_name__(self, owner, name):
            raise ValueError("no")
    try:
        class C:
            b = Bad()
    except RuntimeError as e:
        print(e, repr(e.__cause__))
  `,
  "annotations of classes, modules and functions": py`
    from typing import Optional, List, Dict, Union, Callable
    class Point:
        x: int = 0
        y: "float"
        label: Optional[str] = None
        def move(self, dx: int, dy: int = 0, *rest: float, scale: float = 1.0, **kw: str) -> "Point":
            return self
    print(Point.__annotations__, Point.x, hasattr(Point, "y"))
    print(Point.move.__annotations__)
    total: int = 5
    names: List[str]
    print(__annotations__, total)
    def f(a: list[int], b: dict[str, int] | None = None) -> tuple[int, ...]:
        return (len(a),)
    print(f([1, 2]), f.__annotations__, f.__annotations__["b"].__args__)
    print(list[int], dict[str, list[int]], int | None, Optional[int] == Union[int, None], Union[int, str, None])
    print(isinstance(3, int | str), isinstance(None, int | None), Callable[[int], None], List[None])
    def g(x: Undefined): pass
  `,
  "from __future__ import annotations keeps annotations as text": py`
    from __future__ import annotations
    class Node:
        value: int
        next: Optional[Node] = None
        def link(self, other: Node | None, *, weight: dict[str, 'Node'] = {}) -> list[Node]:
            return []
    print(Node.__annotations__, Node.link.__annotations__)
  `,
  "generic aliases as bases and typing.Generic subclasses": py`
    from typing import Generic, TypeVar
    import types
    T = TypeVar("T")
    class Stack(Generic[T]):
        def __init__(self):
            self.items: list[T] = []
    s = Stack[int]()
    class Names(list[str]):
        pass
    print(type(s).__name__, Names.__bases__, Names.__orig_bases__, list[int](range(3)), tuple[()])
    ns = types.SimpleNamespace(a=1, b="x")
    ns.c = 3
    print(ns, ns == types.SimpleNamespace(a=1, b="x", c=3), vars(ns))
    try:
        A = type("A", (), {})
        A[int]
    except TypeError as e:
        print(e)
  `,
  "docstrings of modules and classes": py`
    """The module's doc."""
    class A:
        "A's doc"
        x = 1
    class B:
        pass
    def f():
        "f's doc"
    print(__doc__, A.__doc__, B.__doc__, f.__doc__, __name__, __spec__, __package__)
  `,
  "too many positional arguments counts keyword-only ones given": py`
    def f(a, b, c=3, *, d, e=5):
        pass
    def g(a, *, d):
        pass
    for fn, args, kw in [(f, (1, 2, 3, 4), {"d": 1}), (f, (1, 2, 3, 4), {"d": 1, "e": 2}), (g, (1, 2), {"d": 1}),
                         (f, (1, 2, 3, 4), {}), (f, (1, 2, 3, 4), {"q": 1}), (f, (1, 2, 3, 4), {"a": 1})]:
        try:
            fn(*args, **kw)
        except TypeError as e:
            print(e)
  `,
  "__slots__: no instance dict, member descriptors, subclasses, copies": py`
    import copy
    class V:
        __slots__ = ("x", "__y")
        def __init__(self):
            self.x = 1
    v = V()
    print(V.x, V._V__y, V.__slots__, hasattr(v, "__dict__"))
    for f in [lambda: v._V__y, lambda: setattr(v, "z", 5), lambda: vars(v)]:
        try:
            f()
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)
    del v.x
    for f in [lambda: v.x, lambda: delattr(v, "x")]:
        try:
            f()
        except AttributeError as e:
            print("AttributeError", e)
    class W(V):
        pass
    w = W()
    w.q = 1
    print(w.__dict__, w.x)
    class S2(V):
        __slots__ = ("z",)
    s = S2()
    s.z = 2
    try:
        s.other = 1
    except AttributeError as e:
        print(e)
    c, d = copy.copy(s), copy.deepcopy(s)
    print(c.z, c.x, d.z, d.x)
    class D:
        __slots__ = ("a", "__dict__")
    dd = D()
    dd.a, dd.b = 1, 2
    print(dd.__dict__, dd.a)
    try:
        class Z:
            __slots__ = "a"
            a = 1
    except ValueError as e:
        print(e)
  `,
  "globals(), locals(), vars() and dir() see the caller's namespaces": py`
    x = 10
    def show(a, b=2):
        c = a + b
        print(sorted(locals().items()), sorted(vars()), dir())
        g = globals()
        g["created"] = 42
        print("x" in g, g["x"])
    show(1)
    print(created, sorted(k for k in globals() if not k.startswith("__")), locals() is globals())
    class K:
        a = 1
        print(sorted(k for k in locals() if not k.startswith("__")))
    print([n for n in dir() if not n.startswith("__")])
  `,
  "enum.Flag and IntFlag": py`
    from enum import Flag, IntFlag, auto
    class Perm(Flag):
        R = 4
        W = 2
        X = 1
    rw = Perm.R | Perm.W
    print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
    print(~Perm.R, rw & Perm.W, rw ^ Perm.R, rw.name, rw.value, Perm(7), list(Perm), Perm, len(rw))
    class C(Flag):
        A = auto()
        B = auto()
        C = auto()
        AB = A | B
    print(list(C), C.AB, C.A | C.B, C(3), C.C.value, repr(C.A | C.C))
    class P(IntFlag):
        R = 4
        W = 2
    print(P.R | P.W, repr(P.R | P.W), P.R | 1, P.R + 1, int(P.W), P.R == 4, repr(P(0)))
    try:
        Perm(8)
    except ValueError as e:
        print(e)
  `,
  "a metaclass's __call__ can defer to type.__call__": py`
    class Singleton(type):
        _instances = {}
        def __call__(cls, *args, **kwargs):
            if cls not in cls._instances:
                cls._instances[cls] = super().__call__(*args, **kwargs)
            return cls._instances[cls]
    class Config(metaclass=Singleton):
        def __init__(self, name="x"):
            print("init once", name)
    a, b = Config("a"), Config()
    print(a is b, type.__call__(int, "5"))
  `,
  "constructor argument errors of the builtin types": py`
    tests = [lambda: list(1, 2), lambda: tuple(1, 2), lambda: set(1, 2), lambda: frozenset(1, 2), lambda: dict(1, 2),
             lambda: list(x=1), lambda: tuple(x=1), lambda: set(x=1), lambda: bool(1, 2), lambda: enumerate(),
             lambda: zip(x=1), lambda: frozenset(x=1), lambda: list(iterable=[1])]
    for t in tests:
        try:
            t()
        except TypeError as e:
            print(e)
  `,
  "add_note() notes print after the exception line": py`
    try:
        raise ValueError("bad")
    except ValueError as e:
        e.add_note("extra context")
        print(e.__notes__)
    try:
        ValueError().add_note(3)
    except TypeError as e:
        print(e)
    e = KeyError("k")
    e.add_note("first note")
    e.add_note("second note")
    raise e
  `,
  "a generator made for a for loop is finalized when the loop is left early": py`
    def gen(tag):
        try:
            yield 1
            yield 2
        finally:
            print("cleanup", tag)
    for x in gen("break"):
        print("got", x)
        break
    print("after break")
    def find():
        for v in gen("return"):
            return v
    print(find())
    try:
        for v in (x for x in gen("genexp")):
            raise ValueError(v)
    except ValueError as e:
        print("caught", e)
    for v in gen("exhausted"):
        pass
    print("end")
  `,
  "typing.NamedTuple and TypedDict as base classes, Literal": py`
    from typing import NamedTuple, TypedDict, Optional, Protocol, Literal, Final, ClassVar
    class Point(NamedTuple):
        x: int
        y: int = 0
        label: Optional[str] = None
        def dist(self):
            return (self.x ** 2 + self.y ** 2) ** 0.5
    p = Point(3, 4)
    print(p, p.dist(), p._asdict(), Point._fields, Point._field_defaults, p._replace(y=1), isinstance(p, tuple))
    x, y, _ = p
    print(x, y, Point(1), Point.__annotations__)
    class Movie(TypedDict):
        title: str
        year: int
    m: Movie = {"title": "Up", "year": 2009}
    print(m, Movie(title="X", year=1), type(Movie(title="X", year=1)))
    class Greeter(Protocol):
        def greet(self) -> str: ...
    class En:
        def greet(self) -> str:
            return "hi"
    def use(g: Greeter) -> str:
        return g.greet()
    print(use(En()))
    Mode = Literal["r", "w"]
    MAX: Final = 10
    print(Mode, MAX)
  `,
  "NamedTuple field order errors, functional form, methods and docstrings": py`
    from typing import NamedTuple
    try:
        class P(NamedTuple):
            a: int = 1
            b: int
    except TypeError as e:
        print(e)
    Q = NamedTuple("Q", [("x", int), ("y", str)])
    print(Q(1, "a"), Q._fields)
    class R(NamedTuple):
        """Doc."""
        v: float
        def __str__(self):
            return f"R<{self.v}>"
    print(R(2.5), repr(R(1.0)), R.__doc__)
  `,
};

describeAgainstCPython("object-model semantics match CPython", CASES);
