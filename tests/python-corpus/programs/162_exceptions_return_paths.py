# return values through try/except/else/finally, and loops inside handlers
def f(x):
    try:
        if x == "raise":
            raise ValueError(x)
        result = "try"
    except ValueError:
        return "except"
    else:
        return "else:" + result
    finally:
        print("  finally for", x)
print(f("ok"), f("raise"))
def g():
    for i in range(5):
        try:
            if i == 2:
                return f"returned at {i}"
        finally:
            print("  cleanup", i)
print(g())
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("  n in finally:", n)
print(counter())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested())
def exc_in_else():
    try:
        pass
    except KeyError:
        return "not here"
    else:
        raise KeyError("raised in else is not caught by the same try")
try:
    exc_in_else()
except KeyError as e:
    print("KeyError:", e)
def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError("swallowed by break")
        finally:
            break
    return "loop ended"
print(break_in_finally())
