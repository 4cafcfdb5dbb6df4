# encoding and decoding
text = "naïve café ☃"
data = text.encode("utf-8")
print(data)
print(len(text), len(data))
print(data.decode("utf-8") == text)
print(data.decode("latin-1"))
print(text.encode("ascii", "ignore"), text.encode("ascii", "replace"))
print(b"caf\xc3\xa9".decode())
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(repr(b"\x80abc".decode("latin-1")))
body = b'{"name": "x"}'
print(body.decode().upper(), isinstance(body, bytes), isinstance(body, str))
print(str(body, "utf-8"), bytes("abc", "ascii"))
