# keyword-only and positional-only parameters
def kw_only(a, *, b, c=3):
    return a + b + c
print(kw_only(1, b=2), kw_only(1, b=2, c=10))
try:
    kw_only(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
def pos_only(a, b, /, c):
    return (a, b, c)
print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def mixed(a, /, b, *, c):
    return [a, b, c]
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
def kw_and_rest(a, /, **kw):
    return a, kw
print(kw_and_rest(1, a=2))
def needs_two(a, b):
    return a - b
print(needs_two(b=1, a=5))
try:
    needs_two(1)
except TypeError as e:
    print("TypeError:", e)
try:
    needs_two()
except TypeError as e:
    print("TypeError:", e)
def no_args():
    return "none"
try:
    no_args(1)
except TypeError as e:
    print("TypeError:", e)
