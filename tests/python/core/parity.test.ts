/**
 * The engine's core against CPython on the points where the two used to differ:
 * set order, hashes, operators and their messages, subscripts, attribute hooks,
 * formatting, codecs, subclasses of str and int, exception chaining, tracebacks'
 * last line (with CPython 3.11's "Did you mean" hint). Each program runs under both;
 * stdout and the traceback's last line must match exactly.
 */
import { describeAgainstCPython, py } from "./harness";

const CASES: Record<string, string> = {
  "sets iterate and print in CPython's order": py`
    print(set(range(5)) | {100, 64}, {100, 5, 37}, {1, 2, 3, 100, 5, 37, 64, 9})
    x = 100
    print({x, 5, 37}, set([100, 5, 37]), {-1, 7, 15, 23}, {(1, 2), (3, 4), 5})
    print([v for v in {64, 1, 128, 2}], list({33, 1, 65}), {3, 1, 2} - {1}, {8, 16} | {16, 24})
    s = {10, 2, 18}
    s.add(26)
    print(s, frozenset([40, 8, 24]), {1.5, 0.5, 2.5}, {True, 2, 9})
  `,
  "hash() of numbers, tuples, frozensets and big ints": py`
    print(hash(1.5), hash(-2.5), hash(0.1), hash(1e100), hash(float("inf")), hash(-1), hash(-1.0))
    print(hash((1, 2)), hash((1, (2.5, -1))), hash(()), hash(frozenset({1, 2, 3})), hash(frozenset()))
    print(hash(2**61 - 2), hash(2**61 - 1), hash(10**30), hash(-(10**30)), hash(True), hash(2**64 + 5))
    print(hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})
  `,
  "bool operators keep bool; NaN identity in containers": py`
    print(True & False, True | False, True ^ True, False ^ True, True & 1, 3 | False, ~True, -True)
    n = float("nan")
    print([n] == [n], n == n, (n,) == (n,), n in [n], [n].count(n), [n].index(n), {"k": n} == {"k": n})
    m = float("nan")
    print([n] == [m], [n] < [1.0] if False else "skip")
  `,
  "float ** is correctly rounded like C's pow": py`
    print(2 ** 1.5, 10 ** -2, 2 ** 0.5, 1.1 ** 2.2, 7.0 ** 0.25, 2 ** -1, 3 ** -2, 0.5 ** 10.5)
    print(1.0001 ** 10000, 123.456 ** 3.3, (-8.0) ** 3, (-2.0) ** -3, 1.0 ** float("nan"), float("inf") ** 0)
    print(pow(2, 0.5), 9 ** 0.5, 1e-300 ** 1.01, 10.0 ** 22, 10.0 ** 21.5)
  `,
  "bytes operators and their messages": py`
    cases = [("b'a' + 'b'", lambda: b"a" + "b"), ("b'a' + 1", lambda: b"a" + 1),
             ("bytearray + str", lambda: bytearray(b"a") + "x"), ("'a' in b'abc'", lambda: "a" in b"abc"),
             ("300 in b'abc'", lambda: 300 in b"abc"), ("-1 in b'abc'", lambda: -1 in b"abc"),
             ("b'abc'[5]", lambda: b"abc"[5]), ("bytearray(b'a')[5]", lambda: bytearray(b"a")[5]),
             ("b'abc'['x']", lambda: b"abc"["x"]), ("'abc'['x']", lambda: "abc"["x"]), ("'abc'[1.5]", lambda: "abc"[1.5]),
             ("[1]['x']", lambda: [1]["x"]), ("b'ab' * 2.0", lambda: b"ab" * 2.0), ("'a' * 'b'", lambda: "a" * "b"),
             ("2.0 * 'a'", lambda: 2.0 * "a"), ("[1] + 5", lambda: [1] + 5), ("(1,) + [1]", lambda: (1,) + [1]),
             ("None + 1", lambda: None + 1), ("1 @ 2", lambda: 1 @ 2), ("{1} | [1]", lambda: {1} | [1]),
             ("{}.keys() | [1]", lambda: {}.keys() | [1]), ("'%d' % 'a'", lambda: "%d" % "a"), ("5 % 'a'", lambda: 5 % "a")]
    for label, f in cases:
        try:
            print(label, "->", f())
        except Exception as e:
            print(label, "->", type(e).__name__, e)
    print(97 in b"abc", b"bc" in b"abc", True in b"\x01", bytearray(b"x") + b"y", b"x" + bytearray(b"y"))
  `,
  "bytearray += and item and slice assignment": py`
    ba = bytearray(b"abc")
    alias = ba
    ba += b"def"
    ba[0] = 65
    ba[1:3] = b"XYZ"
    ba[::2] = b"1234"
    del ba[-1]
    print(ba, alias is ba, len(ba))
    def assign(k, v):
        ba[k] = v
    def grow(v):
        global ba
        ba += v
    for f, args in [(assign, (0, 300)), (assign, (0, "a")), (assign, (slice(None, None, 2), b"1")),
                    (grow, ("x",)), (assign, (99, 1))]:
        try:
            f(*args)
        except Exception as e:
            print(type(e).__name__, e)
  `,
  "str compares by code point": py`
    print("\U0001F600" > "\uFFFF", "\uFFFF" < "\U00010000", sorted(["\uFFFF", "\U0001F600", "a", "\uE000"]))
    print(max("a\U0001F600", "a\uFFFF") == "a\U0001F600", "abc" < "abd", "" < "a", "B" < "a")
  `,
  "subclass overrides of __contains__, __iter__ and __len__ are honoured": py`
    class L(list):
        def __contains__(self, x): return x == "any"
        def __iter__(self): return iter([9, 8])
        def __len__(self): return 42
    l = L([1, 2])
    print("any" in l, 1 in l, list(l), len(l), bool(L()), sorted(l), [x for x in l], l[0], l + [3])
    class D(dict):
        def __contains__(self, k): return True
        def __iter__(self): return iter(["z"])
        def __len__(self): return 0
    d = D(a=1)
    print("q" in d, list(d), len(d), bool(d), d["a"], dict(d), sorted(d))
    class T(tuple):
        def __iter__(self): return iter("xy")
    print(list(T((1, 2))), T((1, 2))[0], len(T((1, 2))))
    print({1} in {frozenset({1})}, frozenset({1}) in {frozenset({1}): 0}, {2} in [{2}])
  `,
  "user __setattr__, __delattr__ and __getattribute__": py`
    class Log:
        def __init__(self):
            object.__setattr__(self, "events", [])
        def __setattr__(self, name, value):
            self.events.append(("set", name))
            object.__setattr__(self, name, value)
        def __delattr__(self, name):
            self.events.append(("del", name))
            object.__delattr__(self, name)
        def __getattribute__(self, name):
            if name == "magic":
                return 42
            return object.__getattribute__(self, name)
        def __getattr__(self, name):
            return "fallback:" + name
    o = Log()
    o.x = 1
    setattr(o, "y", 2)
    del o.x
    print(o.events, o.magic, o.y, o.missing, getattr(o, "x", "gone"), hasattr(o, "x"))
    class Frozen:
        def __setattr__(self, name, value):
            raise AttributeError(f"{name} is read-only")
    try:
        Frozen().a = 1
    except AttributeError as e:
        print("AttributeError:", e)
  `,
  "f-string fields and format() call __format__, also with an empty spec": py`
    class P:
        def __format__(self, spec):
            return f"P<{spec}>"
        def __str__(self):
            return "P-str"
    p = P()
    print(f"{p}", f"{p:abc}", f"{p!s}", format(p), format(p, "x"), "{}".format(p), "{:q}".format(p))
    for args in [(1, 2), (1, None), ("x", 3)]:
        try:
            format(*args)
        except TypeError as e:
            print("TypeError:", e)
  `,
  "codecs: messages and error handlers": py`
    tests = [("é", "ascii", "strict"), ("aéé", "ascii", "strict"), ("a€", "latin-1", "strict"),
             ("a😀", "latin-1", "strict"), ("\u1234", "ascii", "strict"), ("aé€😀", "ascii", "backslashreplace"),
             ("aé€😀", "ascii", "xmlcharrefreplace"), ("aé€😀", "latin-1", "replace"), ("aé", "utf-16", "strict"),
             ("a😀", "utf-16-be", "strict"), ("x", "utf-32", "strict"), ("x", "utf-32-le", "strict"),
             ("é", "ascii", "bogus"), ("x", "nope", "strict")]
    for text, enc, errors in tests:
        try:
            print(repr(text.encode(enc, errors)))
        except (UnicodeError, LookupError) as e:
            print(type(e).__name__, e)
    data = [(b"a\xff", "utf-8", "strict"), (b"a\xe2\x82", "utf-8", "strict"), (b"a\xe2\x82b", "utf-8", "strict"),
            (b"\xed\xa0\x80", "utf-8", "strict"), (b"\xc0\x80", "utf-8", "strict"), (b"a\xffb", "utf-8", "replace"),
            (b"a\xff", "utf-8", "backslashreplace"), (b"a\xff", "ascii", "ignore"), (b"\xff\xfea\x00", "utf-16", "strict"),
            (b"a", "utf-16", "strict"), (b"\x00\xd8a\x00", "utf-16-le", "strict"), (b"ab\xf0\x9f\x98\x80\xf0", "utf-8", "replace")]
    for raw, enc, errors in data:
        try:
            print(repr(raw.decode(enc, errors)))
        except (UnicodeError, LookupError) as e:
            print(type(e).__name__, e)
  `,
  "subclasses of str, int and float": py`
    class Tag(str):
        def shout(self):
            return self.upper() + "!"
    t = Tag("get")
    print(t, repr(t), t.shout(), t + "x", "x" + t, t * 2, len(t), t == "get", t[0], t[1:], list(t))
    print(isinstance(t, str), type(t).__name__, {t: 1}["get"], "get" in {t}, f"{t:>5}", "%s" % t, t.startswith("g"))
    print(str(t), type(str(t)).__name__, type(t.upper()).__name__, sorted([Tag("b"), "a"]), hash(t) == hash("get"))
    class Level(int):
        def label(self):
            return f"L{int(self)}"
    lv = Level(3)
    print(lv, repr(lv), lv + 1, 1 + lv, lv * 2, -lv, lv < 4, lv == 3, lv.label(), range(lv), [0, 1, 2, 3][lv])
    print(isinstance(lv, int), type(lv + 1).__name__, {3: "x"}[lv], hex(lv), bin(Level(5)), lv.bit_length(), abs(Level(-2)))
    class Money(float):
        pass
    m = Money(2.5)
    print(m, m + 1, m * 2, round(m), int(m), isinstance(m, float), type(m).__name__)
    class Color(str):
        def __new__(cls, value, code):
            obj = super().__new__(cls, value)
            obj.code = code
            return obj
    red = Color("red", 31)
    print(red, red.code, red.upper(), red == "red")
    try:
        class B(bool):
            pass
    except TypeError as e:
        print("TypeError:", e)
  `,
  "exception context, also from finally and __exit__": py`
    def chain(e):
        out = []
        while e is not None:
            out.append(repr(e))
            e = e.__context__
        return out
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            {}["k"]
    except KeyError as e:
        print(chain(e))
    try:
        try:
            raise ValueError("original")
        finally:
            [][0]
    except IndexError as e:
        print(chain(e))
    class CM:
        def __enter__(self): return self
        def __exit__(self, *exc):
            raise RuntimeError("in exit")
    try:
        with CM():
            raise TypeError("in body")
    except RuntimeError as e:
        print(chain(e), e.__suppress_context__)
    try:
        try:
            raise ValueError("a")
        except ValueError as e:
            raise KeyError("b") from e
    except KeyError as e:
        print(repr(e.__cause__), e.__suppress_context__)
  `,
  "except E as name unbinds the name": py`
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    print(err)
  `,
  "a generator suspended in except keeps its own handled exception": py`
    def g():
        try:
            raise ValueError("inside")
        except ValueError:
            yield 1
            raise
    it = g()
    next(it)
    try:
        raise KeyError("outside")
    except KeyError as e:
        print(repr(e.__context__))
    try:
        next(it)
    except ValueError as e:
        print(repr(e), repr(e.__context__))
  `,
  "the MRO error message": py`
    class A: pass
    class B(A): pass
    class C(A): pass
    for bases in [(A, B, C), (A, B)]:
        try:
            type("D", bases, {})
        except TypeError as e:
            print(repr(str(e)))
    try:
        class E(A, A): pass
    except TypeError as e:
        print(e)
  `,
  "call errors name the function as CPython does": py`
    def show(x, y=1): pass
    class C:
        def m(self, x): pass
    calls = [lambda: show(x=1, **{"x": 2}), lambda: show(1, x=2), lambda: show(*5), lambda: show(**5),
             lambda: C().m(x=1, **{"x": 2}), lambda: show(**{"x": 1}, **{"x": 2}), lambda: len(x=1, **{"x": 2}),
             lambda: show(**{1: 2}), lambda: C.m(1, 2, 3), lambda: C().m(1, 2, 3), lambda: show()]
    for f in calls:
        try:
            f()
        except TypeError as e:
            print(e)
  `,
  "pow() with a modulus, including modular inverses": py`
    print(pow(7, -1, 13), pow(-7, -2, 13), pow(7, -1, -13), pow(3, 2, -5), pow(2, 100, 10**9 + 7), pow(3, -1, 1))
    for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5)]:
        try:
            pow(*args)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
  `,
  "range and slice objects": py`
    r = range(0, 20, 5)
    print(r.start, r.stop, r.step, r.index(10), r.count(5), r[1:3], r[::-1], range(10)[1:8:2], reversed(range(3)).__class__.__name__)
    print(list(range(2**65, 2**65 + 2)), 2**65 + 1 in range(2**64, 2**66), len(range(2**40)), range(3) == range(0, 3, 1))
    print(hash(range(3)) == hash(range(0, 3)), range(0) == range(5, 5), list(reversed(range(1, 10, 3))))
    s = slice(1, 8, 2)
    print(s, s.start, s.indices(5), slice(None, None, -1).indices(4), slice(1, 2) == slice(1, 2))
    for f in [lambda: r.index(7), lambda: r.index("a"), lambda: slice(1, 2, 0).indices(5), lambda: hash(slice(1)),
              lambda: range(1.5), lambda: range(1, 2, 0)]:
        try:
            f()
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
  `,
  "rich comparisons return what the dunder returned": py`
    class Weird:
        def __eq__(self, other): return "eq!"
        def __lt__(self, other): return 0
    w = Weird()
    print(w == 1, w != 1, w < 2, 1 > w, [w] == [w], (w == 1) == "eq!")
    print(1 < 2 < 3, 1 < 3 < 2, (w < 1) < 3)
    if w < 1:
        print("truthy")
    else:
        print("falsy")
  `,
  "unbound locals are still caught on every path the compiler cannot prove": py`
    def attempt(f, *args):
        try:
            return f(*args)
        except UnboundLocalError as e:
            return "UnboundLocalError: " + str(e)
    def branch(c):
        if c:
            x = 1
        return x
    def loop_del():
        x = 1
        out = []
        for i in range(2):
            out.append(x)
            del x
        return out
    def in_try():
        try:
            x = int("nope")
        except ValueError:
            pass
        return x
    def zero_loop():
        while False:
            y = 1
        return y
    def handler_name():
        try:
            1 / 0
        except ZeroDivisionError as e:
            pass
        return e
    def nested_del():
        x = 1
        def inner():
            nonlocal x
            del x
        inner()
        return x
    class Suppress:
        def __enter__(self): return self
        def __exit__(self, *a): return True
    def suppressed():
        with Suppress():
            1 / 0
            z = 1
        return z
    def fine(n):
        total = 0
        for i in range(n):
            total += i
        a, (b, *c) = 1, (2, 3, 4)
        return total + a + b + len(c), [k * total for k in range(3)]
    for f, args in [(branch, (True,)), (branch, (False,)), (loop_del, ()), (in_try, ()), (zero_loop, ()),
                    (handler_name, ()), (nested_del, ()), (suppressed, ()), (fine, (4,))]:
        print(f.__name__, attempt(f, *args))
  `,
  "async generators, driven by hand": py`
    class Tick:
        def __await__(self):
            got = yield "tick"
            return got
    def run(coro):
        value = None
        while True:
            try:
                value = coro.send(value)
                print("  loop saw", value)
                value = "resumed"
            except StopIteration as e:
                return e.value
    async def ticker(n):
        try:
            for i in range(n):
                got = yield i
                if got:
                    print("got", got)
                print("await ->", await Tick())
        finally:
            print("ticker closed")
    async def main():
        out = [x async for x in ticker(2)]
        t = ticker(5)
        first = await t.__anext__()
        second = await t.asend("hello")
        await t.aclose()
        try:
            await t.__anext__()
        except StopAsyncIteration:
            print("stopped")
        t2 = ticker(3)
        await t2.__anext__()
        try:
            await t2.athrow(ValueError("boom"))
        except ValueError as e:
            print("athrow raised", e)
        return out, first, second, type(t).__name__
    print(run(main()))
  `,
  "sorting calls __lt__ on the same pairs as CPython's timsort": py`
    import random
    random.seed(7)
    class K:
        calls = []
        def __init__(self, v): self.v = v
        def __lt__(self, o):
            K.calls.append((self.v, o.v))
            return self.v < o.v
        def __repr__(self): return f"K({self.v})"
    for n, make in [(5, lambda i: i), (40, lambda i: random.randint(0, 9)), (300, lambda i: random.randint(0, 1000)),
                    (300, lambda i: i if random.random() < 0.9 else -i), (130, lambda i: 130 - i)]:
        objs = [K(make(i)) for i in range(n)]
        for kwargs in [{}, {"reverse": True}, {"key": lambda o: K(o.v % 17)}]:
            K.calls = []
            result = sorted(objs, **kwargs)
            print(n, sorted(kwargs), len(K.calls), hash(tuple(K.calls)) if len(K.calls) else 0, [o.v for o in result][:6])
    boom = [K(random.randint(0, 50)) for _ in range(100)]
    def fail_after(limit):
        def lt(self, o):
            if len(K.calls) >= limit: raise ValueError("stop")
            K.calls.append(1)
            return self.v < o.v
        return lt
    K.__lt__ = fail_after(120)
    K.calls = []
    try:
        boom.sort()
    except ValueError as e:
        print("ValueError", e, [o.v for o in boom][:15])
  `,
  "private names are mangled": py`
    class Secret:
        __count = 0
        def __init__(self):
            self.__hidden = 42
            Secret.__count += 1
        def reveal(self, __x=1):
            return self.__hidden, __x
    s = Secret()
    print(s.reveal(), s._Secret__hidden, hasattr(s, "__hidden"), Secret._Secret__count, "__init__" in dir(s))
  `,
  "a NameError's traceback suggests a local": py`
    def f(alpha, beta):
        gamma = 1
        return alphx
    f(1, 2)
  `,
  "a NameError's traceback suggests a builtin": py`
    prnt("x")
  `,
  "a NameError's traceback suggests a global": py`
    counter = 0
    def bump():
        return countr + 1
    bump()
  `,
  "an AttributeError's traceback suggests an attribute": py`
    class A:
        def __init__(self):
            self.counter = 1
    A().countr
  `,
  "an AttributeError on a list suggests a method": py`
    [1].apend(2)
  `,
  "an AttributeError on a module suggests a member": py`
    import json
    json.dump_s({})
  `,
  "no suggestion when nothing is close": py`
    xyz_unknown_name_here
  `,
  "a raised AttributeError carries no suggestion": py`
    class A:
        value = 1
    raise AttributeError("valeu")
  `,
  "an uncaught custom exception prints without __main__": py`
    class Problem(Exception):
        pass
    raise Problem("boom")
  `,
};

describeAgainstCPython("the engine matches CPython", CASES);
