# for/while with break, continue and else clauses
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
else:
    print("while finished normally")
while True:
    i -= 4
    if i < 0:
        break
else:
    print("not printed")
print("i =", i)
for x in []:
    print("never")
else:
    print("empty for still runs else")
total = 0
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            break
        total += v
    else:
        continue
    print("inner loop broke at row", row)
print(total)
for i in range(3):
    pass
print("loop var after loop:", i)
k = 0
for k in range(0):
    pass
print("unchanged:", k)
