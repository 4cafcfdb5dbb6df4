# an uncaught KeyError ends the program; stdout printed before it is kept
# raises: KeyError
settings = {"host": "localhost", "port": 8888}
for key in ["host", "port"]:
    print(key, "=", settings[key])
def lookup(name):
    print("looking up", name)
    return settings[name]
print(lookup("host"))
value = lookup("debug")
print("never printed", value)
