# a trailing comma suppresses the newline; the next print separates with a space
for i in range(5):
    print i,
print
print "x",
print "y"
print "one", "two",
print "three"
words = ["alpha", "beta", "gamma"]
for w in words:
    print w,
print "end"
