# an uncaught ZeroDivisionError raised a few frames deep
# raises: ZeroDivisionError
def mean(values):
    return sum(values) / len(values)
def report(groups):
    for name, values in groups.items():
        print(name, mean(values))
report({"a": [1, 2, 3], "b": [10]})
report({"c": [4, 4], "empty": []})
print("never printed")
