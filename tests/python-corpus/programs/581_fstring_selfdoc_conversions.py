# f-string '=' keeps the expression text (spaces too), repr by default, str with a spec.
import math

x = 12.3456
n = -42
s = "héllo"
items = [1, 2]
d = {"k": "v"}
print(f"{x=}", f"{x = }", f"{x=!r}", f"{x=!s:>10}", f"{s=!a}", f"{n=:+08d}")
print(f"{x=:{'^'}12.2f}", f"{items=}", f"{d['k']=}", f"{math.pi=:.3}", f"{ n = }", f"{1+1=}", f"{s.upper()=}")
print(f"{n!s:5}|{n!r}|{[1, 'a']!s}|{'a' 'b'}|{{}}|{n:#x}|{n:08b}|{s!r:>9}|{s!a}|{'é'!a}")
print(f"{'a' if n < 0 else 'b'}", f"{(lambda q: q * 2)(3)}", f"{[i for i in range(3)]}", f"{ {'a': 1}['a'] }", f"{s!s:.2}", f"{s!r:.3}", f"{3.0!s}")
print("{0!r} {0!s} {0!a}".format("ü"), "{!s:>4}{!r:<4}|".format(1, 2), "{0[k]} {1.real} {2[0]}".format(d, 3, items))


class Spec:
    def __format__(self, spec):
        return "Spec<" + spec + ">"

    def __repr__(self):
        return "Spec()"

    def __str__(self):
        return "spec-str"


c = Spec()
print(f"{c}", f"{c:xyz}", f"{c!r}", f"{c!s}", f"{c!r:>8}", f"{c=}", f"{c=:fmt}", f"{c=!s}", "{0:{1}}".format(c, "nest"), format(c, "q"))

for fmt, args, kwargs in [("{} {0}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{", (1,), {}), ("}", (1,), {}), ("{2}", (1,), {}),
                          ("{x}", (), {"y": 1}), ("{:d}", (1.5,), {}), ("{:s}", (1,), {}), ("{0.nope}", (1,), {}), ("{!x}", (1,), {})]:
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
