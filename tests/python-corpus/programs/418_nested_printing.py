data = {"list": [1, 2.0, "three", None, True], "tuple": (1,), "empty": ((), [], {}, set()), "nested": {"a": {"b": {"c": [1, {"d": 2}]}}}}
print(data)
print(str(data) == repr(data), [data["tuple"], ("a", "b")], {"k": (1, [2, {3}])})
a = [1, 2]
a.append(a)
print(a, repr(a))
d = {"self": None}
d["self"] = d
print(d)
s = ["q'uote", 'd"ouble', "both'\"", "back\\slash", "new\nline", "tab\t", "uni é", "\x1b[0m"]
print(s)
print(tuple(s[:2]), set([1]), frozenset([2]), {1: "a", "b": 2, (3, 4): [5], None: None, 2.5: True})
print([[[]]], [[], [[]]], (((),),), {(): ()}, [{}], [set()], [frozenset()])
print(1.0, [1.0, 2.50, 1e100, 1e-100, float("nan"), float("-inf"), -0.0], (0.1 + 0.2,))
print([b"bytes", bytearray(b"ba"), b"\x00\xff", b"'", b'"', b"'\""])
print(range(5), [range(0, 10, 2)], slice(1, 2), [slice(None, 3, None)], type, [type(1), int, print, len])
print(Ellipsis, [...], NotImplemented, [None, NotImplemented])
class P:
    def __repr__(self):
        return "P<repr>"
    def __str__(self):
        return "P<str>"
print(P(), [P()], (P(),), {P(): P()}, str([P()]), f"{P()} {P()!r}", "%s %r" % (P(), P()))
print(*[1, [2, 3], "x"], sep=" | ", end=" END\n")
print("a", "b", sep="")
print()
print("no newline", end="")
print(" continued")
print(*range(3))
print("multi\nline", 42, None, True)
