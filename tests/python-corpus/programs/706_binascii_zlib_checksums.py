import binascii
import zlib

data = b"The quick brown fox jumps over the lazy dog"
print(binascii.hexlify(data[:8]), binascii.b2a_hex(b"\x00\xff\x10"), binascii.hexlify(bytearray(b"xyz")))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", " ", -2), binascii.hexlify(b"", "-"))
print(binascii.unhexlify("48656c6c6f"), binascii.a2b_hex(b"DEADbeef"))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False))
print(binascii.a2b_base64("aGVsbG8="), binascii.a2b_base64(b"aGVs\nbG8=\n"))
print(binascii.crc32(data), zlib.crc32(data), hex(zlib.crc32(b"")), zlib.crc32(b"", 123))
crc = 0
adler = 1
for chunk in (data[:10], data[10:25], data[25:]):
    crc = zlib.crc32(chunk, crc)
    adler = zlib.adler32(chunk, adler)
print(crc == zlib.crc32(data), adler == zlib.adler32(data), adler, zlib.adler32(b""))
print(binascii.crc32(b"a", -1), zlib.crc32(b"a", 2**40), zlib.adler32(b"abc", 7), binascii.crc_hqx(b"hello", 0))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, issubclass(zlib.error, Exception))
print(f"{zlib.crc32(b'abc'):08x}", binascii.hexlify(zlib.crc32(b'abc').to_bytes(4, "big")))
for bad in [lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"),
            lambda: binascii.a2b_base64("abc"), lambda: binascii.hexlify("text"),
            lambda: binascii.hexlify(b"a", "--"), lambda: zlib.crc32("text"),
            lambda: zlib.adler32(None), lambda: binascii.unhexlify("é")]:
    try:
        bad()
    except (binascii.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
