import timeit

calls = []


def work():
    calls.append(len(calls))


elapsed = timeit.timeit(work, number=50)
print(len(calls), isinstance(elapsed, float), elapsed > 0)
times = timeit.repeat(work, repeat=3, number=10)
print(len(calls), len(times), all(t > 0 for t in times))
ns = {"box": [0]}
t = timeit.Timer("box[0] += step", setup="step = 3", globals=ns)
t.timeit(number=4)
print(ns["box"], "step" in ns)
try:
    timeit.timeit("total += 1", setup="pass", number=1, globals={"total": 0})
except UnboundLocalError as e:
    print(type(e).__name__)
print(timeit.timeit("x = sum(range(10))", number=5) >= 0)
loops, taken = timeit.Timer(work).autorange()
print(loops > 0, taken > 0, callable(timeit.default_timer))
for bad in [lambda: timeit.Timer(5), lambda: timeit.Timer("pass", setup=5)]:
    try:
        bad()
    except ValueError as e:
        print(e)
try:
    timeit.Timer("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
start = timeit.default_timer()
end = timeit.default_timer()
print(end >= start)
