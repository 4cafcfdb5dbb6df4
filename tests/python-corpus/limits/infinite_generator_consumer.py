# consuming an infinite generator without a bound is stopped by the step budget
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print("first", next(naturals()))
print(sum(naturals()))
