# printf-style formatting with %
name, n, x = "widget", 42, 3.14159
print("%s has %d parts" % (name, n))
print("%r vs %s" % (name, name), "%r" % [name], "%s" % [1, "a"])
print("%5d|%-5d|%05d|%+d|% d" % (n, n, n, n, n))
print("%5.2f|%-10.3f|%.0f|%e|%.2E|%g|%G" % (x, x, x, x, x, x, 1e-10))
print("%10s|%-10s|%.3s|%5.1s|" % (name, name, name, name))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("100%% sure, %d%%" % 50)
print("%(name)s costs %(price).2f" % {"name": "tea", "price": 2.5})
print("%(a)s %(a)r %(b)05d" % {"a": "x", "b": 7})
print("%s" % (1,), "%s" % ((1, 2),), "%s and %s" % ("a", "b"))
print("%d" % 3.99, "%i" % -2.5, "%s" % None, "%s" % True, "%d" % True)
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, x))
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    "%(missing)s" % {"other": 1}
except KeyError as e:
    print("KeyError:", e)
print("%s" % "only one", "%.1f%%" % 99.95, "%5.1f%%" % 5)
print(b"%s-%d" % (b"bytes", 3), "%a" % "é")
