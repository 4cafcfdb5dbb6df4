/**
 * Source of the `weakref` module (see ../python-source.ts; the native half is
 * ../weakref-native.ts, which says when a referent counts as dead): ref with callbacks,
 * proxy, WeakMethod, WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize.
 * Differences: getweakrefcount counts references that are themselves unreachable;
 * finalize callbacks left at exit run in the engine's shutdown order, not in reverse
 * creation order.
 */
export const WEAKREF = String.raw`"""Weak reference support for Python objects (the engine's own implementation).

A referent dies when the engine's lifetime model finds it unreachable: after the
main-module statement that drops its last reference, or on gc.collect().
"""
import _weakref
from collections.abc import MutableMapping, MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceError", "ReferenceType", "ProxyType",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class ReferenceType:
    def __new__(cls, ob, callback=None, /, *args, **kwargs):
        self = object.__new__(cls)
        _weakref.bind(self, ob, callback, True)
        self._hash = None
        return self

    def __init__(self, ob, callback=None, /, *args, **kwargs):
        pass

    def __call__(self):
        return _weakref.get(self)

    @property
    def __callback__(self):
        return _weakref.callback(self)

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __repr__(self):
        ob = self()
        if ob is None:
            return "<weakref at %#x; dead>" % id(self)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    __class_getitem__ = classmethod(lambda cls, item: cls)


ReferenceType.__module__ = "weakref"
ref = ReferenceType


def _lookup_ref(ob):
    # A reference used only as a dictionary key for lookups: not counted, no callback.
    r = object.__new__(ReferenceType)
    _weakref.bind(r, ob, None, False)
    r._hash = None
    return r


def getweakrefcount(object):
    return len(_weakref.refs(object))


def getweakrefs(object):
    return _weakref.refs(object)


class ProxyType:
    def __init__(self, ob, callback=None):
        object.__setattr__(self, "_ref", ref(ob, callback and (lambda r: callback(self))))

    def _target(self):
        ob = object.__getattribute__(self, "_ref")()
        if ob is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return ob

    def __getattr__(self, name):
        return getattr(self._target(), name)

    def __setattr__(self, name, value):
        setattr(self._target(), name, value)

    def __delattr__(self, name):
        delattr(self._target(), name)

    def __repr__(self):
        ob = self._target()
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(self._target())

    def __len__(self):
        return len(self._target())

    def __iter__(self):
        return iter(self._target())

    def __getitem__(self, key):
        return self._target()[key]

    def __call__(self, *args, **kwargs):
        return self._target()(*args, **kwargs)

    def __bool__(self):
        return bool(self._target())

    def __eq__(self, other):
        return self._target() == other


ProxyType.__module__ = "weakref"
CallableProxyType = ProxyType
ProxyTypes = (ProxyType,)


def proxy(object, callback=None):
    return ProxyType(object, callback)


class WeakMethod(ref):
    """A custom weakref.ref subclass which simulates a weak reference to
    a bound method, working around the lifetime problem of bound methods.
    """

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self = ref.__new__(cls, obj, callback and (lambda r: callback(self)))
        self._func = func
        return self

    def __call__(self):
        obj = ref.__call__(self)
        if obj is None:
            return None
        return self._func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if ref.__call__(self) is None or ref.__call__(other) is None:
                return self is other
            return ref.__eq__(self, other) and self._func == other._func
        return NotImplemented

    __hash__ = ref.__hash__


class WeakValueDictionary(MutableMapping):
    """Mapping class that references values weakly.

    Entries in the dictionary will be discarded when no strong
    reference to the value exists anymore
    """

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        data = self.data

        def remove(wr):
            if data.get(key) is wr:
                del data[key]
        return ref(value, remove)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in self.data.values() if wr() is not None)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def keys(self):
        return iter(self)

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def items(self):
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                yield k, o

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def __or__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented


class WeakKeyDictionary(MutableMapping):
    """ Mapping class that references keys weakly.

    Entries in the dictionary will be discarded when there is no
    longer a strong reference to the key.
    """

    def __init__(self, dict=None):
        self.data = {}
        data = self.data

        def remove(k):
            data.pop(k, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[_lookup_ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[_lookup_ref(key)]

    def __contains__(self, key):
        try:
            wr = _lookup_ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(_lookup_ref(key), default)

    def keys(self):
        return iter(self)

    def values(self):
        for wr, v in list(self.data.items()):
            if wr() is not None:
                yield v

    def items(self):
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, v

    def keyrefs(self):
        return list(self.data)

    def copy(self):
        new = WeakKeyDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def pop(self, key, *args):
        return self.data.pop(_lookup_ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)


class WeakSet(MutableSet):
    def __init__(self, data=None):
        self.data = set()
        self_data = self.data

        def remove(wr):
            self_data.discard(wr)
        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __contains__(self, item):
        try:
            wr = _lookup_ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(_lookup_ref(item))

    def remove(self, item):
        try:
            self.data.remove(_lookup_ref(item))
        except KeyError:
            raise KeyError(item) from None

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            o = wr()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        return self.__class__(list(self) + list(other))

    __or__ = union

    def difference(self, other):
        return self.__class__(e for e in self if e not in other)

    __sub__ = difference

    def intersection(self, other):
        return self.__class__(e for e in other if e in self)

    __and__ = intersection

    def issubset(self, other):
        return all(e in other for e in self)

    def issuperset(self, other):
        return all(e in self for e in other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(map(id, self)) == set(map(id, other))


class finalize:
    """Class for finalization of weakrefable objects

    finalize(obj, func, *args, **kwargs) returns a callable finalizer
    object which will be called when obj is garbage collected. The
    first time the finalizer is called it evaluates func(*arg, **kwargs)
    and returns the result. After this the finalizer is dead, and
    calling it just returns None.
    """

    def __init__(self, obj, func, /, *args, **kwargs):
        self._info = (func, args, kwargs or None)
        self._ref = ref(obj, self._fire)
        self.atexit = True

    def _fire(self, wr):
        self()

    def __call__(self, _=None):
        info, self._info = self._info, None
        if info is not None:
            func, args, kwargs = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        obj = self._ref()
        info = self._info
        if obj is not None and info is not None:
            self._info = None
            return (obj, info[0], info[1], info[2] or {})

    def peek(self):
        obj = self._ref()
        info = self._info
        if obj is not None and info is not None:
            return (obj, info[0], info[1], info[2] or {})

    @property
    def alive(self):
        return self._info is not None

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))
`;
