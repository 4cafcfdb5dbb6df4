# generator expressions are lazy and single-use
log = []
def noisy(x):
    log.append(x)
    return x * 10
gen = (noisy(x) for x in range(5))
print(log, type(gen).__name__)
print(next(gen), log)
print(next(gen), list(gen), log)
print(list(gen))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 100 for x in range(5)), all(x < 10 for x in range(5)))
print(", ".join(str(n) for n in range(4)), tuple(c for c in "ab"))
evens = (n for n in range(10) if n % 2 == 0)
print(list(zip(evens, "abc")))
print(list(evens))
def first_match(items, pred):
    return next((i for i in items if pred(i)), None)
print(first_match([1, 3, 4, 5], lambda n: n % 2 == 0), first_match([1, 3], lambda n: n > 5))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
try:
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    print(next(bad))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
g = (x for x in [1])
print(sorted(x for x in [3, 1, 2]), set(x % 2 for x in range(5)), dict((k, 1) for k in "ab"))
