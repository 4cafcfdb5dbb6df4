# cpython: same
# recursion 900 frames deep is within CPython's default limit of 1000 and must work
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def build(n):
    return [] if n == 0 else [build(n - 1)]
nested = build(500)
count = 0
while nested:
    nested = nested[0]
    count += 1
print(count)
