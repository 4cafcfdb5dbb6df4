# custom exception hierarchies with args, str and repr
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, resource, ident):
        super().__init__(f"{resource} {ident} not found")
        self.resource = resource
        self.ident = ident
class Invalid(AppError):
    def __str__(self):
        return "invalid: " + ", ".join(map(str, self.args))
errors = [AppError(), AppError("plain"), AppError("a", 2), NotFound("user", 7), Invalid("x", "y")]
for err in errors:
    print(type(err).__name__, "| str:", str(err), "| repr:", repr(err), "| args:", err.args)
try:
    raise NotFound("page", "home")
except AppError as e:
    print("caught", type(e).__name__, e.resource, e.ident, e)
try:
    raise Invalid
except Invalid as e:
    print("class raised:", repr(e), e.args, str(e))
print(issubclass(NotFound, Exception), isinstance(NotFound("a", 1), AppError))
print([c.__name__ for c in NotFound.__mro__])
class WithCode(Exception):
    def __init__(self, code, msg="failure"):
        super().__init__(code, msg)
        self.code = code
e = WithCode(500)
print(e, repr(e), e.code, e.args)
print(repr(KeyError("x")), str(KeyError("x")), str(KeyError()), str(KeyError(1, 2)))
print(str(IndexError("list index out of range")), repr(ZeroDivisionError("division by zero")))
