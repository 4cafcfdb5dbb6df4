rows = [("alice", 90, 85, 77), ("bob", 60, 75), ("carol", 88, 92, 95, 99)]
print([(name, sum(scores) / len(scores)) for name, *scores in rows])
print({name: max(scores) for name, *scores in rows})
print(sum(len(rest) for _, *rest in rows), list(first for first, *_ in rows))
print(sorted({last for *_, last in rows}))
pairs = ["a=1", "b=2=3", "c"]
print([(k, v) for k, *v in (p.split("=") for p in pairs)])
for head, *tail in rows:
    print(head, tail)
*init, last = [1, 2, 3]
print(init, last, [m for (a, *m) in [(1, 2, 3), (4,)]])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row for first, *row in matrix], [(f, l) for f, *_, l in matrix])
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2**65, 7))
for a, b in [("x", 1), (1.5, 0), (1, 0)]:
    try:
        divmod(a, b)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
