/**
 * Source of the `codecs` module (see ../python-source.ts): lookup with CPython's name
 * normalisation and aliases, CodecInfo, encode/decode (with the "encoding with ...
 * codec failed" wrapping), getencoder/getdecoder, register, the BOM constants and the
 * basic error handlers, for the encodings the engine's str/bytes know (utf-8,
 * utf-8-sig, latin-1, ascii, utf-16 and utf-32 with their byte orders) and the
 * hex, base64 and rot13 codecs. Error handlers registered here are not used by
 * str.encode; no stream readers/writers or incremental codecs.
 */
export const CODECS = String.raw`"""Codec registry and base classes (the engine's own implementation)."""
import binascii as _binascii

__all__ = ['register', 'lookup', 'encode', 'decode', 'getencoder', 'getdecoder',
           'CodecInfo', 'BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE', 'BOM32_LE', 'BOM64_BE',
           'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE', 'BOM_UTF16_BE',
           'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE', 'strict_errors', 'ignore_errors',
           'replace_errors', 'register_error', 'lookup_error']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE, BOM32_BE, BOM64_LE, BOM64_BE = BOM_UTF16_LE, BOM_UTF16_BE, BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


def _text_codec(name, func_name, engine_name, bom=b''):
    def enc(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError('%s_encode() argument 1 must be str, not %s'
                            % (func_name, type(input).__name__))
        return bom + input.encode(engine_name, errors), len(input)

    def dec(input, errors='strict'):
        if isinstance(input, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(input)
        if bom and data.startswith(bom):
            data = data[len(bom):]
        return data.decode(engine_name, errors), len(input)
    return CodecInfo(enc, dec, name=name)


def _bytes_codec(name, enc_fn, dec_fn):
    def enc(input, errors='strict'):
        return enc_fn(input), len(input)

    def dec(input, errors='strict'):
        return dec_fn(input), len(input)
    return CodecInfo(enc, dec, name=name, _is_text_encoding=False)


def _rot13(text):
    if not isinstance(text, str):
        raise TypeError("descriptor 'translate' for 'str' objects doesn't apply to a '%s' object"
                        % type(text).__name__)
    return text.translate(_ROT13)


_ROT13 = {}
for _i in range(26):
    _ROT13[ord('a') + _i] = ord('a') + (_i + 13) % 26
    _ROT13[ord('A') + _i] = ord('A') + (_i + 13) % 26
del _i

# Canonical codec: (the name CodecInfo shows, aliases after normalization).
_CODECS = {
    'utf_8': ('utf-8', ('utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001')),
    'latin_1': ('iso8859-1', ('latin1', 'latin', 'l1', 'iso8859_1', 'iso_8859_1', '8859',
                              'cp819', 'iso_ir_100', 'iso_8859_1_1987', 'csisolatin1',
                              'ibm819')),
    'ascii': ('ascii', ('us_ascii', '646', 'us', 'ansi_x3.4_1968', 'ansi_x3_4_1968',
                        'ansi_x3.4_1986', 'cp367', 'csascii', 'ibm367', 'iso646_us',
                        'iso_646.irv_1991', 'iso_ir_6')),
    'utf_16': ('utf-16', ('u16', 'utf16')),
    'utf_16_le': ('utf-16-le', ('utf_16le', 'unicodelittleunmarked')),
    'utf_16_be': ('utf-16-be', ('utf_16be', 'unicodebigunmarked')),
    'utf_32': ('utf-32', ('u32', 'utf32')),
    'utf_32_le': ('utf-32-le', ('utf_32le',)),
    'utf_32_be': ('utf-32-be', ('utf_32be',)),
    'utf_8_sig': ('utf-8-sig', ()),
    'hex_codec': ('hex', ('hex',)),
    'base64_codec': ('base64', ('base64', 'base_64')),
    'rot_13': ('rot-13', ('rot13',)),
}
_ALIASES = {}
for _canon, (_shown, _names) in _CODECS.items():
    _ALIASES[_canon] = _canon
    for _n in _names:
        _ALIASES[_n] = _canon
del _canon, _shown, _names, _n


def _make(canon):
    shown = _CODECS[canon][0]
    if canon == 'utf_8_sig':
        return _text_codec(shown, 'utf_8', 'utf-8', BOM_UTF8)
    if canon == 'hex_codec':
        return _bytes_codec(shown, _binascii.b2a_hex, _binascii.a2b_hex)
    if canon == 'base64_codec':
        return _bytes_codec(shown, _binascii.b2a_base64, _binascii.a2b_base64)
    if canon == 'rot_13':
        return _bytes_codec(shown, _rot13, _rot13)
    return _text_codec(shown, canon, shown)


def _normalize(encoding):
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars).lower()


_cache = {}
_search = []


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    if search_function in _search:
        _search.remove(search_function)
    _cache.clear()


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not ' + type(encoding).__name__)
    key = encoding.replace(' ', '_').lower()
    if key in _cache:
        return _cache[key]
    for search in _search:
        info = search(key)
        if info is not None:
            _cache[key] = info
            return info
    canon = _ALIASES.get(_normalize(encoding))
    if canon is None:
        raise LookupError('unknown encoding: ' + encoding)
    info = _cache[key] = _make(canon)
    return info


def _wrapped(e, verb, encoding):
    # As CPython: the same exception type, its message prefixed with what failed;
    # Unicode errors keep their own fields and go through unchanged.
    if isinstance(e, UnicodeError):
        return e
    try:
        return type(e)("%s with '%s' codec failed (%s: %s)"
                       % (verb, encoding, type(e).__name__, e))
    except Exception:
        return e


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    try:
        return info.encode(obj, errors)[0]
    except Exception as e:
        raise _wrapped(e, 'encoding', encoding) from None


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    try:
        return info.decode(obj, errors)[0]
    except Exception as e:
        raise _wrapped(e, 'decoding', encoding) from None


def getencoder(encoding):
    """Look up the codec for the given encoding and return its encoder function."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """Look up the codec for the given encoding and return its decoder function."""
    return lookup(encoding).decode


def utf_8_encode(input, errors='strict'):
    return lookup('utf-8').encode(input, errors)


def utf_8_decode(input, errors='strict', final=False):
    return lookup('utf-8').decode(input, errors)


def latin_1_encode(input, errors='strict'):
    return lookup('latin-1').encode(input, errors)


def latin_1_decode(input, errors='strict'):
    return lookup('latin-1').decode(input, errors)


def ascii_encode(input, errors='strict'):
    return lookup('ascii').encode(input, errors)


def ascii_decode(input, errors='strict'):
    return lookup('ascii').decode(input, errors)


def strict_errors(exception):
    """Implements the 'strict' error handling, which raises a UnicodeError on coding errors."""
    raise exception


def ignore_errors(exception):
    """Implements the 'ignore' error handling, which ignores malformed data and continues."""
    return ('', exception.end)


def replace_errors(exception):
    """Implements the 'replace' error handling, which replaces malformed data with a replacement marker."""
    if isinstance(exception, UnicodeEncodeError):
        return ('?' * (exception.end - exception.start), exception.end)
    return ('\ufffd', exception.end)


_handlers = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors}


def register_error(name, error_handler):
    """Register the specified error handler under the name errors."""
    if not callable(error_handler):
        raise TypeError('handler must be callable')
    _handlers[name] = error_handler


def lookup_error(name):
    """Return the error handler for the specified error handling name."""
    try:
        return _handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % (name,)) from None
`;
