def risky():
    raise ExceptionGroup("batch failed", [ValueError("bad value"), TypeError("bad type"), ValueError("another")])
try:
    risky()
except* ValueError as eg:
    print("values:", eg.exceptions, repr(eg.message))
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("os"), ValueError("v")])])
print(eg, repr(eg.exceptions[0]), len(eg.exceptions))
match, rest = eg.split(ValueError)
print(match, rest)
print(eg.subgroup(lambda e: isinstance(e, (KeyError, OSError))))
try:
    try:
        raise eg
    except* KeyError:
        print("handled key")
except ExceptionGroup as left:
    print("left:", left, left.exceptions)
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except BaseExceptionGroup as e:
    print(type(e).__name__, e.exceptions)
print(type(ExceptionGroup("x", [ValueError()])).__name__, issubclass(ExceptionGroup, Exception))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    raise ValueError("plain")
except* ValueError as g:
    print("wrapped:", repr(g))
