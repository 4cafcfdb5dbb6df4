# cpython: same
# unbounded recursion raises RecursionError with CPython's message
def descend(n):
    return descend(n + 1)
print("before")
descend(0)
