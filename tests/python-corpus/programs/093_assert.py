# assert with and without a message, caught
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
print(check_positive(5))
try:
    check_positive(-3)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args, str(e) == "")
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
assert True, "never evaluated " + undefined_name_is_fine_here
assert "non-empty"
pair = (1, 2)
assert pair
items = [3, 1, 2]
assert sorted(items) == [1, 2, 3]
try:
    assert isinstance(items, tuple), ("a", "tuple", "message")
except AssertionError as e:
    print(e.args)
print("all asserts done")
