# a bare raise in an except block re-raises the original exception unchanged
# raises: KeyError
cache = {"a": 1}
def lookup(key):
    try:
        return cache[key]
    except KeyError:
        print("cache miss for", repr(key), "- re-raising")
        raise
print(lookup("a"))
print(lookup("b"))
print("never printed")
