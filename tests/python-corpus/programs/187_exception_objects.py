# exception objects are ordinary values: stored, compared, re-raised, inspected
errors = []
for value in ["1", "x", "", "2.5", "3"]:
    try:
        errors.append(int(value))
    except ValueError as e:
        errors.append(e)
print([type(x).__name__ for x in errors])
print([str(x) for x in errors if isinstance(x, Exception)])
e1, e2 = ValueError("same"), ValueError("same")
print(e1 == e2, e1 == e1, e1.args == e2.args, str(e1) == str(e2))
e = KeyError("k", "extra")
print(e.args, str(e), repr(e))
e.args = ("changed",)
print(e, repr(e))
err = RuntimeError()
print(repr(err), str(err) == "", err.args, bool(err))
saved = None
try:
    {}["missing"]
except KeyError as caught:
    saved = caught
print(type(saved).__name__, saved, saved.args)
try:
    raise saved
except LookupError as again:
    print("re-raised the same object:", again is saved)
def make_error(kind, msg):
    return {"value": ValueError, "type": TypeError}.get(kind, RuntimeError)(msg)
for kind in ["value", "type", "other"]:
    ex = make_error(kind, f"{kind} problem")
    try:
        raise ex
    except (ValueError, TypeError) as handled:
        print("handled", repr(handled))
    except Exception as other:
        print("other", repr(other))
print(isinstance(KeyError(), LookupError), issubclass(Exception, BaseException))
try:
    raise 42
except TypeError as te:
    print("TypeError:", te)
