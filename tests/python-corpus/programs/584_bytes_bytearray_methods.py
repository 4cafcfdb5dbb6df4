# bytes and bytearray: hex with separators, fromhex, the str-like methods, mutation.
b = b"\x01\xab\xcd\xef"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -1), b.hex("|", -3), bytes.fromhex("01 ab cdEF"), bytearray.fromhex("ff00"), repr(b"".hex(":")))
for text in ["0", "zz", "0 1"]:
    try:
        print(bytes.fromhex(text))
    except ValueError as e:
        print("ValueError:", e)
print(b"a,b,,c".split(b","), b" a b ".split(), b"a b c".rsplit(None, 1), b"  x  ".strip(), b"xxyxx".strip(b"x"), b"abc".replace(b"b", b"XY"))
print(b"abc".upper(), b"Hello".swapcase(), b"a\tb".expandtabs(4), b"Hello World".title(), b"hello".capitalize(), b"a-b".partition(b"-"))
print(b"abc".startswith(b"a"), b"abc".find(b"c"), b"abc".find(99), b"abc".count(b"c"), b"abcabc".rindex(b"b"), b"abc".index(98), 98 in b"abc", b"bc" in b"abc")
print(b"abc".center(7, b"*"), b"12".zfill(4), b"a".ljust(3, b"-"), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True), b"a1".isalnum(), b"  ".isspace())
print(b"abc".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"b"), b"abc".removeprefix(b"a"), b"abc".join([b"1", b"2"]))
for f in [lambda: b"abc".index(b"z"), lambda: 300 in b"abc", lambda: "a" in b"abc", lambda: b"a" + "b", lambda: b"a"[5], lambda: bytes(-1), lambda: bytes([256]), lambda: bytes("a")]:
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)

ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"??")
ba += b"x"
del ba[1]
ba.insert(0, 62)
ba[1:3] = b"JJJ"
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.remove(74)
print(ba, ba.find(b"l"), bytes(ba), ba.decode(), ba * 2, ba == b"JJllo!??", list(ba[:2]), ba[-1], ba[::2])
ba.reverse()
print(ba)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytes(range(3)), bytearray("é", "utf-8"), bytes(b"x"))
for f in [lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray(b"").pop(), lambda: bytearray(b"a").remove(5), lambda: bytearray(b"a").append("b")]:
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(b"%d-%s" % (1, b"x"), bytes(3), b"ab" * 2, b"a" < b"b", b"abc"[1], b"abc"[::-1], list(b"hi"), b"\x00\x7f\x80\n\\'\"", b'"' + b"'")
print(b"abc".decode(), "é".encode("latin-1"), "€".encode("ascii", "replace"), "€".encode("ascii", "xmlcharrefreplace"), "€".encode("ascii", "backslashreplace"))
print(b"\xff".decode("utf-8", "replace"), b"\xffa".decode("utf-8", "ignore"), b"\xff".decode("latin-1"), repr(b"\xff".decode("utf-8", "backslashreplace")))
