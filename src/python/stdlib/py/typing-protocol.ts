/**
 * `typing.Protocol` and `runtime_checkable`, written in Python after CPython 3.11's
 * typing.py: structural isinstance/issubclass for runtime-checkable protocols,
 * "Protocols cannot be instantiated", and the errors for non-runtime protocols.
 * `typing` calls `_make(Generic)` once, as Protocol derives from its Generic.
 */
export const TYPING_PROTOCOL = String.raw`
from abc import ABCMeta

_EXCLUDED = ['__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
             '_is_runtime_protocol', '__abstractmethods__', '__annotations__', '__dict__',
             '__doc__', '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
             '__weakref__', '__class_getitem__', '_MutableMapping__marker', '__qualname__',
             '__init_subclass__']


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _EXCLUDED:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _no_init_or_replace_init:
        return
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if ((not getattr(cls, '_is_protocol', False) or _is_callable_members_only(cls)) and
                issubclass(instance.__class__, cls)):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, attr) and
                    (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                    for attr in _get_protocol_attrs(cls)):
                return True
        # CPython lets checks made from inside abc pass (_allow_reckless_class_checks).
        _reckless.append(True)
        try:
            return super().__instancecheck__(instance)
        finally:
            _reckless.pop()


_reckless = []


def _make(Generic):
    class Protocol(Generic, metaclass=_ProtocolMeta):
        __slots__ = ()
        _is_protocol = True
        _is_runtime_protocol = False

        def __init_subclass__(cls, *args, **kwargs):
            super().__init_subclass__(*args, **kwargs)
            if not cls.__dict__.get('_is_protocol', False):
                cls._is_protocol = any(b is Protocol for b in cls.__bases__)

            def _proto_hook(other):
                if not cls.__dict__.get('_is_protocol', False):
                    return NotImplemented
                if not getattr(cls, '_is_runtime_protocol', False):
                    if _reckless:
                        return NotImplemented
                    raise TypeError("Instance and class checks can only be used with"
                                    " @runtime_checkable protocols")
                if not _is_callable_members_only(cls):
                    if _reckless:
                        return NotImplemented
                    raise TypeError("Protocols with non-method members"
                                    " don't support issubclass()")
                if not isinstance(other, type):
                    raise TypeError('issubclass() arg 1 must be a class')
                for attr in _get_protocol_attrs(cls):
                    for base in other.__mro__:
                        if attr in base.__dict__:
                            if base.__dict__[attr] is None:
                                return NotImplemented
                            break
                        annotations = base.__dict__.get('__annotations__', {})
                        if (attr in annotations and issubclass(other, Generic)
                                and getattr(other, '_is_protocol', False)):
                            break
                    else:
                        return NotImplemented
                return True

            if '__subclasshook__' not in cls.__dict__:
                cls.__subclasshook__ = _proto_hook
            if not cls._is_protocol:
                return
            for base in cls.__bases__:
                if not (base in (object, Generic) or
                        issubclass(base, Generic) and getattr(base, '_is_protocol', False)):
                    raise TypeError('Protocols can only inherit from other'
                                    ' protocols, got %r' % base)
            if cls.__init__ is Protocol.__init__:
                cls.__init__ = _no_init_or_replace_init

    Protocol.__module__ = 'typing'
    Protocol.__qualname__ = 'Protocol'

    def runtime_checkable(cls):
        if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
            raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                            ' got %r' % cls)
        cls._is_runtime_protocol = True
        return cls

    return Protocol, runtime_checkable
`;
