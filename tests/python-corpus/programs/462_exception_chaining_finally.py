def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise RuntimeError("outer")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
try:
    raise TypeError("x") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__)
e = ValueError("a", 1)
print(str(e), repr(e), str(ValueError()), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(str(OSError(2, "No such file")), repr(StopIteration(5)), StopIteration(5).value, str(Exception(None)))
try:
    assert 1 > 2, "math broke"
except AssertionError as e:
    print("assert:", e)
x = 0
try:
    x = 1
except Exception:
    pass
else:
    print("else", x)
finally:
    print("finally", x)
print(issubclass(KeyError, LookupError), issubclass(bool, int), ArithmeticError in ZeroDivisionError.__mro__)
