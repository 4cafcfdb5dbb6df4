# memoryview over bytes and bytearray: indexing, slicing with steps, writes through, equality, release, errors
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:3]), len(mv), mv.tobytes(), mv.hex(), mv.hex(":"), mv[::2].tobytes(), mv[::-1].tolist())
ba = bytearray(b"hello")
m2 = memoryview(ba); m2[0] = ord("J"); print(ba, m2.readonly, mv.readonly, m2.nbytes, m2.format, m2.itemsize, m2.shape, m2.ndim, m2.obj is ba)
m2[1:3] = b"EL"; print(ba, m2 == b"JELlo", m2 == bytearray(b"x"), mv == mv, mv[2:] == memoryview(b"cdef"))
print(b"".join([mv[:2], b"-", m2[3:]]), b"cd" in b"abcd", b"abcd".find(mv[2:4]), list(mv[:3]))
with memoryview(b"xyz") as m3:
    print(m3.tobytes())
try:
    m3.tobytes()
except ValueError as e:
    print("released:", e)
for bad in [lambda: mv.__setitem__(0, 1), lambda: m2.__setitem__(0, 300), lambda: mv[10], lambda: memoryview("s"), lambda: hash(m2), lambda: m2.__setitem__(slice(0, 2), b"abc")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(hash(mv) == hash(b"abcdef"), bytearray(mv[1:4]), isinstance(mv, memoryview), type(mv).__name__, str(mv.toreadonly().readonly))
print(mv.hex(b"-", 2), mv.hex(":", -4), mv[::2].hex(" "))
for bad in [lambda: mv.hex("ab"), lambda: mv.hex("\xe9"), lambda: mv.hex(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
