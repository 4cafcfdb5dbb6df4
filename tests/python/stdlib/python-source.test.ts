/**
 * The stdlib modules written in Python (fractions, statistics, textwrap, pprint, io,
 * csv, keyword, html) against CPython.
 */
import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "./cpython";

describe("stdlib modules written in Python", () => {
  it("fractions and statistics", () => {
    expectSameAsCPython(py`
      from fractions import Fraction as F
      print(F(3,4), repr(F(3,4)), F("1/3"), F(0.5), F("0.75"), F(" -2/6 "), F(6,-4), F(5), F("1e-2"), F(1.1))
      print(F(1,3)+F(1,6), F(1,3)*3, F(1,2)/F(1,4), F(1,2)-1, 2**F(1,1), F(1,2)**2, F(-1,2)**-3, -F(1,2), abs(F(-1,2)), F(7,2)//2, F(7,2)%2, divmod(F(7,2), 1))
      print(F(1,2) == 0.5, F(1,3) < 0.34, float(F(1,3)), int(F(7,2)), round(F(7,2)), round(F(5,2)), round(F(1,3), 2), F(3,4).numerator, F(3,4).denominator, hash(F(1,2)) == hash(0.5), hash(F(2)) == 2)
      print(F(3.141592653589793).limit_denominator(1000), F(1,3) + 0.5, 0.5 + F(1,3), sum([F(1,3)] * 3), F(10, 4).as_integer_ratio())
      print(str(F(4,2)), repr(F(-1,3)), f"{F(1,3)}")
      try: F(1,0)
      except ZeroDivisionError as e: print(e)
      try: F("abc")
      except ValueError as e: print(e)
      import math
      print(math.floor(F(7,2)), math.ceil(F(7,2)), F(1,2) < F(2,3), max(F(1,2), F(2,3)), sorted([F(3,4), F(1,8), 0.5]))
      import statistics as st
      data = [2, 4, 4, 4, 5, 5, 7, 9]
      print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data), st.variance(data), st.pvariance(data))
      print(st.mean([1, 2, 3]), st.mean([1.5, 2.5]), st.median([3, 1, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.multimode("aabbc"), st.fmean([1, 2, 3, 4]))
      print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), st.harmonic_mean([40, 60]), round(st.geometric_mean([1, 10, 100]), 6), st.mean([F(1, 3), F(2, 3)]))
      print(st.correlation([1, 2, 3, 4], [2, 4, 6, 9]), st.linear_regression([1, 2, 3], [2, 4, 7]), st.covariance([1, 2, 3], [1, 3, 2]))
      try: st.mean([])
      except st.StatisticsError as e: print(type(e).__name__, e)
      print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([0.1, 0.2, 0.3]))
    `);
  });

  it("textwrap, pprint, io, csv, keyword, html", () => {
    expectSameAsCPython(py`
      import textwrap, pprint, io, csv, keyword, html
      text = "The quick brown fox jumps over the lazy dog. " * 3 + "Supercalifragilisticexpialidocious words are long; well-known hyphenated-words break."
      print(textwrap.fill(text, width=30))
      print(textwrap.wrap(text, 25)[:4])
      print(textwrap.shorten(text, width=40), "|", textwrap.shorten("Hello  world!", width=12))
      print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
      print(textwrap.dedent("""
          def f():
              return 1
            # odd
      """))
      print(textwrap.indent("a\nb\n\nc", "> "))
      print(textwrap.fill("a" * 50, 20), textwrap.wrap("", 10), textwrap.fill("short", 10, max_lines=1))
      data = {"users": [{"name": "ann", "roles": ["admin", "dev"], "meta": {"age": 31, "tags": list(range(12))}}, {"name": "bob", "roles": [], "meta": {}}], "count": 2, "zeta": "x" * 30, "alpha": (1, 2)}
      pprint.pprint(data)
      pprint.pprint(data, width=40)
      pprint.pprint(list(range(40)))
      pprint.pprint(list(range(40)), compact=True)
      print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
      pprint.pprint("a long string with many words " * 4)
      pprint.pprint({"k": "a long string with many words " * 4})
      pprint.pprint(set(range(30)))
      from collections import Counter, defaultdict, OrderedDict, deque
      pprint.pprint(Counter("abracadabra" * 5), width=30)
      pprint.pprint(defaultdict(list, {"x": [1] * 30, "y": [2]}))
      s = io.StringIO()
      s.write("hello\n")
      print("world", file=s)
      s.writelines(["a\n", "b\n"])
      print(repr(s.getvalue()), s.tell())
      s.seek(0)
      print(s.readline(), s.read(3), list(s))
      buf = io.StringIO()
      w = csv.writer(buf)
      w.writerow(["name", "qty", "note"])
      w.writerows([["apple", 3, "fresh, red"], ["pear", 1.5, 'say "hi"'], ["fig", None, "line\nbreak"]])
      print(repr(buf.getvalue()))
      rows = list(csv.reader(io.StringIO(buf.getvalue())))
      print(rows)
      out = io.StringIO()
      dw = csv.DictWriter(out, fieldnames=["a", "b"])
      dw.writeheader()
      dw.writerow({"a": 1, "b": 2})
      dw.writerow({"a": "x"})
      print(repr(out.getvalue()))
      for row in csv.DictReader(io.StringIO("id,name\n1,ann\n2,bob\n")):
          print(row)
      print(list(csv.reader(["a;b;c", "1;2;3"], delimiter=";")), keyword.iskeyword("for"), keyword.iskeyword("print"), len(keyword.kwlist))
      print(html.escape("<a href='x'>Tom & \"Jerry\"</a>"), html.unescape("&lt;p&gt; &amp; &copy; &#39; &#x41;"))
    `);
  });

  it("pprint of dataclasses, depth, indent, nested containers", () => {
    expectSameAsCPython(py`
      import pprint
      from dataclasses import dataclass, field
      @dataclass
      class Point:
          x: int
          y: int
          tags: list = field(default_factory=list)
      pts = [Point(i, i * i, ["t" * i] * 3) for i in range(4)]
      pprint.pprint(pts)
      pprint.pprint(Point(1, 2, list(range(30))))
      tree = {"root": {"left": {"left": None, "right": {"value": 3, "children": [(1,), (2, 3), ()]}}, "right": {"value": [1.5, 2.25, {"deep": {"deeper": {"deepest": "x" * 20}}}]}}}
      pprint.pprint(tree, indent=4)
      pprint.pprint(tree, depth=2)
      pprint.pprint(tree, width=50)
      print(pprint.pformat(tree, width=120))
      pprint.pprint([[i] * i for i in range(8)], width=30)
      pprint.pprint({"mixed": {3: "c", 1: "a", 2: "b"}, "nums": {10: [1], 2: [2]}})
      pprint.pprint(("single",))
      pprint.pprint([("key-%d" % i, {"value": i, "items": list(range(i))}) for i in range(5)])
      pprint.pprint(frozenset({"only"}))
      pprint.pprint({"nested list": [[1, 2, 3], [4, 5, 6]] * 4})
    `);
  });
  it("decimal: arithmetic, context precision, quantize and rounding modes, formatting, sqrt", () => {
    expectSameAsCPython(py`
      from decimal import Decimal as D, getcontext, ROUND_HALF_UP, localcontext
      print(D("0.1") + D("0.2"), D(1) / D(3), D("1.10") * 3, D("10") / D("4"), D("1.0") / D("3.0"), D(2) ** 10, D("1e3"), D("0.000001"), D("0.0000001"), D("1.23E+5"), D(0.1))
      print(repr(D("1.50")), D("1.50") == D("1.5"), hash(D("1.5")) == hash(1.5), D("3.675").quantize(D("0.01")), D("3.675").quantize(D("0.01"), rounding=ROUND_HALF_UP), round(D("2.5")), round(D("2.675"), 2))
      print(-D("0"), D("-0.0") + 0, D(5) // D(2), D(-7) // D(2), D(-7) % D(2), divmod(D(7), D(2)), abs(D("-1.5")), int(D("9.99")), float(D("1.5")), D("100").normalize(), D("1.500").normalize())
      x = D("1234.5")
      pi = D("3.14159")
      print(D("1234.5678").quantize(D("1.00")), f"{x:,.2f}", format(D("0.125"), ".2f"), f"{pi:.3}", D("2").sqrt(), D(10).sqrt(), f"{x:>12}", f"{x:e}", f"{D('0.5'):%}")
      print(sum([D("0.1")] * 10), D("1.1") + 1, 1 + D("1.1"), D("5") > 4, D("0.1") < 0.2, max(D("1"), D("2")), sorted([D("3"), D("1.5"), D(2)]))
      getcontext().prec = 6
      print(D(1) / D(7), D("123456789") + 0, getcontext().prec)
      with localcontext() as ctx:
          ctx.prec = 3
          print(D(2) / D(3))
      print(D(2) / D(3))
      getcontext().prec = 28
      print(D("12.345").as_tuple(), D("-1.5").is_signed(), D("1.5").adjusted(), D("inf"), D("nan") == D("nan"), D("-inf") < 0)
      try: D(1) / D(0)
      except Exception as e: print(type(e).__name__, e, isinstance(e, ZeroDivisionError))
      try: D("abc")
      except Exception as e: print(type(e).__name__, e)
      print(D("19.99") * 3, D("100") * D("0.075"), (D("100") * D("0.075")).quantize(D("0.01")), D("1") / D("8"), D("7.00") / D("2"), D("1E+2") + 1, D("0.00") + D("0.000"))
      print(D(123).scaleb(-2) if hasattr(D, "scaleb") else "", D("1.20") + D("1.3"), D("5.0") - D("5"), D("-5") * 0, D("2.50") * D("4"))
    `);
    expectSameAsCPython(py`
      from decimal import Decimal as D, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN
      vals = [D("1234.5678"), D("-0.005"), D("0"), D("1E+3"), D("0.1"), D("123456789.987654321"), D("-42"), D("2.50")]
      for v in vals:
          print(v, f"{v:.2f}", f"{v:,.3f}", f"{v:10.1f}|", f"{v:<10}|", f"{v:e}", f"{v:.2e}", f"{v:g}", f"{v:.3g}", f"{v:+.1f}", f"{v:%}" if v else "-")
      for r in [ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN]:
          print(r, [str(D(x).quantize(D("0.1"), rounding=r)) for x in ["1.25", "-1.25", "1.35", "1.21"]])
      print(D("1.5").sqrt(), D("0.25").sqrt(), D("100").sqrt(), D("2E-8").sqrt(), D(16).sqrt())
      prices = [D("19.99"), D("5.01"), D("0.10")]
      total = sum(prices)
      tax = (total * D("0.0825")).quantize(D("0.01"))
      print(total, tax, total + tax, f"\${total + tax:>10,.2f}")
      print(D(1) / 3 * 3, D(2) / D("0.5"), D("1.00") / D("0.10"), D(10) ** -2, D("2.5") ** 2, D("1.1") ** 3)
      print(round(D("123.456"), 1), round(D("123.456"), -1), int(D("-7.9")), float(D("0.1")), D("5").is_zero(), D("0.000").is_zero())
    `);
  });

  it("math.isqrt of big ints", () => {
    expectSameAsCPython(py`
      import math
      for n in [0, 1, 2, 3, 4, 15, 16, 17, 10**20, 10**40 - 1, 10**40, 2**200 + 12345, 3**333]:
          r = math.isqrt(n)
          print(r, r*r <= n < (r+1)**2)
    `);
  });
});
