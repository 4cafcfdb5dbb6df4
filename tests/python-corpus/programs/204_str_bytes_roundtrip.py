# str <-> bytes: encode, decode, hex, and bytes/bytearray methods
text = "naïve café ☕"
data = text.encode()
print(data, len(text), len(data), data.decode() == text)
print(text.encode("latin-1", "replace"), text.encode("ascii", "ignore"), text.encode("ascii", "replace"))
print(data.hex(), data[:5].hex(":"), data[:6].hex("-", 2), bytes.fromhex("de ad be ef"))
print(b"\xff\xfeok".decode("utf-8", "replace"), b"\xff\xfeok".decode("utf-8", "ignore"))
try:
    b"ok\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
header = b"Content-Type: text/html; charset=utf-8\r\nContent-Length: 42\r\n\r\nbody"
head, _, body = header.partition(b"\r\n\r\n")
for line in head.split(b"\r\n"):
    name, _, value = line.partition(b": ")
    print(name.lower(), value.strip(), value.isdigit())
print(body.upper(), body.center(10, b"."), body.zfill(6), b"a,b,,c".split(b","), b" x y ".split())
print(header.count(b"t"), header.find(b"html"), header.rfind(116), header.startswith((b"X", b"Con")))
buf = bytearray(b"hello")
buf.append(33)
buf.extend(b" world")
buf[0] = ord("H")
buf.insert(0, 62)
print(buf, buf.pop(), buf.pop(0), len(buf))
buf.remove(ord("o"))
buf.reverse()
print(buf, buf.upper(), bytes(buf[:3]), buf.copy() == buf, buf.replace(b"l", b"L"))
del buf[1:4]
print(buf, b"%s=%d (%x)" % (b"key", 255, 255), b"-".join([b"a", bytearray(b"b")]))
print(bytes.maketrans(b"abc", b"xyz")[97:100], b"abc".translate(None, b"b"), b"AbC".swapcase())
for bad in [lambda: b"a".center(3, "x"), lambda: bytearray().pop(), lambda: bytes.fromhex("zz")]:
    try:
        bad()
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
