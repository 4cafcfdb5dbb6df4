# an exception raised while handling another: the last line is the new exception
# raises: TypeError
def load(record):
    try:
        return record["value"]
    except KeyError:
        print("missing value, computing a fallback")
        return record["fallback"] + 1
print(load({"value": 3}))
print(load({"fallback": 41}))
print(load({"fallback": "x"}))
print("never printed")
