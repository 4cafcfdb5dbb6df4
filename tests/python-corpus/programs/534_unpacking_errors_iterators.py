# Unpacking assignment: too many / too few values, non-iterables, endless
# iterators (read one past the targets), starred targets and nesting.
import itertools
def numbers():
    for n in (1, 2, 3):
        print("yield", n)
        yield n
    print("never reached")
attempts = [
    lambda: tuple_of_two(itertools.count()),
    lambda: tuple_of_two(numbers()),
    lambda: tuple_of_two(5),
    lambda: tuple_of_two(None),
    lambda: tuple_of_two([1]),
    lambda: star_only(3.5),
    lambda: star_middle([1]),
]
def tuple_of_two(value):
    a, b = value
    return a, b
def star_only(value):
    *rest, = value
    return rest
def star_middle(value):
    first, *middle, last = value
    return first, middle, last
for attempt in attempts:
    try:
        print(attempt())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    for x, y in [(1, 2), 3]:
        print(x, y)
except TypeError as e:
    print("TypeError:", e)
a, b = {"k": 1, "j": 2}
print(a, b)
a, *b = range(4)
print(a, b)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
head, *_ = itertools.islice(itertools.count(10), 3)
print(head, _)
i = 0
items = [0, 0]
i, items[i] = 1, 5
print(i, items)
