# raise ... from, implicit context, __cause__ and __context__, __suppress_context__
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad value {text!r}") from e
try:
    load("abc")
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def reraise():
    try:
        [][0]
    except IndexError:
        print("logging and re-raising")
        raise
try:
    reraise()
except IndexError as e:
    print("IndexError:", e)
try:
    raise ValueError("direct") from KeyError("origin")
except ValueError as e:
    print(repr(e.__cause__), e.__cause__.args)
err = TypeError("made")
print(err.__cause__, err.__context__, err.args)
try:
    raise err
except TypeError as caught:
    print(caught is err)
