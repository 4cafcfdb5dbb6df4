# list as stack/queue, membership, iteration while building
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print(stack.pop(), end=" ")
print()
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue)
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
b = b + [5]
print(a, b, a is b)
c = a * 2
print(c, c.count(1), len(c))
print(list(range(5)), list(reversed([1, 2, 3])), list(map(abs, [-1, -2])))
print([x for x in [3, 1, 2] if x > 1], sum([1, 2, 3]), [1, 2, 3][-1])
items = ["x", "y", "z"]
for idx, item in enumerate(items):
    items[idx] = item * (idx + 1)
print(items)
print(list(), list("hi"), list((1, 2)), list({1: "a", 2: "b"}))
empty = []
print(bool(empty), bool([0]), len([[]]), [[]] == [[]])
print(str([1, "a", 2.0, None, True]), repr(["it's", 'q"q']))
