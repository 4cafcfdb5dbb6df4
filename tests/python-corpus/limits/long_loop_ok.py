# cpython: same
# a long but finite loop (three million iterations, the benchmark's size) must finish
def total(n):
    t = 0
    for i in range(n):
        t += i
    return t
print(total(3_000_000))
