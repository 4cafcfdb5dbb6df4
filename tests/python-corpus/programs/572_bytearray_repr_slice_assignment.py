# bytearray's repr escapes ' even when it picks double quotes; a subclass shows its name.
class Buf(bytearray):
    pass

print(repr(bytearray(b"'")), repr(bytearray(b"it's")), repr(bytearray(b"'\"")), repr(b"it's"), repr(b"'\""))
print(Buf(b"ab"), [bytearray(b"x'y")], str(bytearray(b"\x00\n\\")))

# Slice assignment wants an iterable; CPython's messages for each container.
items = [1, 2, 3, 4]
cases = [
    ("items[0:2] = 5", lambda: items.__setitem__(slice(0, 2), 5)),
    ("items[::2] = 5", lambda: items.__setitem__(slice(None, None, 2), 5)),
    ("items[::2] = [1]", lambda: items.__setitem__(slice(None, None, 2), [1])),
    ("items[::-1] = 'abcd'", lambda: items.__setitem__(slice(None, None, -1), "abcd")),
    ("items[1:3] = range(3)", lambda: items.__setitem__(slice(1, 3), range(3))),
    ("items[:0] = {9: 0}", lambda: items.__setitem__(slice(None, 0), {9: 0})),
]
for text, f in cases:
    try:
        f()
        print(text, "->", items)
    except (TypeError, ValueError) as e:
        print(text, "->", type(e).__name__, e)

ba = bytearray(b"abcdef")
for text, f in [
    ("ba[0:2] = 5", lambda: ba.__setitem__(slice(0, 2), 5)),
    ("ba[0:2] = 'xy'", lambda: ba.__setitem__(slice(0, 2), "xy")),
    ("ba[0:2] = 1.5", lambda: ba.__setitem__(slice(0, 2), 1.5)),
    ("ba[::2] = b'x'", lambda: ba.__setitem__(slice(None, None, 2), b"x")),
    ("ba[0:2] = [300]", lambda: ba.__setitem__(slice(0, 2), [300])),
    ("ba[0:2] = [65, 66, 67]", lambda: ba.__setitem__(slice(0, 2), [65, 66, 67])),
    ("ba[::2] = b'123'", lambda: ba.__setitem__(slice(None, None, 2), b"123")),
    ("ba[1:3] = None", lambda: ba.__setitem__(slice(1, 3), None)),
]:
    try:
        f()
        print(text, "->", ba)
    except (TypeError, ValueError) as e:
        print(text, "->", type(e).__name__, e)
