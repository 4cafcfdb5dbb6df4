/** Source of the `io` module (see ../python-source.ts): in-memory streams. */
export const IO = String.raw`"""In-memory text and binary streams: StringIO and BytesIO."""
import sys

__all__ = ["IOBase", "StringIO", "BytesIO", "TextIOWrapper", "SEEK_SET", "SEEK_CUR", "SEEK_END", "UnsupportedOperation"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
TextIOWrapper = type(sys.stdout)


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """What every stream here shares: the capability queries, line iteration, the
    context manager. A subclass gives _check() (closed or not), readline() and _pos."""

    _readable = True
    _writable = True

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def tell(self):
        self._check()
        return self._pos

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


class _Memory(IOBase):
    _empty = ""

    def __init__(self, initial_value=None):
        self._buf = self._empty if initial_value is None else initial_value
        self._pos = 0
        self.closed = False

    _closed_message = "I/O operation on closed file."

    def _check(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def _check_type(self, s):
        pass

    def write(self, s):
        self._check()
        self._check_type(s)
        buf = self._buf
        if self._pos > len(buf):
            buf = buf + self._empty.join([self._pad] * (self._pos - len(buf)))
        self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._check()
        nl = self._buf.find(self._newline, self._pos)
        end = len(self._buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def getvalue(self):
        self._check()
        return self._buf

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            if pos != 0 and isinstance(self._buf, str):
                raise OSError("Can't do nonzero cur-relative seeks")
            pos = self._pos + pos
        elif whence == 2:
            if pos != 0 and isinstance(self._buf, str):
                raise OSError("Can't do nonzero end-relative seeks")
            pos = len(self._buf) + pos
        elif whence != 0:
            raise ValueError("Invalid whence (%s, should be 0, 1 or 2)" % whence)
        if pos < 0:
            raise ValueError("Negative seek position %d" % pos)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True



class StringIO(_Memory):
    _closed_message = "I/O operation on closed file"
    _empty = ""
    _pad = "\0"
    _newline = "\n"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        super().__init__(initial_value or "")

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)


class BytesIO(_Memory):
    _empty = b""
    _pad = b"\0"
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes))

    def _check_type(self, s):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)

    def write(self, s):
        self._check_type(s)
        return super().write(bytes(s))

    def getbuffer(self):
        return bytearray(self._buf)
`;
