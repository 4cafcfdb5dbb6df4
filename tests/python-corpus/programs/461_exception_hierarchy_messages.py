class AppError(Exception):
    """Base."""
class DBError(AppError):
    def __init__(self, msg, code=500):
        super().__init__(msg, code)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(DBError):
    pass
def lookup(k):
    data = {"a": 1}
    try:
        return data[k]
    except KeyError as e:
        raise NotFound(f"no key {k!r}", 404) from e
for k in ["a", "b"]:
    try:
        print(lookup(k))
    except AppError as e:
        print(type(e).__name__, str(e), repr(e), e.args, e.code, type(e.__cause__).__name__, e.__cause__)
        print(isinstance(e, DBError), NotFound.__mro__[1:3], NotFound.__doc__, AppError.__doc__)
errors = [ZeroDivisionError, KeyError, IndexError, TypeError, ValueError, AttributeError, NameError]
def trigger(et):
    if et is ZeroDivisionError: return 1 / 0
    if et is KeyError: return {}["missing"]
    if et is IndexError: return [1][5]
    if et is TypeError: return "a" + 1
    if et is ValueError: return int("x")
    if et is AttributeError: return (1).foo
    if et is NameError: return undefined_thing
for et in errors:
    try:
        trigger(et)
    except Exception as e:
        print(f"{type(e).__name__}: {e} | {e.args!r}")
