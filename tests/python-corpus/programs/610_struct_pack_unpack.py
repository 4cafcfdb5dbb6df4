import struct

# A little-endian record: id, flags, temperature, name.
rec = struct.Struct("<IHf8s")
print(rec.format, rec.size)
data = rec.pack(7, 0x0102, 21.5, b"sensor")
print(data)
ident, flags, temp, name = rec.unpack(data)
print(ident, hex(flags), temp, name.rstrip(b"\x00").decode())

# Byte orders and native alignment.
for fmt in ("<h", ">h", "!i", "=q", "@bi", "<bi", "@llh0l"):
    print(fmt, struct.calcsize(fmt))
print(struct.pack(">HxxI", 1, 2), struct.pack("<3B", 1, 2, 255))
print(struct.unpack("<q", struct.pack("<q", -2**63)))
print(struct.pack("?c5p", [], b"z", b"hello world"), struct.unpack("5p", b"\x03abcd"))

# Floats round trip at their own precision.
for v in (0.1, -2.5, 1e-40, 65504.0, float("inf")):
    print(v, struct.unpack("<f", struct.pack("<f", v))[0], struct.unpack(">e", struct.pack(">e", min(v, 65504.0)))[0])
print(struct.pack("<d", 1 / 3).hex())

# iter_unpack and unpack_from over a packed table.
table = b"".join(struct.pack("<hh", x, x * x) for x in range(-2, 3))
print(list(struct.iter_unpack("<hh", table)))
print(struct.unpack_from("<hh", table, 8))
buf = bytearray(8)
struct.pack_into(">I", buf, 2, 0xDEADBEEF)
print(buf)

errors = [
    lambda: struct.pack("b", 128),
    lambda: struct.pack("<H", -1),
    lambda: struct.pack("<i", 2**31),
    lambda: struct.pack("<Q", -1),
    lambda: struct.pack("ii", 1),
    lambda: struct.pack("<i", "1"),
    lambda: struct.pack("<d", "x"),
    lambda: struct.pack("s", "text"),
    lambda: struct.pack("<e", 1e6),
    lambda: struct.unpack("<i", b"abc"),
    lambda: struct.calcsize("<y"),
    lambda: list(struct.iter_unpack("<i", b"abcde")),
    lambda: struct.unpack_from("<i", b"abcdef", 4),
]
for fn in errors:
    try:
        fn()
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)

# raises: struct.error
struct.unpack(">I", b"\x00\x01")
