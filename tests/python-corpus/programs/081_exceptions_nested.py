# exceptions raised inside except and finally blocks, nested handlers
def risky(n):
    if n == 0:
        raise ZeroDivisionError("zero")
    return 10 / n
try:
    try:
        risky(0)
    except ZeroDivisionError:
        undefined_function()
except NameError as e:
    print("NameError:", e, "| context:", repr(e.__context__))
try:
    try:
        raise ValueError("first")
    finally:
        print("finally runs before propagation")
except ValueError as e:
    print("propagated", e)
try:
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
except KeyError as e:
    print("KeyError wins:", e, "| context:", repr(e.__context__))
def depth(n):
    try:
        if n == 0:
            raise IndexError("bottom")
        return depth(n - 1)
    finally:
        print("  unwinding", n)
try:
    depth(3)
except IndexError as e:
    print("caught", e)
results = []
for value in [2, 0, "x", 5]:
    try:
        results.append(risky(value))
    except ZeroDivisionError as e:
        results.append(f"zde:{e}")
    except TypeError as e:
        results.append(f"te:{e}")
print(results)
try:
    raise Exception("a", "b")
except Exception as e:
    a, b = e.args
    print(a, b, len(e.args))
