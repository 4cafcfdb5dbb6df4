# a runaway loop at module level is stopped by the step budget
print("start")
n = 0
while True:
    n += 1
