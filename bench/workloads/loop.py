# A 3-million-iteration `total += i` loop inside a function (the design notes' anchor:
# CPython 3.11 ~110 ms, Skulpt ~1,770 ms, Pyodide ~320 ms).
def run():
    total = 0
    for i in range(3_000_000):
        total += i
    return total
