# what __exit__ receives, and what its return value does
class Inspect:
    def __init__(self, swallow):
        self.swallow = swallow
    def __enter__(self):
        return None
    def __exit__(self, exc_type, exc_value, traceback):
        print("exit got:", exc_type.__name__ if exc_type else None, repr(exc_value), traceback is None)
        return self.swallow
with Inspect(False) as nothing:
    print("as-target is", nothing)
with Inspect(True):
    raise KeyError("swallowed")
print("after swallowed KeyError")
try:
    with Inspect(False):
        raise KeyError("escapes")
except KeyError as e:
    print("escaped:", e)
with Inspect("truthy string"):
    raise ValueError("truthy return suppresses too")
print("after truthy")
try:
    with Inspect(0):
        raise ValueError("falsy return does not")
except ValueError as e:
    print("escaped:", e)
class NoEnter:
    def __exit__(self, *a):
        return False
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, "raised for a missing __enter__")
for i in range(2):
    with Inspect(True):
        if i == 0:
            continue
        print("second iteration body")
