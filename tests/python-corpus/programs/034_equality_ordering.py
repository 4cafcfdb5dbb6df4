# equality and ordering between types, with CPython's TypeError messages
print(1 == 1.0, 1 == True, 0 == False, "1" == 1, None == 0, [] == (), 2 == 2.0000001)
print(1 < 1.5, True < 2, -1 < False, 3 >= 3.0, 1e20 > 10 ** 19)
print(None is None, None == None, [] is [], 1 != "1")
pairs = [(1, "a"), ("a", 1), ([], ()), (None, 0), ({}, {}), (1.5, "x"), ((1,), [1])]
for left, right in pairs:
    try:
        print(left < right)
    except TypeError as e:
        print("TypeError:", e)
for op in ["<=", ">", ">="]:
    try:
        if op == "<=":
            1 <= "x"
        elif op == ">":
            "x" > None
        else:
            [1] >= (1,)
    except TypeError as e:
        print("TypeError:", e)
print(float("nan") == float("nan"), float("nan") != float("nan"), float("nan") < 1)
nan = float("nan")
print([nan] == [nan], nan in [nan])
print(max(1, 2.5, True), min("b", "a"), sorted([True, 0, 0.5]))
print((1, "a") < (2, None), (1, 2) == (1, 2.0))
