# bytes in responses: bodies, joining chunks, comparing, decoding JSON
import json
chunks = [b"{\"items\": ", b"[1, 2, ", b"3]}"]
body = b"".join(chunks)
print(body, len(body), type(body).__name__)
print(json.loads(body.decode("utf-8")), json.loads(body))
headers = {"Content-Type": b"application/json", "X-Id": b"42"}
print(headers)
print(int(headers["X-Id"]), headers["Content-Type"].decode().split("/"))
print([b"a", b"b"], (b"",), {b"k": b"v"}, {b"k": b"v"}[b"k"])
print(b"abc" == "abc".encode(), b"abc" != "abc", b"a" < b"b", sorted([b"b", b"a", b"ab"]))
print(b"x".join([b"1", b"2"]), b"  padded ".strip(), b"a=1&b=2".split(b"&"))
print(b"Hello".lower(), b"hello".startswith(b"he"), b"hello".endswith(b"lo"), b"hello".find(b"z"))
body2 = "naïve".encode()
print(body2, len(body2), len(body2.decode()), body2[2], body2[2:4], body2[2:4].decode())
print(str(body2), str(body2, "utf-8"), repr(body2.decode()))
print(bytes([104, 105]), list(b"hi"), b"hi"[::-1], b"%d bytes" % len(body2))
try:
    b"abc".decode("ascii")[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "text" + b"bytes"
except TypeError as e:
    print("TypeError:", e)
print(b"".decode() == "", bool(b""), bool(b"\x00"), b"\x00" == b"\0")
