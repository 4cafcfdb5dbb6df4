b = b"Hello, World"
print(b, b[0], b[-1], b[:5], b.lower(), b.upper(), b.split(b", "), b.replace(b"l", b"L"), len(b))
print(b.decode(), b.hex(), bytes.fromhex("48 65 6c"), b.find(b"o"), b.count(b"l"), b.startswith(b"He"), list(b[:3]))
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65
print(ba, bytes(ba), ba.decode(), len(ba), ba.pop(), ba)
print(bytes(5), bytes([65, 66, 67]), bytes(range(3)), b"a" * 3, b"ab" + b"cd", b"x" in b"xyz", 120 in b"xyz")
print("naïve café".encode("utf-8"), "naïve".encode("latin-1"), "ü".encode("utf-16"), b"\xff".decode("latin-1"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print("é".encode("ascii", errors="replace"), b"\xffab".decode("utf-8", errors="ignore"), b"\xffab".decode("utf-8", "replace"))
print(repr(b"\x00\x01\t\n\r'\"\\"), bytes([0x7f, 0x80]), b"%d-%s" % (5, b"x"), b"abc".center(7, b"*"))
print(b" x ".strip(), b"a,b".partition(b","), b"AbC".swapcase(), b"abc".isalpha(), b"12".isdigit(), b"ab" < b"b", b"abc"[1:2] == b"b")
print(int.to_bytes(258, 2, "big"), (258).to_bytes(2, "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
