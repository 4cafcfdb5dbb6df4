# the Python 2 form `except E, e:` binds the exception like `except E as e:`
try:
    int("nope")
except ValueError, e:
    print "caught ValueError:", e
try:
    {}["missing"]
except (KeyError, IndexError), err:
    print "lookup failed:", err
def risky(n):
    try:
        return 10 // n
    except ZeroDivisionError, exc:
        print "cannot divide:", type(exc).__name__
        return None
first = risky(2)
second = risky(0)
print first, second
