/**
 * Source of the `pathlib` module (see ../python-source.ts): PurePath and
 * PurePosixPath (parsing, parts, name/stem/suffixes, parents, joining, with_*,
 * relative_to, match, as_uri, ordering), and Path over the interpreter's in-memory
 * files through `os` and `open()` (read/write text and bytes, mkdir, iterdir, glob,
 * rglob, touch, unlink, rename). Windows paths are not provided; iterdir and glob list
 * entries in the order the in-memory directory keeps them.
 */
export const PATHLIB = String.raw`"""Object-oriented filesystem paths (the engine's own implementation, POSIX flavour)."""
import fnmatch as _fnmatch
import os as _os

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath',
           'WindowsPath']


def _fspath(a):
    if isinstance(a, (str, bytes)):
        return a
    fspath = getattr(type(a), '__fspath__', None)
    if fspath is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(a).__name__)
    return fspath(a)


def _split(args):
    # The root ('', '/' or '//') and the components of the joined arguments.
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            s = str(a)
        else:
            s = _fspath(a)
            if not isinstance(s, str):
                raise TypeError('argument should be a str object or an os.PathLike object '
                                'returning str, not %r' % type(s))
        if not s:
            continue
        if s.startswith('/'):
            # POSIX keeps exactly two leading slashes; one, or three and more, mean '/'.
            root = '//' if s.startswith('//') and not s.startswith('///') else '/'
            parts = []
        parts.extend(x for x in s.split('/') if x and x != '.')
    return root, parts


class _Parents:
    __slots__ = ('_path', '_n')

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        p = self._path
        return p._make(p._root, p._parts[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return '<%s.parents>' % type(self._path).__name__


class _StatResult:
    # What the in-memory files can tell: a mode and a size.
    __slots__ = ('st_mode', 'st_size')

    def __init__(self, mode, size):
        self.st_mode = mode
        self.st_size = size

    def __repr__(self):
        return 'os.stat_result(st_mode=%d, st_size=%d)' % (self.st_mode, self.st_size)


class PurePath:
    """Base class for manipulating paths without I/O."""

    __slots__ = ('_root', '_parts', '_str')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = _split(args)
        self._str = None
        return self

    def _make(self, root, parts):
        p = object.__new__(type(self))
        p._root = root
        p._parts = list(parts)
        p._str = None
        return p

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/) slashes."""
        return str(self)

    def __bytes__(self):
        return str(self).encode('utf-8', 'surrogateescape')

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote
        return 'file://' + quote(str(self))

    def _key(self):
        return (self._root, self._parts)

    def __hash__(self):
        return hash(str(self))

    def _cmp(self, other):
        return isinstance(other, PurePath) and isinstance(other, PurePosixPath) == \
            isinstance(self, PurePosixPath)

    def __eq__(self, other):
        if not self._cmp(other):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not self._cmp(other):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not self._cmp(other):
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not self._cmp(other):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not self._cmp(other):
            return NotImplemented
        return self.parts >= other.parts

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return ''

    @property
    def root(self):
        """The root of the path, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._root

    @property
    def parts(self):
        """An object providing sequence-like access to the components in the filesystem path."""
        return ((self._root,) if self._root else ()) + tuple(self._parts)

    @property
    def name(self):
        """The final path component, if any."""
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        """The final component's last suffix, if any."""
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        """The logical parent of the path."""
        if not self._parts:
            return self
        return self._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _Parents(self)

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not isinstance(name, str):
            _split((name,))
        if not name or name.endswith('/') or name.startswith('/') or \
                len(_split((name,))[1]) != 1:
            raise ValueError('Invalid name %r' % (name,))
        return self._make(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed."""
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._make(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """Return the relative path to another path identified by the passed arguments."""
        if not other:
            raise TypeError('need at least one argument')
        root, parts = _split(other)
        n = len(parts)
        if root != self._root or self._parts[:n] != parts:
            shown = (root + '/'.join(parts)) or '.'
            raise ValueError('%r is not in the subpath of %r OR one path is relative and '
                             'the other is absolute.' % (str(self), shown))
        return self._make('', self._parts[n:])

    def is_relative_to(self, *other):
        """Return True if the path is relative to another path or False."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """Combine this path with one or several arguments, and return a new path."""
        return type(self)(self, *args) if type(self) is not PurePath else PurePath(self, *args)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        """True if the path is absolute."""
        return bool(self._root)

    def is_reserved(self):
        """Return True if the path contains one of the special names reserved by the system, if any."""
        return False

    def match(self, path_pattern):
        """Return True if this path matches the given pattern."""
        root, pat = _split((path_pattern,))
        if not pat and not root:
            raise ValueError('empty pattern')
        parts = self.parts
        pat_parts = ((root,) if root else ()) + tuple(pat)
        if root and len(pat_parts) != len(parts):
            return False
        if len(pat_parts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat_parts)):
            if not _fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems (not provided by this engine)."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError('Windows paths are not supported')


class Path(PurePath):
    """PurePath subclass that can make system calls (on the engine's in-memory files)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._root, self._parts = _split(args)
        self._str = None
        return self

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory."""
        return cls(_os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory."""
        return cls('/root')

    def absolute(self):
        """Return an absolute version of this path."""
        if self.is_absolute():
            return self
        return type(self)(_os.getcwd(), self)

    def resolve(self, strict=False):
        """Make the path absolute, resolving '..' components."""
        p = _os.path.normpath(str(self.absolute()))
        if strict and not _os.path.exists(p):
            raise FileNotFoundError(2, 'No such file or directory', str(self))
        return type(self)(p)

    def stat(self):
        """Return the result of the stat() system call on this path."""
        p = str(self)
        if not _os.path.exists(p):
            raise FileNotFoundError(2, 'No such file or directory', p)
        if _os.path.isdir(p):
            return _StatResult(0o40755, 4096)
        return _StatResult(0o100644, _os.path.getsize(p))

    def exists(self):
        """Whether this path exists."""
        return _os.path.exists(str(self))

    def is_file(self):
        """Whether this path is a regular file."""
        return _os.path.isfile(str(self))

    def is_dir(self):
        """Whether this path is a directory."""
        return _os.path.isdir(str(self))

    def is_symlink(self):
        """Whether this path is a symbolic link."""
        return False

    def is_mount(self):
        """Check if this path is a mount point."""
        return str(self.resolve()) == '/'

    def samefile(self, other_path):
        """Return whether other_path is the same file as this one."""
        return self.resolve() == type(self)(other_path).resolve()

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file pointed by this path and return a file object."""
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        """Open the file in text mode, read it, and close the file."""
        with self.open(encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        """Open the file in bytes mode, read it, and close the file."""
        with self.open(mode='rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Open the file in text mode, write to it, and close the file."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        """Open the file in bytes mode, write to it, and close the file."""
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def touch(self, mode=0o666, exist_ok=True):
        """Create this file with the given access mode, if it doesn't exist."""
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        open(self, 'a').close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a new directory at this given path."""
        try:
            _os.mkdir(str(self))
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        """Remove this directory.  The directory must be empty."""
        _os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        """Remove this file or link."""
        try:
            _os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        """Rename this path to the target path."""
        _os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        """Rename this path to the target path, overwriting if that path exists."""
        _os.replace(str(self), str(target))
        return type(self)(target)

    def iterdir(self):
        """Yield path objects of the directory contents."""
        for name in _os.listdir(str(self)):
            yield self._make(self._root, self._parts + [name])

    def _walk_glob(self, pats):
        if not pats:
            yield self
            return
        pat, rest = pats[0], pats[1:]
        if pat == '**':
            yield from self._walk_glob(rest)
            for child in self.iterdir():
                if child.is_dir():
                    yield from child._walk_glob(pats)
            return
        if not self.is_dir():
            return
        for child in self.iterdir():
            if _fnmatch.fnmatchcase(child.name, pat) and (not rest or child.is_dir()):
                yield from child._walk_glob(rest)

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files (of any kind, including directories) matching the given relative pattern."""
        root, pats = _split((pattern,))
        if not pats and not root:
            raise ValueError("Unacceptable pattern: %r" % (pattern,))
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        dirs_only = pattern.endswith('/')
        seen = set()
        for p in self._walk_glob(pats):
            if dirs_only and not p.is_dir():
                continue
            if str(p) not in seen:
                seen.add(str(p))
                yield p

    def rglob(self, pattern):
        """Recursively yield all existing files (of any kind, including directories) matching the given relative pattern, anywhere in this subtree."""
        root, pats = _split((pattern,))
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        yield from self.glob('/'.join(['**'] + pats) + ('/' if pattern.endswith('/') else ''))

    def expanduser(self):
        """Return a new path with expanded ~ and ~user constructs."""
        if self._parts and self._parts[0] == '~' and not self._root:
            return type(self)('/root', *self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems (not provided by this engine)."""
    __slots__ = ()
`;
