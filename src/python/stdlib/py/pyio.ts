/** Source of the `_pyio` module (see ../python-source.ts): the file objects `open()` returns. */
export const PYIO = String.raw`"""File objects over the run's in-memory files (the builtin open() checks and creates them)."""
import _vfs
from io import IOBase, UnsupportedOperation


class _File(IOBase):
    def __init__(self, path, mode, reading, writing, appending):
        self.name = path
        self.mode = mode
        self._path = path
        self._readable = reading
        self._writable = writing
        self._append = appending
        self._closed = False
        self._pos = _vfs.size(path) if appending else 0

    @property
    def closed(self):
        return self._closed

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _check_readable(self):
        self._check()
        if not self._readable:
            raise UnsupportedOperation("not readable")

    def _check_writable(self):
        self._check()
        if not self._writable:
            raise UnsupportedOperation("not writable")

    def fileno(self):
        self._check()
        return 3

    def close(self):
        self._closed = True

    def truncate(self, size=None):
        self._check_writable()
        if size is None:
            size = self._pos
        _vfs.truncate(self._path, size)
        return size


class BufferedFile(_File):
    def read(self, size=-1):
        self._check_readable()
        data = _vfs.read(self._path, self._pos, -1 if size is None else size)
        self._pos += len(data)
        return data

    def readline(self, size=-1):
        self._check_readable()
        rest = _vfs.read(self._path, self._pos, -1)
        end = rest.find(b"\n")
        end = len(rest) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, size)
        self._pos += end
        return rest[:end]

    def write(self, data):
        self._check_writable()
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self._append:
            self._pos = _vfs.size(self._path)
        self._pos = _vfs.write(self._path, self._pos, bytes(data))
        return len(data)

    def seek(self, offset, whence=0):
        self._check()
        if whence == 1:
            offset += self._pos
        elif whence == 2:
            offset += _vfs.size(self._path)
        if offset < 0:
            raise OSError(22, "Invalid argument")
        self._pos = offset
        return offset

    def __repr__(self):
        kind = "BufferedRandom" if "+" in self.mode else "BufferedReader" if self._readable else "BufferedWriter"
        return "<_io.%s name=%r>" % (kind, self.name)


class TextFile(_File):
    def __init__(self, path, mode, reading, writing, appending, encoding, errors, newline):
        super().__init__(path, mode, reading, writing, appending)
        self.encoding = encoding
        self.errors = errors
        self.newlines = None
        self._newline = newline
        self._text = None
        self._tpos = 0

    def _decoded(self):
        # A file only read is decoded once; one also written is read afresh each time.
        if self._text is None or self._writable:
            raw = _vfs.read(self._path, 0, -1).decode(self.encoding, self.errors)
            if self._newline is None:
                raw = raw.replace("\r\n", "\n").replace("\r", "\n")
            self._text = raw
            self._tpos = self._char_index()
        return self._text

    def _char_index(self):
        if self._pos == 0:
            return 0
        return len(_vfs.read(self._path, 0, self._pos).decode(self.encoding, self.errors))

    def read(self, size=-1):
        self._check_readable()
        text = self._decoded()
        end = len(text) if size is None or size < 0 else min(len(text), self._tpos + size)
        out = text[self._tpos:end]
        self._tpos = end
        self._pos += len(out.encode(self.encoding, self.errors))
        return out

    def readline(self, size=-1):
        self._check_readable()
        text = self._decoded()
        end = text.find("\n", self._tpos)
        end = len(text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._tpos + size)
        out = text[self._tpos:end]
        self._tpos = end
        self._pos += len(out.encode(self.encoding, self.errors))
        return out

    def write(self, s):
        self._check_writable()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if self._newline not in (None, "", "\n"):
            s = s.replace("\n", self._newline)
        if self._append:
            self._pos = _vfs.size(self._path)
        self._pos = _vfs.write(self._path, self._pos, s.encode(self.encoding, self.errors))
        return len(s)

    def seek(self, offset, whence=0):
        self._check()
        if whence == 1 and offset != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and offset != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            offset = self._pos
        elif whence == 2:
            offset = _vfs.size(self._path)
        elif offset < 0:
            raise ValueError("negative seek position %r" % offset)
        self._pos = offset
        if self._readable and self._text is not None:
            self._tpos = self._char_index()
        return offset

    def detach(self):
        raise UnsupportedOperation("detach")

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode, self.encoding)


def _make(path, mode, reading, writing, appending, binary, encoding, errors, newline):
    if binary:
        return BufferedFile(path, mode, reading, writing, appending)
    return TextFile(path, mode, reading, writing, appending, encoding, errors, newline)
`;
