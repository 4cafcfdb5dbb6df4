# an uncaught ValueError while parsing numbers from text
# raises: ValueError
lines = ["10", "20", " 30 ", "4O", "50"]
total = 0
# "4O" has a letter O, not a zero
for line in lines:
    value = int(line)
    total += value
    print("running total", total)
print("never printed", total)
