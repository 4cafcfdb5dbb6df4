/**
 * Source of the `struct` module (see ../python-source.ts): pack/unpack/calcsize,
 * iter_unpack, pack_into/unpack_from and Struct, for every format character of
 * CPython 3.11 (native sizes and alignment are x86-64 Linux's), with struct.error's
 * messages. Floats are packed through frexp/ldexp, rounding half to even as C does.
 */
export const STRUCT = String.raw`"""Interpret bytes as packed binary data (the engine's own implementation)."""
import math as _math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


# code: (standard size, native size, kind); kind: 'i' signed int, 'u' unsigned int,
# 'f' float, or the code itself for the odd ones out.
_CODES = {
    'x': (1, 1, 'x'), 'c': (1, 1, 'c'), 'b': (1, 1, 'i'), 'B': (1, 1, 'u'),
    '?': (1, 1, '?'), 'h': (2, 2, 'i'), 'H': (2, 2, 'u'), 'i': (4, 4, 'i'),
    'I': (4, 4, 'u'), 'l': (4, 8, 'i'), 'L': (4, 8, 'u'), 'q': (8, 8, 'i'),
    'Q': (8, 8, 'u'), 'n': (0, 8, 'i'), 'N': (0, 8, 'u'), 'P': (0, 8, 'P'),
    'e': (2, 2, 'f'), 'f': (4, 4, 'f'), 'd': (8, 8, 'f'), 's': (1, 1, 's'),
    'p': (1, 1, 'p'),
}
# The range errors CPython names after the C type for these.
_RANGE_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
# Exponent and mantissa widths of the IEEE formats.
_FLOATS = {2: (5, 10), 4: (8, 23), 8: (11, 52)}


def _parse(fmt):
    if isinstance(fmt, (bytes, bytearray)):
        fmt = fmt.decode('latin-1')
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not "
                        + type(fmt).__name__)
    native = True
    little = True
    pos = 0
    if fmt and fmt[0] in '@=<>!':
        native = fmt[0] == '@'
        little = fmt[0] in '@=<'
        pos = 1
    items = []
    offset = 0
    n = len(fmt)
    while pos < n:
        ch = fmt[pos]
        if ch.isspace():
            pos += 1
            continue
        count = None
        if ch.isdigit():
            start = pos
            while pos < n and fmt[pos].isdigit():
                pos += 1
            count = int(fmt[start:pos])
            if pos >= n:
                raise error("repeat count given without format specifier")
            ch = fmt[pos]
        pos += 1
        spec = _CODES.get(ch)
        if spec is None or (not native and spec[0] == 0):
            raise error("bad char in struct format")
        size = spec[1] if native else spec[0]
        kind = spec[2]
        if native and size > 1 and offset % size:
            # Native mode aligns each item on its own size, as a C struct does.
            offset += size - offset % size
        if count is None:
            count = 1
        if kind in 'sp':
            items.append((ch, kind, offset, count))
            offset += count
        elif kind == 'x':
            offset += count
        else:
            for _ in range(count):
                items.append((ch, kind, offset, size))
                offset += size
    return items, offset, little


def _index(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise error("required argument is not an integer")


def _float_bits(x, size, code):
    ebits, mbits = _FLOATS[size]
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    top = (1 << ebits) - 1
    if x != x:
        return (sign << (ebits + mbits)) | (top << mbits) | (1 << (mbits - 1))
    x = abs(x)
    if x == _math.inf:
        return (sign << (ebits + mbits)) | (top << mbits)
    if x == 0.0:
        return sign << (ebits + mbits)
    m, e = _math.frexp(x)
    biased = e - 1 + bias
    if biased <= 0:
        # Subnormal: the value in units of the smallest step, rounded half to even.
        frac = round(_math.ldexp(x, bias - 1 + mbits))
        if frac >> mbits:
            biased, frac = 1, frac - (1 << mbits)
        else:
            biased = 0
    else:
        frac = round(_math.ldexp(m, mbits + 1)) - (1 << mbits)
        if frac >> mbits:
            biased += 1
            frac = 0
    if biased >= top:
        raise OverflowError("float too large to pack with %s format" % code)
    return (sign << (ebits + mbits)) | (biased << mbits) | frac


def _bits_float(bits, size):
    ebits, mbits = _FLOATS[size]
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    biased = (bits >> mbits) & ((1 << ebits) - 1)
    frac = bits & ((1 << mbits) - 1)
    if biased == (1 << ebits) - 1:
        return sign * _math.inf if frac == 0 else _math.nan
    if biased == 0:
        return sign * _math.ldexp(frac, 1 - bias - mbits)
    return sign * _math.ldexp(frac + (1 << mbits), biased - bias - mbits)


def _pack_one(out, ch, kind, offset, size, v, little):
    if kind in 'iuP':
        v = _index(v)
        bits = size * 8
        if kind == 'P':
            v &= (1 << bits) - 1
        lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if kind == 'i' else (0, (1 << bits) - 1)
        if not lo <= v <= hi:
            if ch in _RANGE_NAMES:
                raise error("%s format requires %d <= number <= %d" % (_RANGE_NAMES[ch], lo, hi))
            if kind == 'i' and size == 4:
                raise error("'%s' format requires %d <= number <= %d" % (ch, lo, hi))
            raise error("argument out of range")
        data = (v & ((1 << bits) - 1)).to_bytes(size, 'little' if little else 'big')
    elif kind == 'f':
        if not isinstance(v, (int, float)):
            if hasattr(type(v), '__float__'):
                v = float(v)
            else:
                raise error("required argument is not a float")
        data = _float_bits(float(v), size, ch).to_bytes(size, 'little' if little else 'big')
    elif kind == '?':
        data = b'\x01' if v else b'\x00'
    elif kind == 'c':
        if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
            raise error("char format requires a bytes object of length 1")
        data = bytes(v)
    else:
        if not isinstance(v, (bytes, bytearray)):
            raise error("argument for '%s' must be a bytes object" % ch)
        if kind == 's':
            data = bytes(v[:size]).ljust(size, b'\x00')
        else:
            n = min(len(v), size - 1, 255) if size else 0
            data = (bytes([n]) + bytes(v[:max(size - 1, 0)])).ljust(size, b'\x00')[:size]
    out[offset:offset + len(data)] = data


def _unpack_one(buf, ch, kind, offset, size, little):
    chunk = bytes(buf[offset:offset + size])
    if kind in 'iuP':
        return int.from_bytes(chunk, 'little' if little else 'big', signed=kind == 'i')
    if kind == 'f':
        return _bits_float(int.from_bytes(chunk, 'little' if little else 'big'), size)
    if kind == '?':
        return chunk != b'\x00'
    if kind in 'cs':
        return chunk
    n = min(chunk[0], size - 1) if size else 0
    return chunk[1:1 + n]


def _buffer(buf):
    if isinstance(buf, (bytes, bytearray)):
        return buf
    if isinstance(buf, memoryview):
        return bytes(buf)
    raise TypeError("a bytes-like object is required, not '%s'" % type(buf).__name__)


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        self._items, self._size, self._little = _parse(format)
        self.format = format if isinstance(format, str) else format.decode('latin-1')

    @property
    def size(self):
        return self._size

    def _fill(self, out, offset, values):
        if len(values) != len(self._items):
            raise error("pack expected %d items for packing (got %d)" % (len(self._items), len(values)))
        for (ch, kind, off, size), v in zip(self._items, values):
            _pack_one(out, ch, kind, offset + off, size, v, self._little)

    def pack(self, *values):
        out = bytearray(self._size)
        self._fill(out, 0, values)
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        if not isinstance(buffer, bytearray):
            raise TypeError("argument must be read-write bytes-like object, not " + type(buffer).__name__)
        if offset < 0:
            offset += len(buffer)
        if len(buffer) - offset < self._size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes "
                        "at offset %d (actual buffer size is %d)"
                        % (self._size + offset, self._size, offset, len(buffer)))
        out = bytearray(self._size)
        self._fill(out, 0, values)
        buffer[offset:offset + self._size] = out

    def _read(self, buf, offset):
        return tuple(_unpack_one(buf, ch, kind, offset + off, size, self._little)
                     for ch, kind, off, size in self._items)

    def unpack(self, buffer):
        buf = _buffer(buffer)
        if len(buf) != self._size:
            raise error("unpack requires a buffer of %d bytes" % self._size)
        return self._read(buf, 0)

    def unpack_from(self, buffer, offset=0):
        buf = _buffer(buffer)
        if offset < 0:
            offset += len(buf)
        if len(buf) - offset < self._size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes "
                        "at offset %d (actual buffer size is %d)"
                        % (self._size + offset, self._size, offset, len(buf)))
        return self._read(buf, offset)

    def iter_unpack(self, buffer):
        buf = _buffer(buffer)
        if self._size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buf) % self._size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % self._size)
        return (self._read(buf, i) for i in range(0, len(buf), self._size))


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt) if isinstance(fmt, (str, bytes)) else None
    if s is None:
        s = Struct(fmt)
        if len(_cache) < 100:
            _cache[fmt] = s
    return s


def calcsize(format):
    return _struct(format).size


def pack(format, *values):
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)
`;
