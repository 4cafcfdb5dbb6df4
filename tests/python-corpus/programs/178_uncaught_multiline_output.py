# stdout before an uncaught exception is kept exactly, including end= and sep=
# raises: RuntimeError
print("progress:", end=" ")
for i in range(5):
    print(i, end=",")
print()
print("a", "b", sep="|", end="|\n")
def stop():
    raise RuntimeError("stopped after partial output")
print("last line without newline", end="")
stop()
