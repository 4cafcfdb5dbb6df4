# printf-style formatting with %: flags, widths, precision, mappings, bytes
print("%s scored %d points (%.1f%%)" % ("Ann", 42, 87.456))
print("%5s|%-5s|%05d|%-5d|%+d|% d|%x|%X|%#x|%#o|%o" % ("ab", "cd", 42, 42, 42, 42, 255, 255, 255, 8, 8))
print("%e|%.2E|%f|%.0f|%#.0f|%g|%G|%.3g|%#g" % (12345.678, 0.00012, 1.5, 2.5, 2.5, 1e-5, 1e20, 1234.5, 1.0))
print("%*d|%-*d|%.*f|%*.*f|" % (6, 42, 6, 42, 2, 3.14159, 9, 3, 2.71828))
print("%c%c%c" % (72, "i", 0x1F600), "%r %a %s" % ("é", "é", "é"), "%.3s|%8.2s|" % ("abcdef", "xyz"))
print("%d %i %u" % (3.99, -3.99, True), "%x" % True, "%s" % None, "%s" % [1, (2,)])
print("%(name)s is %(age)d, %(name)r again" % {"name": "Bo", "age": 7}, "%(x).2f" % {"x": 2})
print("%.3d|%+.3d|%#.3x|%010.3f|%-+8.2e|" % (5, 5, 5, -1.5, 31.4))
print("%05s|%05c|%-05d|%+05x" % ("a", "b", 3, 255))
print("%s" % (1, ), "%s" % ((1, 2),), "%s %s" % tuple("ab"), "100%%" % ())
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")), "%05f|%+f" % (float("inf"), float("nan")))
print("%.2f %.2f %.1f %.0f" % (2.675, 0.125, 0.25, 0.5), "%s %r" % (0.1 + 0.2, 1e16))
print(b"%s=%d;%x;%5.1f;%c%c" % (b"key", 10, 255, 2.25, 65, b"B"), b"%r %a" % (b"q", "é"))
print(bytearray(b"[%s]") % bytearray(b"ba"), b"%(k)s" % {b"k": b"v"}, b"%b|%-4s|" % (b"x", b"y"))
errors = [
    lambda: "%d" % "5", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%y" % 1,
    lambda: "%(a)s" % 1, lambda: "%c" % "ab", lambda: "%c" % 0x110000, lambda: "%x" % 1.5,
    lambda: "%e" % "x", lambda: "%" % (), lambda: "%(a" % {}, lambda: "%*d" % ("a", 1),
    lambda: "abc" % 5, lambda: b"%s" % "str", lambda: b"%c" % 256, lambda: "%d" % float("nan"),
]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__ + ":", e)
