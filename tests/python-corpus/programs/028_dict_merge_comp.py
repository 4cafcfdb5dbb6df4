# dict comprehensions, | and |= merges, nested dicts, equality
squares = {n: n * n for n in range(6)}
print(squares)
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print(evens)
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
a |= b
print(a)
print({**b, "w": 0, **{"x": 9}})
nested = {"user": {"name": "ann", "roles": ["admin", "dev"]}, "count": 2}
print(nested["user"]["roles"][1], nested)
nested["user"]["name"] = "bob"
print(nested)
print({1: "a"} == {1.0: "a"}, {"a": [1]} == {"a": [1]}, {"a": 1} == {"a": 1, "b": 2})
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
print({k: len(k) for k in ["one", "three"]}, dict(sorted({"b": 1, "a": 2}.items())))
matrix = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(matrix)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError:", e)
