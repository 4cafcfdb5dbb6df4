# conditional expressions and assignment expressions
for n in [-2, 0, 3]:
    print(n, "negative" if n < 0 else "zero" if n == 0 else "positive")
print("a" if [] else "b", 1 if "x" else 2, (lambda v: "big" if v > 10 else "small")(11))
data = [1, 5, 12, 7, 30]
if (count := len(data)) > 3:
    print("long list of", count)
print(count)
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("value", v)
print([y for x in data if (y := x * 2) > 10])
print(y)
def stats(items):
    return (total := sum(items)), total / len(items)
print(stats([2, 4, 6]))
matches = {}
for word in ["apple", "bob", "anna"]:
    if (first := word[0]) == "a":
        matches[word] = first
print(matches, first)
print((z := 10) + z, z)
text = "key=value"
if (pos := text.find("=")) != -1:
    print(text[:pos], text[pos + 1:])
print([(k, r) for k in range(4) if (r := k % 3)])
