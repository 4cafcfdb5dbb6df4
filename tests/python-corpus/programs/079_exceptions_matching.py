# matching exceptions: tuples, hierarchy, first matching clause wins, bare except
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup: {type(e).__name__} {e}"
    except ArithmeticError as e:
        return f"arith: {type(e).__name__}"
    except Exception as e:
        return f"other: {e!r}"
print(classify(KeyError("k")))
print(classify(IndexError("i")))
print(classify(ZeroDivisionError("z")))
print(classify(OverflowError()))
print(classify(ValueError("v")))
print(classify(TypeError))
try:
    try:
        raise LookupError("base")
    except KeyError:
        print("not here")
except LookupError as e:
    print("outer got", repr(e))
try:
    int("x")
except:
    print("bare except caught")
name = "before"
try:
    raise ValueError("bound")
except ValueError as name:
    print("inside:", name)
try:
    print(name)
except NameError as e:
    print("NameError:", e)
hierarchy = [KeyError, IndexError, ZeroDivisionError, ValueError, TypeError, StopIteration, RuntimeError, NotImplementedError, RecursionError, UnicodeDecodeError]
for cls in hierarchy:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
