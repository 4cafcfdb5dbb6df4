# bytes literals, indexing, slicing, repr
b = b"hello"
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1])
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(b"\x00\x01\xff", b"tab\there", b"quote'", b'dq"', b"both'\"")
print(b"\n\r\t\\", bytes([65, 66, 67]), bytes(3), bytes(range(5)))
print(b + b" world", b * 2, b"l" in b, 108 in b, b"xyz" in b)
print(b.decode(), b.decode("utf-8"), "héllo".encode(), "héllo".encode().decode())
print(list(b), [c for c in b"AB"], b.upper(), b.split(b"l"))
print(b.find(b"l"), b.count(b"l"), b.startswith(b"he"), b.replace(b"l", b"L"))
print(b == b"hello", b == "hello", b < b"help", b"" == bytes())
print(b.hex(), bytes.fromhex("48 65 6c"), b"a,b".split(b","))
print(bytes(b"abc"), b"abc"[0:1][0], str(b"x"), len(b""))
print(b"%s=%d" % (b"k", 5), b"-".join([b"a", b"b"]))
try:
    b"abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
