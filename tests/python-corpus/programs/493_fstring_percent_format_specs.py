name, age, pi = "Ada", 36, 3.14159265
items = {"apple": 0.5, "kiwi": 1.25}
print(f"{name!r:>8}|{name!s:<6}|{name!a}|{'ünï'!a}")
print(f"{age:04d} {age:x} {age:#b} {age:,} {age:+} {age:^7}|{age:<5}|")
print(f"{pi:.3f} {pi:10.2e} {pi:%} {pi:.0f} {-pi:g} {pi*1e10:g} {pi*1e-10:g}")
print(f"{name=}, {age = }, {pi=:.2f}, {items['kiwi']=}")
print(f"{'nested ' + f'{age}'}", f"{{literal}}", f"{ {'a': 1}['a'] }", f"{[1,2][-1]}")
w, p = 10, 3
print(f"[{pi:{w}.{p}f}]", f"[{name:{'*'}^{w}}]", f"[{age:{w}}]")
for k, v in items.items():
    print(f"{k:<8}{v:>6.2f}")
print(f"{1_000_000:_}", f"{0.000123:.2e}", f"{12.0:g}", f"{1e100:.3g}", f"{123456789:.3e}")
print(f"{True}", f"{None!r}", f"{3+4j}", f"{b'x'}", f"{[1, 'a']}", f"{(1,)}")
import datetime
d = datetime.date(2024, 7, 4)
print(f"{d:%B %d, %Y}", f"{d}", f"{d!r}")
print(f"{'left':<{w}}|", f"{'right':>{w}}|", f"{age:{'>' if age > 30 else '<'}{w}}|")
x = 42
print(f"{x:>{w}b}", f"{x:o}", f"{x:X}", f"{x:c}", f"{-x:05}", f"{x:=+8}", f"{-0.0:+.1f}")
print(f"{'a' 'b'}", f"""{
    x + 1
}""", f"{x!r:>5}", F"{x}", rf"\d{x}")
print("%(name)s is %(age)d" % {"name": name, "age": age}, "%5.2f|%-5d|%05d" % (pi, age, age))
print("%s %s %s" % (1, [2], (3,)), "%r" % "q", "%%", "%i" % 3.9, "%.3s" % "abcdef", "%*d" % (5, 42))
print("{:.2f}".format(2.675), "{:.1f}".format(0.05), "{:.0f}".format(0.5), "{:.0f}".format(1.5), "{:.2%}".format(0.12345))
print(format(12345.6789, ",.2f"), format(-1234, ","), format(1234.5, "010.2f"), format(0, "+"), format(-0.0, ".1f"))
print(format("text", "^10"), format(3, "*>5"), format(3.0, ""), format(1e20, ""), format(1e-5, ""))
