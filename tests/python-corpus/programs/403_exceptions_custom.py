class AppError(Exception):
    """Base error."""
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class NotFound(AppError):
    pass
def validate(user):
    if "name" not in user:
        raise ValidationError("name", "is required")
    if not isinstance(user.get("age"), int):
        raise ValidationError("age", f"must be an int, got {type(user.get('age')).__name__}")
    if user["age"] < 0:
        raise ValueError("negative age")
    return True
users = [{"name": "a", "age": 3}, {"age": 4}, {"name": "b", "age": "x"}, {"name": "c", "age": -1}]
for u in users:
    try:
        validate(u)
    except ValidationError as e:
        print("invalid", e.field, "|", e, "|", repr(e), e.args)
    except (TypeError, ValueError) as e:
        print("other", type(e).__name__, e)
    else:
        print("ok", u["name"])
    finally:
        print("checked", u)
def find(items, key):
    try:
        return items[key]
    except KeyError:
        raise NotFound(f"no item {key!r}") from None
    except IndexError as e:
        raise NotFound(f"bad index {key}") from e
for k in ["x", 5]:
    try:
        find({"a": 1} if k == "x" else [1, 2], k)
    except NotFound as e:
        print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        print("caught", e, "cause:", repr(e.__cause__))
        return "returned from except"
    finally:
        print("finally runs")
print(nested())
print(issubclass(ValidationError, AppError), AppError.__doc__, ValidationError.__mro__[1:])
try:
    raise AppError
except AppError as e:
    print(repr(e), str(e) == "", e.args)
