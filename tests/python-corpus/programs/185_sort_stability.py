# multi-pass sorting relies on stability; sort keys with tuples and negation
records = [
    {"name": "ann", "dept": "ops", "age": 31}, {"name": "bob", "dept": "dev", "age": 25},
    {"name": "cy", "dept": "ops", "age": 25}, {"name": "dee", "dept": "dev", "age": 31},
    {"name": "eve", "dept": "dev", "age": 25}, {"name": "fay", "dept": "qa", "age": 40},
]
by_age = sorted(records, key=lambda r: r["age"])
print([r["name"] for r in by_age])
two_pass = sorted(sorted(records, key=lambda r: r["name"], reverse=True), key=lambda r: r["dept"])
print([(r["dept"], r["name"]) for r in two_pass])
tuple_key = sorted(records, key=lambda r: (r["dept"], -r["age"], r["name"]))
print([(r["dept"], r["age"], r["name"]) for r in tuple_key])
print([r["name"] for r in sorted(records, key=lambda r: r["age"], reverse=True)])
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
data = [3, 1, 2]
data.sort(key=lambda x: 0)
print(data)
try:
    sorted([{"a": 1}, {"a": 2}])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, None), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
