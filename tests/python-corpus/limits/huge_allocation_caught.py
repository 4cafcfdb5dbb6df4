# MemoryError is an ordinary exception: it can be caught, and the program goes on
for make in (lambda: [None] * 10 ** 10, lambda: "ab" * 10 ** 10, lambda: b"x" * 10 ** 10):
    try:
        make()
        print("allocated?")
    except MemoryError as e:
        print("MemoryError caught", repr(e))
print("small allocations still work:", len([0] * 1000), len("ab" * 1000))
