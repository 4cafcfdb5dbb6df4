# finally blocks run and print before the uncaught exception ends the program
# raises: IndexError
def step(i, items):
    try:
        print("step", i)
        return items[i]
    finally:
        print("finally", i)
data = [10, 20]
for i in range(4):
    print("got", step(i, data))
