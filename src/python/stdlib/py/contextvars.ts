/**
 * Source of the `contextvars` module (see ../python-source.ts): ContextVar, Token,
 * Context and copy_context, with CPython's errors. There is one thread, and asyncio
 * tasks here do not run in a copy of the context as CPython's do.
 */
export const CONTEXTVARS = String.raw`"""Context variables (the engine's own implementation; one thread, no asyncio task copies)."""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()


class Context:
    __module__ = '_contextvars'

    def __init__(self):
        # Never changed in place: setting a variable swaps in a new dict, so a
        # copy_context() snapshot does not see later changes.
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        self._entered = True
        _stack.append(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _stack.pop()
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def _key(self, key):
        if not isinstance(key, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {key!r}")
        return key

    def __getitem__(self, key):
        return self._data[self._key(key)]

    def __contains__(self, key):
        return self._key(key) in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, key, default=None):
        return self._data.get(self._key(key), default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_stack = [Context()]


def copy_context():
    return _stack[-1].copy()


class ContextVar:
    __module__ = '_contextvars'

    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_default', default)

    def __setattr__(self, name, value):
        if name == 'name':
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'ContextVar' object has no attribute '{name}'")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        data = _stack[-1]._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _stack[-1]
        old = ctx._data.get(self, _MISSING)
        ctx._data = {**ctx._data, self: value}
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {type(token).__name__!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _stack[-1]
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        data = dict(ctx._data)
        if token._old is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        ctx._data = data
        token._used = True

    def __repr__(self):
        default = '' if self._default is _MISSING else f' default={self._default!r}'
        return f"<ContextVar name={self._name!r}{default} at {id(self):#x}>"

    def __class_getitem__(cls, item):
        return cls


class Token:
    __module__ = '_contextvars'

    MISSING = _MISSING

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f"<Token{used} var={self._var!r} at {id(self):#x}>"

    def __class_getitem__(cls, item):
        return cls

`;
