# raises: KeyError
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e
print(parse("12"))
data = {"a": 1}
print([parse(x) for x in ["1", "2"]])
print(data["b"])
