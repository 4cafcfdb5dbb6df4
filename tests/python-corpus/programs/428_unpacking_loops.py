first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
head, *tail = "hello"
print(head, tail)
a, b = b, a
print(a, b)
i = 10
squares = [i * i for i in range(3)]
print(i, squares)
funcs = {}
for name in ["a", "b"]:
    def make(n=name):
        return n * 2
    funcs[name] = make
print({k: f() for k, f in funcs.items()})
def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True), apply("{}-{}".format, 1, 2))
print((lambda *a, **k: (a, k))(1, x=2), (lambda a, b=2: a * b)(4))
total = 0
for n in range(5):
    total += n
else:
    print("loop done", total, n)
while True:
    break
else:
    print("not printed")
print([n for n in range(3)], "n after comp:", n)
