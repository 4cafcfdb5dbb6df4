# a huge allocation raises MemoryError (CPython's message for it is empty)
print("allocating")
big = [0] * 10 ** 9
print("never printed", len(big))
