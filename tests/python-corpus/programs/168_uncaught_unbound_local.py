# an uncaught UnboundLocalError: assignment later in the function makes the name local
# raises: UnboundLocalError
hits = 0
def record():
    print("recording, hits was", hits if False else "unknown")
    hits += 1
    return hits
print("start")
print(isinstance(UnboundLocalError(), NameError))
record()
print("never printed")
