# chained comparisons evaluate the middle operand once and short-circuit
def val(x, log):
    log.append(x)
    return x
log = []
print(val(1, log) < val(2, log) < val(3, log), log)
log = []
print(val(3, log) < val(2, log) < val(1, log), log)
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, x == 5 == 5.0, 1 < x < 3)
print(1 == 1 != 2, 1 < 2 > 1 < 3, "a" < "b" < "c" < "b")
print(0 <= x <= 10 and x % 2 == 1)
a = [1, 2]
b = a
print(a is b is not None, 2 in a in [a], 3 not in a is not None)
print((1 < 2) < 3, 1 < (2 < 3), (3 > 2) == True)
print(x < 10 == True, (x < 10) == True)
count = 0
for i in range(-5, 15):
    if 0 < i < 10 != i:
        count += 1
print(count)
