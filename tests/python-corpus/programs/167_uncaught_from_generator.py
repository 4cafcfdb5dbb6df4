# an exception raised inside a generator propagates out of the for loop
# raises: ZeroDivisionError
def ratios(pairs):
    for a, b in pairs:
        print("computing", a, "/", b)
        yield a / b
data = [(1, 2), (9, 3), (5, 0), (8, 4)]
for r in ratios(data):
    print("ratio", r)
print("never printed")
