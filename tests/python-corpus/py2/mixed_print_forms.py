# Python 2 print statements and Python 3 print() calls with one argument in one file
print("a call with one argument")
print "a statement"
print ("parenthesised single item")
total = 0
for i in range(4):
    total += i
print "total:", total
print(total)
