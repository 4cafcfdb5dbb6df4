/** Source of the `_singledispatch` module (see ../python-source.ts): functools' generic functions. */
export const SINGLEDISPATCH = String.raw`"""functools.singledispatch and singledispatchmethod."""
import types
from functools import update_wrapper


def _classes_of(cls, func):
    if isinstance(cls, type):
        return [cls]
    if isinstance(cls, types.UnionType):
        return list(cls.__args__)
    if getattr(cls, "__origin__", None) is not None and str(cls).startswith("typing.Union"):
        return list(cls.__args__)
    raise TypeError(f"Invalid annotation for {next(iter(func.__annotations__))!r}. {cls!r} is not a class.")


def singledispatch(func):
    registry = {}

    def dispatch(cls):
        for base in cls.__mro__:
            if base in registry:
                return registry[base]
        return registry[object]

    def register(cls, func=None):
        if isinstance(cls, (type, types.UnionType)):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to \x60register()\x60. {cls!r} is not a class or union type.")
            ann = getattr(cls, "__annotations__", {})
            if not ann:
                raise TypeError(f"Invalid first argument to \x60register()\x60: {cls!r}. Use either \x60@register(some_class)\x60 or plain \x60@register\x60 on an annotated function.")
            func = cls
            argname, cls = next(iter(ann.items()))
        for c in _classes_of(cls, func):
            registry[c] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method
`;
