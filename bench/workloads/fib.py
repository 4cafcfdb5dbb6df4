# Recursive fib(25): about 243,000 calls, so it measures call overhead.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def run():
    return fib(25)
