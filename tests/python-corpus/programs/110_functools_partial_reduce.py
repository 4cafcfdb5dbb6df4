# functools.partial and functools.reduce
import functools
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=10)
two_to = functools.partial(power, 2)
print(square(9), cube_mod(7), two_to(10), two_to(exp=5))
print(square.func.__name__, square.args, square.keywords, two_to.args)
hello = functools.partial(print, "hello", sep="-")
hello("world", "again")
p2 = functools.partial(square, mod=7)
print(p2(5), p2.keywords)
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * b, range(1, 11), 1))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(functools.reduce(max, [3, 9, 2]), functools.reduce(lambda a, b: a + b, ["a"], "start:"))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
print(functools.reduce(lambda a, b: a + b, [], "empty-initial"))
words = ["alpha", "beta", "gamma"]
print(functools.reduce(lambda d, w: {**d, w[0]: w}, words, {}))
def scale(factor, value):
    return factor * value
print(list(map(functools.partial(scale, 3), [1, 2, 3])), functools.partial(scale)(2, 5))
twice = functools.partial(functools.partial(scale, 2))
print(twice(21), twice.args, repr(functools.partial(scale, 1)).startswith("functools.partial(<function scale"))
