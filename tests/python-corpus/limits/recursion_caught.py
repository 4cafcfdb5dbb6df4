# cpython: same
# RecursionError is an ordinary exception: it can be caught, and the program goes on
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print("caught:", e)
print(isinstance(RecursionError(), RuntimeError))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print("still works:", depth(100))
