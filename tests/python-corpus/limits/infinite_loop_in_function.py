# a runaway loop inside a function called from a loop is stopped too
def spin(label):
    print("spinning", label)
    while True:
        pass
for label in ["a", "b"]:
    spin(label)
print("never printed")
