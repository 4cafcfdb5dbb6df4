# the step budget is not a Python exception: bare except and except BaseException
# cannot swallow it, so the program cannot keep itself alive
print("start")
try:
    try:
        while True:
            pass
    except:
        print("bare except caught it")
except BaseException:
    print("BaseException caught it")
print("never printed")
