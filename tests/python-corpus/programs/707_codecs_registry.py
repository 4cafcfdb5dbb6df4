import codecs

for name in ["UTF8", "utf_8", "Latin-1", "latin1", "US-ASCII", "U16", "utf-16-le",
             "UTF_32_BE", "utf-8-sig", "hex", "base64", "rot13", "iso-8859-1"]:
    info = codecs.lookup(name)
    print(name, "->", info.name, isinstance(info, tuple), len(info))
text = "héllo wörld"
for enc in ["utf-8", "latin-1", "utf-16-le", "utf-16-be", "utf-32-le", "utf-8-sig"]:
    data = codecs.encode(text, enc)
    print(enc, data[:12], codecs.decode(data, enc) == text)
print(codecs.getencoder("utf-8")("hé"), codecs.getdecoder("latin-1")(b"ab"))
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.encode(b"\x00\xffab", "hex"), codecs.decode(b"6162", "hex"), codecs.decode("6364", "hex"))
print(codecs.encode(b"hi there", "base64"), codecs.decode(b"aGkgdGhlcmU=\n", "base64"))
print(codecs.encode("x"), codecs.decode(b"\xc3\xa9"), codecs.encode("é", "ascii", "replace"),
      codecs.decode(b"a\xffb", "ascii", "ignore"), codecs.decode(b"a\xffb", "utf-8", "replace"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16)
print(codecs.decode(codecs.BOM_UTF8 + b"abc", "utf-8-sig"), codecs.decode(b"abc", "utf-8-sig"))
print(codecs.utf_8_encode("é"), codecs.lookup_error("strict") is codecs.strict_errors)
for bad in [lambda: codecs.lookup("no-such-codec"), lambda: codecs.encode(b"ab", "utf-8"),
            lambda: codecs.decode("ab", "utf-8"), lambda: codecs.encode("é", "ascii"),
            lambda: codecs.decode(b"\xff", "utf-8"), lambda: codecs.decode(b"abc", "hex"),
            lambda: codecs.lookup_error("nope")]:
    try:
        bad()
    except (LookupError, TypeError, ValueError) as e:
        print(type(e).__name__, e)


def search(name):
    if name == "shout":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)),
                                name="shout")
    return None


codecs.register(search)
print(codecs.encode("quiet", "shout"), codecs.decode(b"LOUD", "shout"), codecs.lookup("shout").name)
