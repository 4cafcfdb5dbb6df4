import random
random.seed(5)
out = []
for _ in range(3000):
    a = random.getrandbits(random.randint(1, 1200)) * random.choice((1, -1))
    b = random.getrandbits(random.randint(1, 1200)) or 1
    try:
        out.append(repr(a / b))
    except OverflowError as e:
        out.append("OF")
print(len(out), sum(1 for o in out if o == "OF"))
import hashlib
print(hashlib.md5("|".join(out).encode()).hexdigest())
print(10**400 / 10**399, 7 / 2**1100, 2**1074 and 1 / 2**1074, 3 / 2**1075, 1 / 2**1075, (2**1024 - 2**971) / 1, 2**53 + 1 == (2**53 + 1) / 1)
for a, b in [(2**1100, 2**76), (2**1100, 2**77 - 1), (1, 3), (10**30, 7), (-(10**30), 7), (2**60 + 1, 2**60), (1, 2**1074 + 2**1073)]:
    try:
        print(repr(a / b))
    except OverflowError as e:
        print("OF", e)
