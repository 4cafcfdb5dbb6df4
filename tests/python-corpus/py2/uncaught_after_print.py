# output from print statements is kept when an exception ends the program
def check(value):
    if value < 0:
        raise ValueError("negative value: %d" % value)
    print "ok", value
for v in [3, 1, -2, 5]:
    check(v)
print "never printed"
