# Exception chaining through attributes: assigning __cause__ implies
# __suppress_context__, the attributes reject non-exceptions, context inside
# finally, re-raising, and args of custom exceptions.
err = ValueError("a")
print(err.__cause__, err.__context__, err.__suppress_context__)
err.__cause__ = KeyError("k")
print(repr(err.__cause__), err.__suppress_context__)
err.__cause__ = None
print(err.__cause__, err.__suppress_context__)
for attr in ("__cause__", "__context__"):
    try:
        setattr(err, attr, "text")
    except TypeError as e:
        print("TypeError:", e)
def finally_context():
    try:
        raise ValueError("body")
    finally:
        try:
            raise TypeError("in finally")
        except TypeError as t:
            print("context:", repr(t.__context__))
try:
    finally_context()
except ValueError as e:
    print("propagated", e)
def reraise():
    try:
        raise ValueError("x")
    except ValueError:
        try:
            raise
        except ValueError as e:
            return "reraised " + str(e)
print(reraise())
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
class ResourceError(Exception):
    def __init__(self, resource, *, reason="unknown"):
        super().__init__(resource, reason)
        self.resource = resource
print(ResourceError("db", reason="down").args, str(ResourceError("db")))
try:
    try:
        raise ResourceError("cache")
    except ResourceError as r:
        raise LookupError("wrapped") from r
except LookupError as outer:
    print(repr(outer.__cause__), outer.__cause__.resource, outer.__suppress_context__)
try:
    raise ResourceError("x") from None
except ResourceError as r:
    print(r.__cause__, r.__suppress_context__, repr(r.__context__))
