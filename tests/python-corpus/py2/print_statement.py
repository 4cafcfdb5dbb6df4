# the Python 2 print statement: one or more items separated by spaces
print "hello"
print "a", "b", "c"
x, y = 3, "three"
print x, y
print x + 4, len(y), y.upper()
print "%s=%d" % ("k", 5)
print "tab\there", 'single'
print
print [1, 2], {"k": "v"}, None, True
print "after a blank line"
name = "world"
print "hello " + name + "!"
