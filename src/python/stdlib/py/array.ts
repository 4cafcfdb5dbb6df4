/**
 * Source of the `array` module (see ../python-source.ts): typed arrays of the codes
 * b B u h H i I l L q Q f d with CPython 3.11's conversions, so a value out of range
 * fails with the OverflowError of the C conversion CPython uses for that code. Items
 * live in a list; bytes go through int.to_bytes and struct (little-endian, as on
 * x86-64); 'f' items are rounded to single precision when stored.
 */
export const ARRAY = String.raw`"""Arrays of numeric values packed as C types (the engine's own implementation)."""
import struct as _struct
import operator as _operator

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

# typecode: (itemsize, signed) for the integer codes.
_INTS = {'b': (1, True), 'B': (1, False), 'h': (2, True), 'H': (2, False),
         'i': (4, True), 'I': (4, False), 'l': (8, True), 'L': (8, False),
         'q': (8, True), 'Q': (8, False)}
_SIZES = {'u': 4, 'f': 4, 'd': 8}
for _c in _INTS:
    _SIZES[_c] = _INTS[_c][0]
del _c

_LONG = 'Python int too large to convert to C long'
_ULONG = 'Python int too large to convert to C unsigned long'
_NEG = "can't convert negative value to unsigned int"


def _range(v, lo, hi, what):
    if v > hi:
        raise OverflowError(what + ' is greater than maximum')
    if v < lo:
        raise OverflowError(what + ' is less than minimum')


def _check_int(tc, v):
    # Each code goes through the C conversions CPython's array module uses, so an
    # out-of-range value fails with the message of the first conversion it breaks.
    v = _operator.index(v)
    if tc in 'qQ':
        if tc == 'Q' and v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if not (-2**63 <= v < (2**64 if tc == 'Q' else 2**63)):
            raise OverflowError('int too big to convert')
        return v
    if tc in 'IL':
        if v < 0:
            raise OverflowError(_NEG)
        if v >= 2**64:
            raise OverflowError(_ULONG)
        if tc == 'I' and v >= 2**32:
            raise OverflowError('unsigned int is greater than maximum')
        return v
    if not (-2**63 <= v < 2**63):
        raise OverflowError(_LONG)
    if tc == 'b':
        _range(v, -2**15, 2**15 - 1, 'signed short integer')
        _range(v, -128, 127, 'signed char')
    elif tc == 'B':
        _range(v, 0, 255, 'unsigned byte integer')
    elif tc == 'h':
        _range(v, -2**15, 2**15 - 1, 'signed short integer')
    elif tc == 'H':
        _range(v, -2**31, 2**31 - 1, 'signed integer')
        _range(v, 0, 2**16 - 1, 'unsigned short')
    elif tc == 'i':
        _range(v, -2**31, 2**31 - 1, 'signed integer')
    return v


def _float32(x):
    try:
        return _struct.unpack('<f', _struct.pack('<f', x))[0]
    except OverflowError:
        return x * 1e300 * 1e300


def _check(tc, v):
    if tc in _INTS:
        return _check_int(tc, v)
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__') \
            and not hasattr(type(v), '__index__'):
        raise TypeError('must be real number, not ' + type(v).__name__)
    v = float(v)
    return _float32(v) if tc == 'f' else v


def _item_bytes(tc, v):
    if tc in _INTS:
        size, signed = _INTS[tc]
        return v.to_bytes(size, 'little', signed=signed)
    if tc == 'u':
        return ord(v).to_bytes(4, 'little')
    if tc == 'f':
        return _struct.pack('<f', v)
    return _struct.pack('<d', v)


def _from_item_bytes(tc, b):
    if tc in _INTS:
        return int.from_bytes(b, 'little', signed=_INTS[tc][1])
    if tc == 'u':
        return chr(int.from_bytes(b, 'little'))
    return _struct.unpack('<f' if tc == 'f' else '<d', b)[0]


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type."""

    __slots__ = ('_tc', '_a')

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError('array.array() takes no keyword arguments')
        if not args:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)' % len(args))
        tc = args[0]
        if not isinstance(tc, str) or len(tc) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not '
                            + type(tc).__name__)
        if tc not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._tc = tc
        self._a = []
        if len(args) > 1:
            init = args[1]
            if isinstance(init, str):
                if tc != 'u':
                    raise TypeError('cannot use a str to initialize an array with typecode '
                                    + repr(tc))
                self._a = list(init)
            elif isinstance(init, array) and init._tc == 'u' and tc != 'u':
                raise TypeError('cannot use a unicode array to initialize an array with '
                                'typecode ' + repr(tc))
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            else:
                self._a = [_check(tc, v) for v in init]
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._tc

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _SIZES[self._tc]

    def _new(self, items):
        a = array(self._tc)
        a._a = items
        return a

    def __repr__(self):
        if not self._a:
            return 'array(%r)' % self._tc
        if self._tc == 'u':
            return 'array(%r, %r)' % (self._tc, ''.join(self._a))
        return 'array(%r, %r)' % (self._tc, self._a)

    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(self._a)

    def __contains__(self, v):
        return v in self._a

    def _index(self, i, msg):
        if not hasattr(type(i), '__index__'):
            raise TypeError('array indices must be integers')
        i = _operator.index(i)
        n = len(self._a)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(msg)
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._a[i])
        return self._a[self._index(i, 'array index out of range')]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            items = list(v._a)
            if i.step is not None and i.step != 1:
                n = len(range(*i.indices(len(self._a))))
                if len(items) != n:
                    raise ValueError('attempt to assign array of size %d to extended slice '
                                     'of size %d' % (len(items), n))
            self._a[i] = items
            return
        k = self._index(i, 'array assignment index out of range')
        self._a[k] = _check(self._tc, v)

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._a[i]
            return
        del self._a[self._index(i, 'array assignment index out of range')]

    def _same(self, other, what):
        if not isinstance(other, array):
            raise TypeError('can only %s array (not "%s") to array'
                            % (what, type(other).__name__))
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')

    def __add__(self, other):
        self._same(other, 'append')
        return self._new(self._a + other._a)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self._same(other, 'extend')
        self._a.extend(other._a)
        return self

    def __mul__(self, n):
        return self._new(self._a * _operator.index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._a *= _operator.index(n)
        return self

    def _cmp(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._a, other._a)

    def __eq__(self, other):
        return self._cmp(other, _operator.eq)

    def __ne__(self, other):
        return self._cmp(other, _operator.ne)

    def __lt__(self, other):
        return self._cmp(other, _operator.lt)

    def __le__(self, other):
        return self._cmp(other, _operator.le)

    def __gt__(self, other):
        return self._cmp(other, _operator.gt)

    def __ge__(self, other):
        return self._cmp(other, _operator.ge)

    def __copy__(self):
        return self._new(list(self._a))

    def __deepcopy__(self, memo):
        return self._new(list(self._a))

    def __reduce_ex__(self, protocol):
        return (array, (self._tc, list(self._a)))

    def __bytes__(self):
        return self.tobytes()

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._a.append(_check(self._tc, v))

    def extend(self, iterable, /):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._a.extend(iterable._a)
            return
        for v in iterable:
            self._a.append(_check(self._tc, v))

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        i = _operator.index(i)
        self._a.insert(i, _check(self._tc, v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array.

i defaults to -1."""
        i = _operator.index(i)
        if not self._a:
            raise IndexError('pop from empty array')
        n = len(self._a)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('pop index out of range')
        return self._a.pop(i)

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        for k, x in enumerate(self._a):
            if x == v:
                del self._a[k]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=9223372036854775807, /):
        """Return index of first occurrence of v in the array."""
        n = len(self._a)
        start, stop, _ = slice(start, stop).indices(n)
        for k in range(start, stop):
            if self._a[k] == v:
                return k
        raise ValueError('array.index(x): x not in array')

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return sum(1 for x in self._a if x == v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._a.reverse()

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._a)

    def fromlist(self, list_, /):
        """Append items to array from list."""
        if not isinstance(list_, list):
            raise TypeError('arg must be list')
        self._a.extend([_check(self._tc, v) for v in list_])

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        tc = self._tc
        return b''.join([_item_bytes(tc, v) for v in self._a])

    def frombytes(self, buffer, /):
        """Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."""
        if isinstance(buffer, (bytes, bytearray)):
            data = bytes(buffer)
        else:
            try:
                data = bytes(memoryview(buffer))
            except TypeError:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(buffer).__name__) from None
        size = _SIZES[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        tc = self._tc
        self._a.extend([_from_item_bytes(tc, data[k:k + size])
                        for k in range(0, len(data), size)])

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._a)

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(ustr, str):
            raise TypeError('fromunicode() argument must be str, not ' + type(ustr).__name__)
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._a.extend(ustr)

    def byteswap(self):
        """Byteswap all items of the array."""
        tc = self._tc
        self._a = [_from_item_bytes(tc, _item_bytes(tc, v)[::-1]) for v in self._a]

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents."""
        return (id(self), len(self._a))


ArrayType = array
`;
