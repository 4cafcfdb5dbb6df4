# The traceback module's frames: extract_tb, format_list, extract_stack, sys.exc_info.
import sys
import traceback


def f():
    try:
        1 / 0
    except Exception as e:
        return e


def g():
    stack = traceback.extract_stack()
    print(type(stack).__name__, len(stack), stack[-1].name, stack[-1].line, [x.name for x in stack])
    print("".join(traceback.format_stack()), end="")


e = f()
s = traceback.extract_tb(e.__traceback__)
print(type(s).__name__, len(s), s[0].lineno, s[0].name, len(s[0]), s[0][2])
filename, lineno, name, line = s[-1]
print(filename == __file__, lineno, name, repr(line))
print(traceback.format_exception_only(type(e), e))
print([line.replace(__file__, "FILE") for line in traceback.format_tb(e.__traceback__)])
print(s.format() == traceback.format_list(s))
g()
try:
    {}["missing"]
except KeyError:
    etype, value, tb = sys.exc_info()
    print(etype.__name__, repr(value), type(tb).__name__, sys.exception() is value)
    print(traceback.format_exc().splitlines()[-1])
    print(traceback.extract_tb(tb)[0].line)
print(sys.exc_info(), sys.exception())
