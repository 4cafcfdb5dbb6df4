def t(f):
    try:
        f()
    except BaseException as e:
        print("->", repr(e), repr(e.__context__), repr(e.__cause__))
def a():
    try: raise ValueError("x")
    except* ValueError: raise
def b():
    try: raise ValueError("x")
    except* TypeError: pass
def c():
    try: raise ValueError("x")
    except* ValueError: raise KeyError("k")
def d():
    try: raise ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError: raise KeyError("k")
def e():
    try: raise ExceptionGroup("g", [ValueError(1), TypeError(2), ExceptionGroup("h", [ValueError(3), OSError(4)])])
    except* ValueError as g: raise
    except* OSError as g: raise g
def f():
    try: raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as g: raise KeyError(5)
    except* TypeError as g: raise KeyError(6)
def g():
    try: raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as g: print("caught", repr(g)); return_val = 1
def h():
    try: raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as g: print("caught", repr(g))
    else: print("else")
    finally: print("fin")
    print("after")
for fn in [a, b, c, d, e, f, g, h]: t(fn)
