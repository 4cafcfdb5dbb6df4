# dict and set comprehensions, including nested and conditional
words = ["apple", "banana", "avocado", "cherry", "blueberry"]
by_letter = {w[0]: [v for v in words if v[0] == w[0]] for w in words}
print(by_letter)
print({w: len(w) for w in words if len(w) > 5})
print({n % 5 for n in range(20)}, {n * n for n in [-2, -1, 0, 1, 2]})
print({k: v for k, v in zip(range(3), "abc")})
print({(a, b): a * b for a in range(1, 3) for b in range(1, 3)})
print({x: {y: x * y for y in range(2)} for x in range(2)})
print(sorted({len(w) for w in words}))
print({v: k for k, v in {"a": 1, "b": 1, "c": 2}.items()})
print({i: i ** 2 for i in range(10) if i % 3 == 0})
print(len({c for c in "mississippi"}), sorted({c for c in "mississippi"}))
print({True: "yes" if x else "no" for x in [0]})
print({f"key{i}": i for i in range(3)})
